package dev.singletable;

import dev.singletable.internal.expression.AttributePath;
import java.util.List;

/**
 * A list attribute: it also takes {@link Update#append(ListAttribute, List)} (DynamoDB's
 * {@code list_append}) and {@link Condition#contains(ListAttribute, Object)}, and reaches its
 * elements by index with {@link #at(int)} ({@code tags[0]}). Immutable and thread-safe.
 *
 * @param <T> the entity class
 * @param <E> the element type
 */
public sealed class ListAttribute<T, E> extends Attribute<T, List<E>> permits DocumentListAttribute {

  ListAttribute(Class<T> entityClass, AttributePath path) {
    super(entityClass, path, true);
  }

  /**
   * Returns the handle of element {@code index} ({@code tags[0]}), for conditions, filters and
   * updates of one element.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public Attribute<T, E> at(int index) {
    return element(index);
  }
}
