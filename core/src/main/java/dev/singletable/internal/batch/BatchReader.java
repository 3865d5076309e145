package dev.singletable.internal.batch;

import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.SingletableException;
import dev.singletable.TableDefinition;
import dev.singletable.internal.read.ItemReader;
import dev.singletable.internal.table.TableContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads whole items for keys with {@code BatchGetItem}, 100 keys per request. DynamoDB may leave
 * keys unprocessed (throttling, the 16 MB response limit): they are asked for again with
 * exponential backoff and jitter, so no key is silently dropped; keys still unprocessed after the
 * last attempt fail the call. <b>Not API.</b>
 */
public final class BatchReader {

  static final int BATCH_SIZE = 100;
  private static final int ATTEMPTS = 8;
  private static final long BASE_DELAY_MILLIS = 25;

  private BatchReader() {}

  /**
   * Returns the items of {@code keys} of entity {@code schema}, in the order of the keys, each
   * once; keys with no item (deleted meanwhile) or an item of another entity are left out. Items
   * go through {@code reader}, with its policies.
   */
  public static <T> List<T> read(TableContext table, EntitySchema<T> schema, List<PrimaryKey> keys,
      boolean consistentRead, ItemReader reader) {
    // DynamoDB refuses a batch with a key twice; a GSI query can return a key twice when the
    // item's index key moves between pages. Each item is read, and returned, once.
    List<PrimaryKey> unique = List.copyOf(new LinkedHashSet<>(keys));
    Map<PrimaryKey, Map<String, AttributeValue>> found = new HashMap<>();
    for (int start = 0; start < unique.size(); start += BATCH_SIZE) {
      List<Map<String, AttributeValue>> batch = new ArrayList<>();
      unique.subList(start, Math.min(unique.size(), start + BATCH_SIZE)).forEach(k -> batch.add(k.toAttributeMap()));
      readBatch(table, batch, found, consistentRead);
    }
    List<T> items = new ArrayList<>(unique.size());
    for (PrimaryKey key : unique) {
      Map<String, AttributeValue> item = found.get(key);
      T read = item == null ? null : reader.readAs(schema, item);
      if (read != null) {
        items.add(read);
      }
    }
    return items;
  }

  private static void readBatch(TableContext table, List<Map<String, AttributeValue>> keys,
      Map<PrimaryKey, Map<String, AttributeValue>> found, boolean consistentRead) {
    TableDefinition definition = table.definition();
    List<Map<String, AttributeValue>> pending = keys;
    for (int attempt = 0; !pending.isEmpty(); attempt++) {
      if (attempt == ATTEMPTS) {
        throw new SingletableException("BatchGetItem left " + pending.size() + " keys of table " + table.tableName()
            + " unprocessed after " + ATTEMPTS + " attempts, such as " + pending.get(0), null);
      }
      if (attempt > 0) {
        sleep(attempt);
      }
      List<Map<String, AttributeValue>> request = pending;
      BatchGetItemResponse response = table.client().batchGetItem(r -> r.requestItems(
          Map.of(table.tableName(), KeysAndAttributes.builder().keys(request).consistentRead(consistentRead).build())));
      for (Map<String, AttributeValue> item : response.responses().getOrDefault(table.tableName(), List.of())) {
        found.put(ItemReader.primaryKey(item, definition), item);
      }
      KeysAndAttributes unprocessed = response.unprocessedKeys().get(table.tableName());
      pending = unprocessed == null ? List.of() : unprocessed.keys();
    }
  }

  private static void sleep(int attempt) {
    long cap = BASE_DELAY_MILLIS << Math.min(attempt, 6);
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SingletableException("Interrupted while retrying BatchGetItem", e);
    }
  }
}
