package dev.singletable.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads what a table's DynamoDB stream holds, for tests and examples that check what a stream
 * handler receives: {@code DescribeStream}, then {@code GetShardIterator} ({@code TRIM_HORIZON})
 * and {@code GetRecords} on every shard, parents before children.
 *
 * <pre>{@code
 * try (DynamoDbStreamsClient streams = local.streamsClient()) {
 *   List<Record> records = TableStreams.records(client, streams, tableName);
 * }
 * }</pre>
 *
 * <p>A shard is read until a {@code GetRecords} returns no record: on DynamoDB Local every record
 * of a write that has returned is there at once. On DynamoDB, records may take a moment to appear;
 * a production reader (a Lambda event source mapping, the Kinesis Client Library) keeps polling.
 * Stateless and thread-safe.
 */
public final class TableStreams {

  private TableStreams() {}

  /**
   * Returns every record the stream of table {@code tableName} holds now, in order within each
   * item (DynamoDB orders a stream per item; shards are read parents first).
   *
   * @throws IllegalStateException if the table has no stream
   */
  public static List<Record> records(DynamoDbClient client, DynamoDbStreamsClient streams, String tableName) {
    String streamArn = client.describeTable(r -> r.tableName(tableName)).table().latestStreamArn();
    if (streamArn == null) {
      throw new IllegalStateException("Table " + tableName + " has no stream; create it with a StreamSpecification"
          + " (TableOptions.builder().streamViewType(...))");
    }
    List<Record> records = new ArrayList<>();
    for (Shard shard : shards(streams, streamArn)) {
      String iterator = streams.getShardIterator(r -> r.streamArn(streamArn).shardId(shard.shardId())
          .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
      while (iterator != null) {
        String current = iterator;
        GetRecordsResponse response = streams.getRecords(r -> r.shardIterator(current));
        if (!response.hasRecords() || response.records().isEmpty()) {
          break;
        }
        records.addAll(response.records());
        iterator = response.nextShardIterator();
      }
    }
    return records;
  }

  /** Every shard of the stream, a parent before its children. */
  private static List<Shard> shards(DynamoDbStreamsClient streams, String streamArn) {
    Map<String, Shard> byId = new LinkedHashMap<>();
    String start = null;
    do {
      String from = start;
      StreamDescription description = streams.describeStream(r -> r.streamArn(streamArn).exclusiveStartShardId(from))
          .streamDescription();
      description.shards().forEach(shard -> byId.put(shard.shardId(), shard));
      start = description.lastEvaluatedShardId();
    } while (start != null);
    List<Shard> ordered = new ArrayList<>();
    byId.values().forEach(shard -> addParentFirst(shard, byId, ordered));
    return ordered;
  }

  private static void addParentFirst(Shard shard, Map<String, Shard> byId, List<Shard> ordered) {
    if (ordered.contains(shard)) {
      return;
    }
    Shard parent = shard.parentShardId() == null ? null : byId.get(shard.parentShardId());
    if (parent != null) {
      addParentFirst(parent, byId, ordered);
    }
    ordered.add(shard);
  }
}
