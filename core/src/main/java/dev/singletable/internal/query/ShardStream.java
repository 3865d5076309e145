package dev.singletable.internal.query;

import dev.singletable.internal.query.QueryRunner.Reading;
import dev.singletable.internal.query.ShardCursors.Position;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * One shard of a sharded query: the items read from it and not yet merged, and where it goes on.
 * Read by one thread at a time ({@link #refill} on a fan-out thread, the rest on the caller's,
 * which the fan-out's completion orders). <b>Not API.</b> Not thread-safe.
 */
final class ShardStream {

  private final int index;
  private final QuerySpec spec;
  private final QueryRequest.Builder request;
  private final Reading reading;
  private final String sortKeyAttribute;
  private final Deque<Map<String, AttributeValue>> buffer = new ArrayDeque<>();
  /** Where the shard goes on after the items taken: {@code null} at the beginning. */
  private Map<String, AttributeValue> resume;
  /** Where the last read stopped, after the buffered items; {@code null}: the data ended there. */
  private Map<String, AttributeValue> readUpTo;
  private boolean done;

  ShardStream(int index, QuerySpec spec, QueryRequest.Builder request, Reading reading, Position from) {
    this.index = index;
    this.spec = spec;
    this.request = request;
    this.reading = reading;
    this.sortKeyAttribute = spec.table().definition().sortKeyOf(spec.indexName());
    this.resume = from.startKey(spec.table().definition().partitionKeyOf(spec.indexName()), spec.partitionKey().value());
    this.done = from.state() == ShardCursors.State.DONE;
  }

  /** Whether the merge must read more of this shard before it can tell which item comes next. */
  boolean needsItems() {
    return buffer.isEmpty() && !done;
  }

  /** Reads up to {@code limit} more items ({@code null}: see {@link QueryRunner#read}). */
  void refill(Integer limit, boolean onePage) {
    QueryRunner.Chunk chunk = QueryRunner.read(spec, request, reading, resume, limit, onePage);
    buffer.addAll(chunk.items());
    readUpTo = chunk.next();
    if (buffer.isEmpty()) {
      passReadItems();
    }
  }

  /** Returns the next item of the shard, or {@code null} if none is buffered. */
  Map<String, AttributeValue> head() {
    return buffer.peekFirst();
  }

  /** Returns the sort key of the next item. */
  String headSortKey() {
    return buffer.getFirst().get(sortKeyAttribute).s();
  }

  /** Takes the next item: the shard then goes on after it. */
  Map<String, AttributeValue> take() {
    Map<String, AttributeValue> item = buffer.removeFirst();
    resume = QueryRunner.keyOf(item, spec);
    if (buffer.isEmpty()) {
      passReadItems();
    }
    return item;
  }

  /** Every item read was taken: the shard goes on where the read stopped (past items the reading refused). */
  private void passReadItems() {
    resume = readUpTo;
    done = readUpTo == null;
  }

  /** Returns the shard number. */
  int index() {
    return index;
  }

  /** Returns where the shard goes on, for the cursor. */
  Position position() {
    return done ? Position.DONE : resume == null ? Position.START : Position.after(resume);
  }
}
