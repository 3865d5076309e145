package dev.singletable.examples.ecommerce;

/** The life cycle of an {@link Order}. */
public enum OrderStatus {
  PENDING,
  SHIPPED,
  DELIVERED
}
