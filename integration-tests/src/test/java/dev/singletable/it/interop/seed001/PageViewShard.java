package dev.singletable.it.interop.seed001;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/**
 * One shard of a page's view counter, as seed 001's {@code incrementViewCount} writes it
 * ({@code ADD viewCount :inc} at {@code VIEWS#<0..9>}): no type attribute, nothing but the key
 * and {@code viewCount}; a read takes {@code pageId} and {@code shard} from the key.
 */
@Entity
@SuppressWarnings("SingletableUnorderedFormat") // shards 0 to 9: one digit each, so they sort anyway
@Key(pk = "PAGE#<pageId:raw>", sk = "VIEWS#<shard:unpadded>")
public record PageViewShard(String pageId, int shard, long viewCount) {}
