package dev.singletable.it;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/** Seed 001's write-sharded counter as its JavaScript writes it: {@code VIEWS#${shard}}, unpadded. */
@Entity
@SuppressWarnings("SingletableUnorderedFormat") // shards 0 to 9: one digit each, so they sort anyway
@Key(pk = "PAGE#<pageId>", sk = "VIEWS#<shard:unpadded>")
public record PageViews(String pageId, int shard, long views) {}
