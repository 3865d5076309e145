package dev.singletable.benchmarks.model;

/** Status of an {@link Order}; stored by {@code name()}. */
public enum OrderStatus {
  PENDING,
  SHIPPED,
  DELIVERED,
  CANCELLED
}
