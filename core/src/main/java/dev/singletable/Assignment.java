package dev.singletable;

import java.util.Objects;

/**
 * A value for one attribute, made by {@link Attribute#set} or a generated {@code XUpdate} setter
 * ({@code OrderUpdate.status(OrderStatus.SHIPPED)}) and passed to {@link Update#set(Assignment[])}.
 * A {@code null} value removes the attribute. Immutable and thread-safe.
 *
 * @param <T> the entity class
 */
public final class Assignment<T> {

  private final Attribute<T, ?> attribute;
  private final Object value;

  Assignment(Attribute<T, ?> attribute, Object value) {
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.value = value;
  }

  /** Returns the attribute assigned. */
  public Attribute<T, ?> attribute() {
    return attribute;
  }

  /** Returns the value, or {@code null} to remove the attribute. */
  public Object value() {
    return value;
  }

  @Override
  public String toString() {
    return attribute + " = " + value;
  }
}
