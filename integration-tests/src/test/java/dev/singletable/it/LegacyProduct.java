package dev.singletable.it;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/** A product's metadata item, sorted before its reviews by the leading delimiter of {@code #METADATA#}. */
@Entity
@Key(pk = "PRODUCT#<productId>", sk = "#METADATA#<productId>")
public record LegacyProduct(String productId, String name) {}
