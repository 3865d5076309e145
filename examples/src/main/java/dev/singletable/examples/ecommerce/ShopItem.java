package dev.singletable.examples.ecommerce;

/** Every entity of the {@link Shop} table, so that mixed query results have one static type. */
public sealed interface ShopItem permits User, Order, OrderItem, Product, Session {}
