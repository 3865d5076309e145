package dev.singletable.it.shard;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/**
 * One shard of seed 001's page-view counter: {@code PAGE#<pageId>} / {@code VIEWS#<shard>}, as its
 * JavaScript writes it (unpadded: ten shards are one digit each, so no warning).
 */
@Entity
@Key(pk = "PAGE#<pageId>", sk = "VIEWS#<shard:unpadded>", shards = 10)
public record PageCounter(String pageId, int shard, long views) {}
