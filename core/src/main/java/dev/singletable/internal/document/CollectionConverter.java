package dev.singletable.internal.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A collection stored as a DynamoDB list (L), as the SDK stores lists: each element through its
 * converter, a {@code null} element as {@code NUL}. <b>Not API.</b> Immutable and thread-safe.
 *
 * @param <C> the collection type
 * @param <E> the element type
 */
abstract class CollectionConverter<C extends Collection<E>, E> implements AttributeConverter<C>, NestedConverter {

  private static final AttributeValue NUL = AttributeValue.fromNul(true);

  private final AttributeConverter<E> elements;
  private final EnhancedType<C> type;
  private final Supplier<C> empty;

  CollectionConverter(AttributeConverter<E> elements, EnhancedType<C> type, Supplier<C> empty) {
    this.elements = Objects.requireNonNull(elements, "elements");
    this.type = type;
    this.empty = empty;
  }

  /** Returns the converter of the elements. */
  AttributeConverter<E> elements() {
    return elements;
  }

  @Override
  public AttributeValue transformFrom(C collection) {
    List<AttributeValue> values = new ArrayList<>(collection.size());
    for (E element : collection) {
      values.add(element == null ? NUL : elements.transformFrom(element));
    }
    return AttributeValue.fromL(values);
  }

  /**
   * Reads a stored list.
   *
   * @throws IllegalArgumentException if the value is not a list (L)
   */
  @Override
  public C transformTo(AttributeValue value) {
    if (!value.hasL()) {
      throw new IllegalArgumentException("A " + type.rawClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
          + " of " + elements.type().rawClass().getSimpleName() + " is stored as a list (L), not as " + value.type());
    }
    C collection = empty.get();
    for (AttributeValue element : value.l()) {
      collection.add(Boolean.TRUE.equals(element.nul()) ? null : elements.transformTo(element));
    }
    return collection;
  }

  @Override
  public EnhancedType<C> type() {
    return type;
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.L;
  }
}
