package dev.singletable.examples.ecommerce;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/**
 * One shard of a page's view counter (seed 001's hot partition): every view adds one at a random
 * one of ten shards, {@code VIEWS#0} to {@code VIEWS#9}, written as seed 001's JavaScript writes
 * them, so no partition takes every write; the shards are one partition, read with one query and
 * summed.
 *
 * @param viewCount the views counted in this shard
 */
@Entity
@Key(pk = "PAGE#<pageId>", sk = "VIEWS#<shard:unpadded>", shards = 10)
public record PageViews(String pageId, int shard, long viewCount) {}
