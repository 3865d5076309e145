package dev.singletable;

import java.util.List;

/**
 * A list attribute: it also takes {@link Update#append(ListAttribute, List)} (DynamoDB's
 * {@code list_append}) and {@link Condition#contains(ListAttribute, Object)}. Immutable and
 * thread-safe.
 *
 * @param <T> the entity class
 * @param <E> the element type
 */
public final class ListAttribute<T, E> extends Attribute<T, List<E>> {

  ListAttribute(Class<T> entityClass, String name) {
    super(entityClass, name, true);
  }
}
