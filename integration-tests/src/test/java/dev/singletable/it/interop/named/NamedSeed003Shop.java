package dev.singletable.it.interop.named;

import dev.singletable.annotation.Table;

/** Seed 003's {@code ECommerceApp} with Java names for the Python's snake_case attributes. */
@Table(name = "ECommerceApp", typeAttribute = "entity_type", entities = {NamedCustomer.class, NamedShopOrder.class})
public interface NamedSeed003Shop {}
