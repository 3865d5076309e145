package dev.singletable.examples.ecommerce;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/**
 * A product of the catalog; GSI1 lists products by category.
 *
 * @param price the price in cents
 */
@Entity
@Key(pk = "PRODUCT#<productId>", sk = "METADATA")
@Key(index = "GSI1", pk = "CAT#<category>", sk = "PRODUCT#<productId>")
public record Product(String productId, String name, String category, long price) implements ShopItem {}
