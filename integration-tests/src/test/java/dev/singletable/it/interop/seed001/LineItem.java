package dev.singletable.it.interop.seed001;

import java.math.BigDecimal;

/**
 * One element of seed 001's {@code items} list, nested in its order as a map:
 * {@code {productId, quantity, price}}.
 */
public record LineItem(String productId, int quantity, BigDecimal price) {}
