package dev.singletable.internal.batch;

import dev.singletable.BatchOptions;
import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.TableDefinition;
import dev.singletable.internal.cost.CapacityReports;
import dev.singletable.internal.read.Expiry;
import dev.singletable.internal.read.ItemReader;
import dev.singletable.internal.table.TableContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads whole items for keys with {@code BatchGetItem}, 100 keys per request, chunks sent in
 * parallel by {@link ChunkRunner}. DynamoDB may leave keys unprocessed (throttling, its 16 MB
 * response limit): they are asked for again with exponential backoff and full jitter; keys still
 * unprocessed when a chunk spends its budget are thrown as an {@code UnprocessedItemsException}.
 * A key given twice is read once (DynamoDB refuses a request that names a key twice, and a GSI query
 * can return a key twice when an item's index key moves between pages). <b>Not API.</b>
 */
public final class BatchReader {

  /** DynamoDB's most keys per {@code BatchGetItem}. */
  static final int CHUNK_SIZE = 100;

  private BatchReader() {}

  /**
   * Returns the items of {@code keys} of entity {@code schema}, in the order of the keys, each
   * once; keys with no item (deleted meanwhile) or an item of another entity are left out. Items
   * go through {@code reader}, with its policies. Sends with the table's {@link BatchOptions}; the
   * keys are not checked against the entity (a query's hydration reads the keys it found).
   */
  public static <T> List<T> read(TableContext table, EntitySchema<T> schema, List<PrimaryKey> keys,
      boolean consistentRead, ItemReader reader) {
    return read(table, schema, keys, false, consistentRead, reader, table.options().batchOptions());
  }

  /**
   * Returns the items of {@code keys} of entity {@code schema}, as {@link #read(TableContext,
   * EntitySchema, List, boolean, ItemReader)} does, sending with {@code options}.
   *
   * @param checkKeys whether every key must fit the entity's primary key templates
   * @throws IllegalArgumentException before any request, listing every key that is refused
   * @throws dev.singletable.UnprocessedItemsException with the keys not read
   */
  public static <T> List<T> read(TableContext table, EntitySchema<T> schema, Collection<PrimaryKey> keys,
      boolean checkKeys, boolean consistentRead, ItemReader reader, BatchOptions options) {
    List<T> items = new ArrayList<>();
    for (Map<String, AttributeValue> item : readRaw(table, keys, checkKeys ? schema : null, consistentRead, options)) {
      T read = reader.readAs(schema, item);
      if (read != null) {
        items.add(read);
      }
    }
    return items;
  }

  /**
   * Returns the raw items at {@code keys}, in the order of the keys' first appearance, each once;
   * keys with no item are left out, and so are items whose TTL has passed when the table's
   * {@link dev.singletable.TableOptions#expiredItems()} skips them.
   *
   * @param schema the entity every key must belong to, or {@code null} for keys of any entity
   * @throws IllegalArgumentException before any request, listing every refused key
   * @throws dev.singletable.UnprocessedItemsException with the keys not read
   */
  public static List<Map<String, AttributeValue>> readRaw(TableContext table, Collection<PrimaryKey> keys,
      EntitySchema<?> schema, boolean consistentRead, BatchOptions options) {
    TableDefinition definition = table.definition();
    BatchInput input = new BatchInput("batchGet", "key");
    Map<PrimaryKey, PrimaryKey> given = new LinkedHashMap<>(); // each key once, as the caller gave it first
    int position = 0;
    for (PrimaryKey key : keys) {
      input.checkKey(position++, key, definition, schema);
      if (key != null) {
        given.putIfAbsent(key, key);
      }
    }
    input.throwIfRefused(keys.size());

    Map<PrimaryKey, Map<String, AttributeValue>> found = new ConcurrentHashMap<>();
    List<Map<String, AttributeValue>> keyMaps = given.keySet().stream().map(PrimaryKey::toAttributeMap).toList();
    ChunkRunner.Outcome<Map<String, AttributeValue>> outcome = ChunkRunner.run(ChunkRunner.split(keyMaps, CHUNK_SIZE),
        options, chunk -> {
          BatchGetItemResponse response = table.client().batchGetItem(r -> r
              .requestItems(Map.of(table.tableName(),
                  KeysAndAttributes.builder().keys(chunk).consistentRead(consistentRead).build()))
              .returnConsumedCapacity(CapacityReports.mode(table)));
          CapacityReports.report(table, "BatchGetItem", response.consumedCapacity());
          for (Map<String, AttributeValue> item : response.responses().getOrDefault(table.tableName(), List.of())) {
            found.put(ItemReader.primaryKey(item, definition), item);
          }
          KeysAndAttributes unprocessed = response.unprocessedKeys().get(table.tableName());
          return unprocessed == null ? List.of() : unprocessed.keys();
        });
    if (!outcome.undone().isEmpty()) {
      Set<PrimaryKey> undone = new HashSet<>();
      for (Map<String, AttributeValue> key : outcome.undone()) {
        undone.add(ItemReader.primaryKey(key, definition));
      }
      List<PrimaryKey> inOrder = given.keySet().stream().filter(undone::contains).toList();
      throw Unprocessed.exception(table, "batchGet", List.of(), inOrder,
          inOrder.stream().map(PrimaryKey::toString).toList(), given.size(), outcome, options);
    }
    Expiry expiry = Expiry.of(definition, table.options().expiredItems(), table.options().clock());
    List<Map<String, AttributeValue>> items = new ArrayList<>(found.size());
    for (PrimaryKey key : given.keySet()) {
      Map<String, AttributeValue> item = found.get(key);
      if (item != null && !expiry.isExpired(item)) {
        items.add(item);
      }
    }
    return items;
  }
}
