package dev.singletable.internal.batch;

import dev.singletable.BatchOptions;
import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.TableDefinition;
import dev.singletable.internal.cost.CapacityReports;
import dev.singletable.internal.read.ItemReader;
import dev.singletable.internal.table.TableContext;
import dev.singletable.internal.write.WriteActions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes items and deletes keys with {@code BatchWriteItem}, 25 per request, chunks sent in
 * parallel and unprocessed items sent again by {@link ChunkRunner}. Before any request, every
 * element is checked (all refusals listed at once) and duplicate keys are merged, because DynamoDB
 * refuses a request that names a key twice: for puts the last item of a key wins, as if the puts
 * had run in order; a key deleted twice is deleted once. What is still not done when the run stops
 * is thrown as an {@code UnprocessedItemsException} holding the caller's own items or keys.
 *
 * <p>A put writes exactly what a single put writes ({@link WriteActions#itemMap}, which also refuses
 * items over 400 KB), but {@code BatchWriteItem} carries no condition expression: a batch put
 * overwrites whatever is at the key, and a batch delete deletes it whatever its entity.
 * <b>Not API.</b>
 */
public final class BatchWriter {

  /** DynamoDB's most writes per {@code BatchWriteItem}. */
  static final int CHUNK_SIZE = 25;

  /** One write: the caller's item ({@code null} for a delete) or key, where it was given, and its request. */
  private record Entry(int position, PrimaryKey key, Object item, WriteRequest request) {}

  private BatchWriter() {}

  /**
   * Puts every item.
   *
   * @param schemaOf the schema an item is written with, or {@code null} when it is no entity of the table
   * @throws IllegalArgumentException before any request, listing every item that cannot be written
   * @throws dev.singletable.UnprocessedItemsException with the items not written
   */
  public static void put(TableContext table, Collection<?> items, Function<Object, EntitySchema<?>> schemaOf,
      BatchOptions options) {
    BatchInput input = new BatchInput("batchPut", "item");
    Map<PrimaryKey, Entry> entries = new LinkedHashMap<>();
    int position = 0;
    for (Object item : items) {
      EntitySchema<?> schema = item == null ? null : schemaOf.apply(item);
      if (item == null) {
        input.refuse(position, "null", null);
      } else if (schema == null) {
        input.refuse(position, "a " + item.getClass().getName() + ", which is not an entity of table "
            + table.tableName() + "; its entities are " + table.definition().entities().stream()
                .map(s -> s.entityClass().getSimpleName()).toList(), null);
      } else {
        try {
          Entry entry = putEntry(table, schema, item, position);
          entries.remove(entry.key()); // the last put of a key wins, in its own place
          entries.put(entry.key(), entry);
        } catch (IllegalArgumentException e) {
          input.refuse(position, e.getMessage(), e);
        }
      }
      position++;
    }
    input.throwIfRefused(items.size());
    send(table, "batchPut", entries, options);
  }

  /**
   * Deletes the items at every key.
   *
   * @param schema the entity every key must belong to, or {@code null} for keys of any entity
   * @throws IllegalArgumentException before any request, listing every key that is refused
   * @throws dev.singletable.UnprocessedItemsException with the keys not deleted
   */
  public static void delete(TableContext table, Collection<PrimaryKey> keys, EntitySchema<?> schema,
      BatchOptions options) {
    BatchInput input = new BatchInput("batchDelete", "key");
    Map<PrimaryKey, Entry> entries = new LinkedHashMap<>();
    int position = 0;
    for (PrimaryKey key : keys) {
      input.checkKey(position, key, table.definition(), schema);
      if (key != null && !entries.containsKey(key)) {
        WriteRequest request = WriteRequest.builder()
            .deleteRequest(DeleteRequest.builder().key(key.toAttributeMap()).build()).build();
        entries.put(key, new Entry(position, key, null, request));
      }
      position++;
    }
    input.throwIfRefused(keys.size());
    send(table, "batchDelete", entries, options);
  }

  private static <T> Entry putEntry(TableContext table, EntitySchema<T> schema, Object item, int position) {
    T typed = schema.entityClass().cast(item);
    PrimaryKey key = schema.primaryKey(typed);
    Map<String, AttributeValue> map = WriteActions.batchItem(table, schema, typed);
    return new Entry(position, key, item, WriteRequest.builder().putRequest(PutRequest.builder().item(map).build()).build());
  }

  private static void send(TableContext table, String operation, Map<PrimaryKey, Entry> entries, BatchOptions options) {
    List<List<WriteRequest>> chunks = ChunkRunner.split(entries.values().stream().map(Entry::request).toList(), CHUNK_SIZE);
    ChunkRunner.Outcome<WriteRequest> outcome = ChunkRunner.run(chunks, options, chunk -> {
      BatchWriteItemResponse response = table.client().batchWriteItem(r -> r
          .requestItems(Map.of(table.tableName(), chunk))
          .returnConsumedCapacity(CapacityReports.mode(table)));
      CapacityReports.report(table, "BatchWriteItem", response.consumedCapacity());
      return response.unprocessedItems().getOrDefault(table.tableName(), List.of());
    });
    if (outcome.undone().isEmpty()) {
      return;
    }
    TableDefinition definition = table.definition();
    List<Entry> undone = new ArrayList<>();
    for (WriteRequest request : outcome.undone()) {
      Map<String, AttributeValue> keyOrItem = request.putRequest() != null ? request.putRequest().item()
          : request.deleteRequest().key();
      Entry entry = entries.get(ItemReader.primaryKey(keyOrItem, definition));
      if (entry == null) {
        throw new IllegalStateException("DynamoDB returned an unprocessed write this batch did not send: " + request);
      }
      undone.add(entry);
    }
    undone.sort(Comparator.comparingInt(Entry::position));
    List<Object> items = new ArrayList<>();
    List<PrimaryKey> keys = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    for (Entry entry : undone) {
      if (entry.item() != null) {
        items.add(entry.item());
        descriptions.add(entry.item().getClass().getSimpleName() + " at " + entry.key());
      } else {
        keys.add(entry.key());
        descriptions.add(entry.key().toString());
      }
    }
    throw Unprocessed.exception(table, operation, items, keys, descriptions, entries.size(), outcome, options);
  }
}
