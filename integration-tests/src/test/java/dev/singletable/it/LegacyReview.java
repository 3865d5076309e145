package dev.singletable.it;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/** A review in its product's item collection, after the product's {@code #METADATA#} item. */
@Entity
@Key(pk = "PRODUCT#<productId>", sk = "REVIEW#<reviewId>")
public record LegacyReview(String productId, String reviewId, int stars) {}
