package dev.singletable.examples.ecommerce;

/**
 * One line of an order, nested in the order as seed 001 writes it ({@code items: [{productId,
 * quantity, price}]}): fine while an order has a handful of lines (seed 002); {@link OrderItem}
 * stores lines as items of their own instead.
 *
 * @param price the unit price in cents
 */
public record LineItem(String productId, int quantity, long price) {}
