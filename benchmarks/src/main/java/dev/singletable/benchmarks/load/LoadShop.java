package dev.singletable.benchmarks.load;

import dev.singletable.annotation.Index;
import dev.singletable.annotation.Table;

/**
 * The batch-load benchmark's table: seed 001's users, orders and order items, with its GSI1
 * (users by email, orders by status). Separate from the other benchmarks' one-entity table so
 * that their mapping and cold-start figures stay comparable with earlier runs.
 */
@Table(name = "load", entities = {User.class, Order.class, OrderItem.class}, indexes = @Index(name = "GSI1"))
public interface LoadShop {}
