package dev.singletable.it;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.util.List;
import java.util.Set;

/** Seed 001's write-sharded page view counter: PK PAGE#<pageId>, SK VIEWS#<shard>. */
@Entity
@Key(pk = "PAGE#<pageId>", sk = "VIEWS#<shard>")
public record Visit(String pageId, int shard, long views, Set<String> visitors, List<String> log)
    implements StoreItem {}
