package dev.singletable.internal.document;

import dev.singletable.internal.expression.AttributePath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A list whose elements the SDK's default provider cannot convert (documents, {@code YearMonth},
 * lists of them...), stored as a DynamoDB list (L) as the SDK stores lists: each element through
 * its converter, a {@code null} element as {@code NUL}. <b>Not API.</b> Immutable and thread-safe.
 *
 * @param <E> the element type
 */
public final class ListConverter<E> implements AttributeConverter<List<E>>, NestedConverter {

  private static final AttributeValue NUL = AttributeValue.fromNul(true);

  private final AttributeConverter<E> elements;
  private final EnhancedType<List<E>> type;

  private ListConverter(AttributeConverter<E> elements) {
    this.elements = Objects.requireNonNull(elements, "elements");
    this.type = EnhancedType.listOf(elements.type());
  }

  /** Returns the converter of lists of elements that {@code elements} converts. */
  public static <E> ListConverter<E> of(AttributeConverter<E> elements) {
    return new ListConverter<>(elements);
  }

  @Override
  public AttributeValue transformFrom(List<E> list) {
    return write(list, elements);
  }

  /**
   * Reads a stored list.
   *
   * @throws IllegalArgumentException if the value is not a list (L)
   */
  @Override
  public List<E> transformTo(AttributeValue value) {
    return read(value, elements, new ArrayList<>(value.hasL() ? value.l().size() : 0), "list");
  }

  @Override
  public EnhancedType<List<E>> type() {
    return type;
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.L;
  }

  @Override
  public AttributeConverter<?> converterAt(AttributePath.Step step) {
    return step.isIndex() ? elements : null;
  }

  /** Writes a collection as L, each element through {@code elements}, {@code null} as NUL. */
  static <E> AttributeValue write(Collection<E> collection, AttributeConverter<E> elements) {
    List<AttributeValue> values = new ArrayList<>(collection.size());
    for (E element : collection) {
      values.add(element == null ? NUL : elements.transformFrom(element));
    }
    return AttributeValue.fromL(values);
  }

  /** Reads an L into {@code into}, NUL as {@code null}. */
  static <E, C extends Collection<E>> C read(AttributeValue value, AttributeConverter<E> elements, C into, String what) {
    if (!value.hasL()) {
      throw new IllegalArgumentException("A " + what + " of " + elements.type().rawClass().getSimpleName()
          + " is stored as a list (L), not as " + value.type());
    }
    for (AttributeValue element : value.l()) {
      into.add(Boolean.TRUE.equals(element.nul()) ? null : elements.transformTo(element));
    }
    return into;
  }
}
