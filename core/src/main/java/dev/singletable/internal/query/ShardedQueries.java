package dev.singletable.internal.query;

import dev.singletable.PartitionKey;
import dev.singletable.internal.query.QueryRunner.Query;
import dev.singletable.internal.query.QueryRunner.RawPage;
import dev.singletable.internal.query.QueryRunner.Reading;
import dev.singletable.internal.query.ShardCursors.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs a query of a sharded partition key ({@code OrderKeys.gsi1Pk(status)} of
 * {@code STATUS#<status>#<shard>}): one query per shard, in parallel ({@link FanOut}), merged in
 * sort key order as if the shards were one partition. <b>Not API.</b> Thread-safe: static functions.
 *
 * <p><b>Order.</b> Items come in the order of their index sort keys, compared as DynamoDB compares
 * them (UTF-8 bytes); items of different shards with equal sort keys come in shard order, the lower
 * shard first; a descending query returns exactly the reverse (the higher shard first). Within a
 * shard, items keep the order DynamoDB returns them in.
 *
 * <p><b>Pages.</b> Every shard is read from where the cursor left it, each request asking for the
 * items the page still needs and one more (so that a page that ends every shard has no cursor);
 * the merge takes the smallest head item until the page is full or
 * every shard has ended. When a shard's read items run out before that, it is read again (alone,
 * while the others still hold items). So a page of {@code limit} items reads up to
 * {@code limit + 1} items per shard: the price of a merge that never returns an item out of order.
 * Without a limit, {@code page()} reads one DynamoDB page per shard and returns the items up to
 * the first shard that needs another page; {@code list()} reads every shard to its end, all in
 * parallel. The cursor holds each shard's position ({@link ShardCursors}), so a page after it
 * returns each item once, whatever the page sizes.
 */
final class ShardedQueries {

  private ShardedQueries() {}

  /** Runs the query; see {@link QueryRunner#fetch}. */
  static RawPage fetch(QuerySpec spec, Reading reading, boolean onePage) {
    List<PartitionKey> keys = spec.partitionKey().shards();
    Query logical = QueryRunner.query(spec, reading, false);
    if (logical == null) {
      return new RawPage(List.of(), null);
    }
    CursorScope scope = logical.scope().forShards(keys.size());
    List<Position> from = positions(spec, scope, keys.size());
    List<ShardStream> shards = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      QuerySpec shardSpec = spec.withPartitionKey(keys.get(i));
      shards.add(new ShardStream(i, shardSpec, QueryRunner.query(shardSpec, reading, false).request(), reading,
          from.get(i)));
    }
    List<Map<String, AttributeValue>> items = merge(spec, shards, onePage);
    List<Position> positions = shards.stream().map(ShardStream::position).toList();
    return new RawPage(items, ShardCursors.encode(scope, positions, spec.cursorKeys()));
  }

  private static List<Map<String, AttributeValue>> merge(QuerySpec spec, List<ShardStream> shards, boolean onePage) {
    Integer limit = spec.limit();
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    while (limit == null || out.size() < limit) {
      List<ShardStream> empty = shards.stream().filter(ShardStream::needsItems).toList();
      if (!empty.isEmpty()) {
        if (onePage && limit == null && !out.isEmpty()) {
          break; // one page: up to where a shard needs its next page
        }
        // One more than the page needs: a shard that holds exactly the rest then says it has ended,
        // and the last page has no cursor.
        Integer need = limit == null ? null : limit - out.size() + 1;
        List<Runnable> reads = new ArrayList<>();
        empty.forEach(shard -> reads.add(() -> shard.refill(need, onePage)));
        FanOut.run(reads, spec.table().options());
        continue;
      }
      ShardStream next = null;
      for (ShardStream shard : shards) {
        if (shard.head() != null && (next == null || before(shard, next, spec.descending()))) {
          next = shard;
        }
      }
      if (next == null) {
        break; // every shard has ended
      }
      out.add(next.take());
    }
    return out;
  }

  /** Whether the head item of {@code a} comes before that of {@code b}: sort key, then shard. */
  private static boolean before(ShardStream a, ShardStream b, boolean descending) {
    int order = SortCondition.compareUtf8(a.headSortKey(), b.headSortKey());
    if (order == 0) {
      order = Integer.compare(a.index(), b.index());
    }
    return descending ? order > 0 : order < 0;
  }

  /** Counts the matching items of every shard, in parallel; see {@link QueryRunner#count}. */
  static long count(QuerySpec spec, String typeName) {
    List<PartitionKey> keys = spec.partitionKey().shards();
    Reading reading = new Reading(typeName, null, null);
    Query logical = QueryRunner.query(spec, reading, true);
    if (logical == null) {
      return 0;
    }
    List<Position> from = positions(spec, logical.scope().forShards(keys.size()), keys.size());
    String partitionAttribute = spec.table().definition().partitionKeyOf(spec.indexName());
    AtomicLongArray counts = new AtomicLongArray(keys.size());
    List<Runnable> counting = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      int shard = i;
      if (from.get(shard).state() == ShardCursors.State.DONE) {
        continue;
      }
      QuerySpec shardSpec = spec.withPartitionKey(keys.get(shard));
      counting.add(() -> counts.set(shard, QueryRunner.count(shardSpec, QueryRunner.query(shardSpec, reading, true)
          .request(), from.get(shard).startKey(partitionAttribute, keys.get(shard).value()), spec.limit())));
    }
    if (!counting.isEmpty()) {
      FanOut.run(counting, spec.table().options());
    }
    long total = 0;
    for (int i = 0; i < keys.size(); i++) {
      total += counts.get(i);
    }
    return spec.limit() == null ? total : Math.min(total, spec.limit());
  }

  /** The positions the query starts from: its cursor's, checked before any request, or every shard's start. */
  private static List<Position> positions(QuerySpec spec, CursorScope scope, int shards) {
    return spec.after() == null ? ShardCursors.start(shards)
        : ShardCursors.decode(spec.after(), scope, shards, spec.cursorKeys());
  }
}
