package dev.singletable;

import dev.singletable.internal.expression.AttributePath;
import java.util.Map;

/**
 * A {@code Map<String, V>} attribute, stored as a DynamoDB map (M): {@link #key(String)} reaches
 * the value of one key ({@code quantities.#key}), for conditions, filters and updates of one
 * entry. Immutable and thread-safe.
 *
 * @param <T> the entity class
 * @param <V> the value type
 */
public sealed class MapAttribute<T, V> extends Attribute<T, Map<String, V>> permits DocumentMapAttribute {

  MapAttribute(Class<T> entityClass, AttributePath path) {
    super(entityClass, path, true);
  }

  /**
   * Returns the handle of the value of {@code key}; any string is a valid key (expressions name
   * it through a placeholder).
   *
   * @throws NullPointerException if {@code key} is {@code null}
   */
  public Attribute<T, V> key(String key) {
    return entry(key);
  }
}
