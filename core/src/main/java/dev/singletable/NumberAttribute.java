package dev.singletable;

/**
 * A numeric attribute: it also takes {@link Update#add(NumberAttribute, Number)}, DynamoDB's
 * atomic {@code ADD} (counters and numeric deltas). Immutable and thread-safe.
 *
 * @param <T> the entity class
 * @param <V> the number type (boxed for primitives)
 */
public final class NumberAttribute<T, V extends Number> extends Attribute<T, V> {

  NumberAttribute(Class<T> entityClass, String name, boolean nullable) {
    super(entityClass, name, nullable);
  }
}
