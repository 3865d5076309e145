package dev.singletable.it;

/** Every entity of {@link Store}, for typed reads of mixed query results. */
public sealed interface StoreItem permits Customer, Purchase, Product, Sample, Visit, Follow {}
