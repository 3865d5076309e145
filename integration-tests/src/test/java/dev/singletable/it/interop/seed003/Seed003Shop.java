package dev.singletable.it.interop.seed003;

import dev.singletable.annotation.Table;

/**
 * Seed 003's single table, {@code ECommerceApp}, described as its Python writes it: {@code PK} and
 * {@code SK}, and the type tag in {@code entity_type} ({@code 'Customer'}, {@code 'Order'}).
 */
@Table(name = "ECommerceApp", typeAttribute = "entity_type", entities = {Customer.class, ShopOrder.class})
public interface Seed003Shop {}
