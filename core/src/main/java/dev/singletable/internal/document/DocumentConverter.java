package dev.singletable.internal.document;

import dev.singletable.internal.expression.AttributePath;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The base of generated document converters ({@code AddressDocument}): a record or bean stored as
 * a DynamoDB map (M) with an entry per non-null property, under its attribute name. Generated
 * subclasses write and read the members one statement each, without reflection. An empty map reads
 * as a document whose members are all absent (not as {@code null}), so every value round-trips.
 * <b>Not API.</b> Implementations are immutable and thread-safe.
 *
 * @param <D> the document class
 */
public abstract class DocumentConverter<D> implements AttributeConverter<D>, NestedConverter {

  private final EnhancedType<D> type;

  /** Creates the converter of documents of class {@code type}. */
  protected DocumentConverter(Class<D> type) {
    this.type = EnhancedType.of(Objects.requireNonNull(type, "type"));
  }

  /** Returns the members of a document, {@code null} members left out. */
  protected abstract Map<String, AttributeValue> write(D document);

  /** Returns the document of the stored members; an absent member reads as null, 0 or false. */
  protected abstract D read(Map<String, AttributeValue> members);

  /** Returns the converter of the member stored under {@code attributeName}, or {@code null}. */
  protected abstract AttributeConverter<?> member(String attributeName);

  @Override
  public AttributeValue transformFrom(D document) {
    return AttributeValue.fromM(write(document));
  }

  /**
   * Reads a stored map.
   *
   * @throws IllegalArgumentException if the value is not a map (M); a member's converter may throw
   *     too, for a member of the wrong type
   */
  @Override
  public D transformTo(AttributeValue value) {
    return read(requireMap(value, type.rawClass().getSimpleName()));
  }

  /** Returns the entries of a stored map, or refuses another type naming {@code what} it should hold. */
  static Map<String, AttributeValue> requireMap(AttributeValue value, String what) {
    if (!value.hasM()) {
      throw new IllegalArgumentException("A " + what + " is stored as a map (M), not as " + value.type());
    }
    return value.m();
  }

  @Override
  public EnhancedType<D> type() {
    return type;
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.M;
  }

  @Override
  public AttributeConverter<?> converterAt(AttributePath.Step step) {
    return step.isIndex() ? null : member(step.name());
  }
}
