package dev.singletable.it;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.util.List;
import java.util.Set;

/**
 * Seed 001's write-sharded page view counter: PK PAGE#<pageId>, SK VIEWS#<shard>. Its GSI1 keys
 * come from the primary key alone, so every write, upserts included, must write them.
 */
@Entity
@Key(pk = "PAGE#<pageId>", sk = "VIEWS#<shard>")
@Key(index = "GSI1", pk = "PAGE#<pageId>", sk = "SHARD#<shard>")
public record Visit(String pageId, int shard, long views, Set<String> visitors, List<String> log)
    implements StoreItem {}
