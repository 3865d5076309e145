package dev.singletable.it;

import dev.singletable.annotation.Index;
import dev.singletable.annotation.Table;

/**
 * A table whose keys other code wrote (seed 001's JavaScript): ISO instants with milliseconds,
 * unpadded shards, lower-case statuses, raw ids and the {@code #METADATA#<id>} idiom, described
 * with key formats.
 */
@Table(name = "legacy",
    entities = {LegacyOrder.class, PageViews.class, LegacyProduct.class, LegacyReview.class},
    indexes = @Index(name = "GSI1"))
public interface Legacy {}
