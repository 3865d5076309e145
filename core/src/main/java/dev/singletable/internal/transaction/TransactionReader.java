package dev.singletable.internal.transaction;

import dev.singletable.PrimaryKey;
import dev.singletable.internal.cost.CapacityReports;
import dev.singletable.internal.read.Expiry;
import dev.singletable.internal.table.TableContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Reads up to {@value TransactionPlan#MAX_ACTIONS} items in one {@code TransactGetItems}: a
 * snapshot that no concurrent transaction is half-way through. <b>Not API.</b>
 */
public final class TransactionReader {

  private TransactionReader() {}

  /**
   * Returns the raw items found, in key order: keys without an item are left out, and so are
   * expired items when the table's {@code expiredItems()} option skips them.
   *
   * @throws IllegalArgumentException as {@link #read} does
   * @throws dev.singletable.TransactionCanceledException as {@link #read} does
   */
  public static List<Map<String, AttributeValue>> readFound(TableContext table, List<PrimaryKey> keys) {
    Expiry expiry = Expiry.of(table.definition(), table.options().expiredItems(), table.options().clock());
    List<Map<String, AttributeValue>> found = new ArrayList<>();
    for (Map<String, AttributeValue> item : read(table, keys)) {
      if (item != null && !expiry.isExpired(item)) {
        found.add(item);
      }
    }
    return found;
  }

  /**
   * Returns the raw item of each key, in key order; {@code null} where there is no item.
   *
   * @throws IllegalArgumentException before any request, for more than 100 keys or a key given twice
   * @throws dev.singletable.TransactionCanceledException if DynamoDB cancelled the read (such as a
   *     {@code TransactionConflict} with a write in progress)
   */
  public static List<Map<String, AttributeValue>> read(TableContext table, List<PrimaryKey> keys) {
    if (keys.size() > TransactionPlan.MAX_ACTIONS) {
      throw new IllegalArgumentException("transactGet of table " + table.tableName() + " has " + keys.size()
          + " keys; DynamoDB reads at most " + TransactionPlan.MAX_ACTIONS + " in one transaction. Split it, or"
          + " use a batch read where a snapshot is not needed");
    }
    Set<PrimaryKey> seen = new HashSet<>();
    List<TransactGetItem> gets = new ArrayList<>(keys.size());
    for (PrimaryKey key : keys) {
      if (key == null) {
        throw new NullPointerException("transactGet key " + gets.size() + " is null");
      }
      if (!seen.add(key)) {
        throw new IllegalArgumentException("transactGet of table " + table.tableName() + " names the key " + key
            + " twice; DynamoDB refuses two reads of one item in a transaction");
      }
      gets.add(TransactGetItem.builder().get(g -> g.tableName(table.tableName()).key(key.toAttributeMap())).build());
    }
    if (gets.isEmpty()) {
      return List.of();
    }
    TransactGetItemsResponse response;
    try {
      response = table.client().transactGetItems(r -> r.transactItems(gets).returnConsumedCapacity(CapacityReports.mode(table)));
      CapacityReports.report(table, "TransactGetItems", response.consumedCapacity());
    } catch (TransactionCanceledException e) {
      throw Cancellations.ofGet(table, keys, e);
    }
    List<Map<String, AttributeValue>> items = new ArrayList<>(keys.size());
    for (ItemResponse item : response.responses()) {
      items.add(item.hasItem() && !item.item().isEmpty() ? item.item() : null);
    }
    return items;
  }
}
