package dev.singletable.examples.ecommerce;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/**
 * One line of an order, in the order's own item collection.
 *
 * @param price the unit price in cents
 */
@Entity
@Key(pk = "ORDER#<orderId>", sk = "ITEM#<productId>")
public record OrderItem(String orderId, String productId, int quantity, long price) implements ShopItem {}
