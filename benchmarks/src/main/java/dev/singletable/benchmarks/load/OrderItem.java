package dev.singletable.benchmarks.load;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/** Seed 001's order item, what its batchCreateOrderItems writes: {@code ORDER#<orderId>} / {@code ITEM#<productId>}. */
@Entity
@Key(pk = "ORDER#<orderId>", sk = "ITEM#<productId>")
public record OrderItem(String orderId, String productId, int quantity, long price) {}
