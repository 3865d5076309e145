package dev.singletable;

import dev.singletable.internal.expression.AttributePath;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@code Map<String, V>} whose values are nested documents (or lists and maps of them):
 * {@link #key(String)} returns the value's own typed handle, so
 * {@code UserAttributes.ADDRESSES.key("home").city()} is the path {@code addresses.home.city}.
 * Immutable and thread-safe.
 *
 * @param <T> the entity class
 * @param <V> the value type
 * @param <H> the value's handle type, such as the generated {@code AddressAttribute<T>}
 */
public final class DocumentMapAttribute<T, V, H extends Attribute<T, V>> extends MapAttribute<T, V> {

  private final Function<? super Attribute<T, V>, ? extends H> values;

  DocumentMapAttribute(Class<T> entityClass, AttributePath path, Function<? super Attribute<T, V>, ? extends H> values) {
    super(entityClass, path);
    this.values = Objects.requireNonNull(values, "values");
  }

  /**
   * Returns the handle of the value of {@code key}, with a method per member of the document.
   *
   * @throws NullPointerException if {@code key} is {@code null}
   */
  @Override
  public H key(String key) {
    return values.apply(entry(key));
  }
}
