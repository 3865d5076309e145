package dev.singletable.it.interop.seed001;

import java.util.Locale;

/**
 * An order's status as seed 001's JavaScript spells it, in lower case ({@code 'pending'}), in the
 * {@code status} attribute and in {@code GSI1PK}. The key renders it with format {@code lower};
 * the attribute is written by the enhanced client's enum converter, which stores
 * {@code toString()}, so {@code toString()} spells it the same way.
 */
public enum OrderStatus {
  PENDING, SHIPPED, DELIVERED, COMPLETED, CANCELLED;

  /** Returns the constant's name in lower case, as the JavaScript writes statuses. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
