package dev.singletable;

import dev.singletable.internal.expression.AttributePath;
import java.util.Objects;
import java.util.function.Function;

/**
 * A list whose elements are nested documents (or lists and maps of them): {@link #at(int)}
 * returns the element's own typed handle, so {@code OrderAttributes.LINE_ITEMS.at(2).quantity()}
 * is the path {@code lineItems[2].quantity}. Immutable and thread-safe.
 *
 * @param <T> the entity class
 * @param <E> the element type
 * @param <H> the element's handle type, such as the generated {@code LineItemAttribute<T>}
 */
public final class DocumentListAttribute<T, E, H extends Attribute<T, E>> extends ListAttribute<T, E> {

  private final Function<? super Attribute<T, E>, ? extends H> elements;

  DocumentListAttribute(Class<T> entityClass, AttributePath path, Function<? super Attribute<T, E>, ? extends H> elements) {
    super(entityClass, path);
    this.elements = Objects.requireNonNull(elements, "elements");
  }

  /**
   * Returns the handle of element {@code index}, with a method per member of the document.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  @Override
  public H at(int index) {
    return elements.apply(element(index));
  }
}
