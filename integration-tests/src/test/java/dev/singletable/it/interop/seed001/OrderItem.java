package dev.singletable.it.interop.seed001;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.math.BigDecimal;

/**
 * A line of an order, as seed 001's {@code batchCreateOrderItems} writes it: in the order's own
 * partition, without an {@code orderId} attribute (a read takes it from the key).
 */
@Entity
@Key(pk = "ORDER#<orderId:raw>", sk = "ITEM#<productId:raw>")
public record OrderItem(String orderId, String productId, int quantity, BigDecimal price) {}
