package dev.singletable;

import dev.singletable.internal.expression.AttributePath;
import java.util.Set;

/**
 * A set attribute (DynamoDB string, number or binary set): it also takes
 * {@link Update#add(SetAttribute, Set)} and {@link Update#delete(SetAttribute, Set)} of elements
 * (on a top-level attribute) and {@link Condition#contains(SetAttribute, Object)}. Immutable and
 * thread-safe.
 *
 * @param <T> the entity class
 * @param <E> the element type
 */
public final class SetAttribute<T, E> extends Attribute<T, Set<E>> {

  SetAttribute(Class<T> entityClass, AttributePath path) {
    super(entityClass, path, true);
  }
}
