package dev.singletable.internal.document;

import dev.singletable.internal.expression.AttributePath;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A set of documents (or of other values DynamoDB sets cannot hold), stored as a DynamoDB list
 * (L) in the set's iteration order: DynamoDB's sets hold only strings, numbers and binaries.
 * Read back into a {@link LinkedHashSet} in stored order. <b>Not API.</b> Immutable and
 * thread-safe.
 *
 * @param <E> the element type
 */
public final class SetConverter<E> implements AttributeConverter<Set<E>>, NestedConverter {

  private final AttributeConverter<E> elements;
  private final EnhancedType<Set<E>> type;

  private SetConverter(AttributeConverter<E> elements) {
    this.elements = Objects.requireNonNull(elements, "elements");
    this.type = EnhancedType.setOf(elements.type());
  }

  /** Returns the converter of sets of elements that {@code elements} converts. */
  public static <E> SetConverter<E> of(AttributeConverter<E> elements) {
    return new SetConverter<>(elements);
  }

  @Override
  public AttributeValue transformFrom(Set<E> set) {
    return ListConverter.write(set, elements);
  }

  /**
   * Reads a stored list as a set.
   *
   * @throws IllegalArgumentException if the value is not a list (L)
   */
  @Override
  public Set<E> transformTo(AttributeValue value) {
    return ListConverter.read(value, elements, new LinkedHashSet<>(), "set");
  }

  @Override
  public EnhancedType<Set<E>> type() {
    return type;
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.L;
  }

  /** A set has no paths into it: its order is not the user's. */
  @Override
  public AttributeConverter<?> converterAt(AttributePath.Step step) {
    return null;
  }
}
