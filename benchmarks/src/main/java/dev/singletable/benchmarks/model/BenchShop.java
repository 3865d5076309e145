package dev.singletable.benchmarks.model;

import dev.singletable.annotation.Index;
import dev.singletable.annotation.Table;

/**
 * The benchmarks' single table: one entity, {@link Order}, with a GSI, so that mapping writes
 * table keys, index keys and the type attribute as a real design does.
 */
@Table(name = "bench", entities = Order.class, indexes = @Index(name = "GSI1"))
public interface BenchShop {}
