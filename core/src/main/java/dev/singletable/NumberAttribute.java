package dev.singletable;

import dev.singletable.internal.expression.AttributePath;

/**
 * A numeric attribute: it also takes {@link Update#add(NumberAttribute, Number)}, DynamoDB's
 * atomic {@code ADD} (counters and numeric deltas) on a top-level attribute. Immutable and
 * thread-safe.
 *
 * @param <T> the entity class
 * @param <V> the number type (boxed for primitives)
 */
public final class NumberAttribute<T, V extends Number> extends Attribute<T, V> {

  NumberAttribute(Class<T> entityClass, AttributePath path, boolean nullable) {
    super(entityClass, path, nullable);
  }
}
