package dev.singletable;

import dev.singletable.internal.batch.BatchReader;
import dev.singletable.internal.batch.BatchWriter;
import dev.singletable.internal.cost.CapacityReports;
import dev.singletable.internal.cost.WriteUnitEstimator;
import dev.singletable.internal.read.Expiry;
import dev.singletable.internal.read.ItemDispatch;
import dev.singletable.internal.read.ItemReader;
import dev.singletable.internal.table.KeyFit;
import dev.singletable.internal.table.TableContext;
import dev.singletable.internal.write.WriteAction;
import dev.singletable.internal.write.WriteActions;
import dev.singletable.internal.write.WriteExecutor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The items of one entity type in a {@link SingleTable}: put, create, get, delete and query them
 * as typed objects. Obtained with {@link SingleTable#entity(Class)}.
 *
 * <p>Writes render the key attributes from the item's properties with the entity's generated
 * {@link EntitySchema}: table keys, index keys (left out when a placeholder is {@code null}, which
 * keeps the item out of that sparse index) and the type attribute. Reads find each item's entity by
 * its type attribute (or, for items other code wrote without one, by the shape of its key), so a
 * key of another entity never comes back as this one, and read it through one mapping path that
 * takes key properties from the key and names the attribute at fault when an item cannot be read
 * ({@link MalformedItemException}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the entity class
 */
public final class EntityTable<T> {

  private final TableContext table;
  private final EntitySchema<T> schema;
  private final ItemReader reader;
  private volatile DynamoDbTable<T> enhanced;

  EntityTable(TableContext table, EntitySchema<T> schema) {
    this.table = table;
    this.schema = schema;
    this.reader = new ItemReader(table.definition(), table.options().unknownItems(), table.options().malformedItems());
  }

  /** Returns the entity's generated schema. */
  public EntitySchema<T> schema() {
    return schema;
  }

  /**
   * Writes the item, replacing any item with the same primary key ({@code PutItem}).
   *
   * @throws InvalidKeyException before any request, if a primary key placeholder is {@code null}
   * @throws VersionConflictException for an entity with a {@code @Version}, if the stored item has
   *     another version than {@code item} carries (see {@link dev.singletable.annotation.Version})
   */
  public void put(T item) {
    WriteExecutor.send(table, WriteActions.put(table, schema, item, null));
  }

  /**
   * Writes the item if {@code condition} holds for the item now at its key ({@code PutItem} with a
   * condition expression; an absent item has no attributes).
   *
   * @throws InvalidKeyException before any request, if a primary key placeholder is {@code null}
   * @throws ConditionFailedException if the condition does not hold; nothing is written, and the
   *     exception carries the current item (or, if it cannot be read as an entity, its raw
   *     attributes in {@link ConditionFailedException#currentValues()})
   * @throws VersionConflictException for an entity with a {@code @Version}, if the stored item has
   *     another version than {@code item} carries
   */
  public void put(T item, Condition<T> condition) {
    Objects.requireNonNull(condition, "condition; use put(item) to write without one");
    WriteExecutor.send(table, WriteActions.put(table, schema, item, condition.part()));
  }

  /**
   * Writes the item only if no item has its primary key ({@code PutItem} with the condition
   * expression {@code attribute_not_exists(PK)}).
   *
   * @throws InvalidKeyException before any request, if a primary key placeholder is {@code null}
   * @throws ItemAlreadyExistsException if an item with the key exists; nothing is written, and the
   *     exception carries the existing item (raw in {@code currentValues()} if it cannot be read)
   */
  public void create(T item) {
    WriteExecutor.send(table, WriteActions.create(table, schema, item));
  }

  /**
   * Starts an update of the item with this primary key: typed changes that keep every index key
   * true. See {@link Update}.
   *
   * @throws IllegalArgumentException if the key is not a key of this entity (its values do not fit
   *     the entity's primary key templates)
   */
  public Update<T> update(PrimaryKey key) {
    requireOwn(key);
    return new Update<>(table, schema, key);
  }

  /**
   * Reads the item with this primary key ({@code GetItem}, eventually consistent).
   *
   * @return the item, or empty if there is none (or it is of no entity and the table's
   *     {@link ReadPolicy} for unknown items is not {@code FAIL}: a warning is logged)
   * @throws IllegalArgumentException before any request, if the key is not a key of this entity
   *     (its values do not fit the entity's primary key templates, such as another entity's key);
   *     after the request, if the item at the key is of another entity type
   * @throws MalformedItemException if the item cannot be read as this entity, naming the attribute
   */
  public Optional<T> get(PrimaryKey key) {
    return get(key, false, table.options().expiredItems());
  }

  /**
   * Reads the item with this primary key ({@code GetItem}, eventually consistent), leaving it out
   * if its TTL has passed and {@code expired} is {@link ExpiredItems#SKIP}, whatever the table's
   * {@link TableOptions#expiredItems()}.
   *
   * @return the item, or empty if there is none or it is expired and skipped; see {@link #get(PrimaryKey)}
   * @throws IllegalArgumentException if the item at the key is of another entity type
   * @throws MalformedItemException if the item cannot be read as this entity, naming the attribute
   */
  public Optional<T> get(PrimaryKey key, ExpiredItems expired) {
    return get(key, false, java.util.Objects.requireNonNull(expired, "expired"));
  }

  /**
   * Reads the item with this primary key with strong consistency ({@code ConsistentRead = true},
   * twice the RCU of {@link #get(PrimaryKey)}).
   *
   * @return the item, or empty if there is none; see {@link #get(PrimaryKey)}
   * @throws IllegalArgumentException if the key is not a key of this entity, or the item at the key
   *     is of another entity type
   * @throws MalformedItemException if the item cannot be read as this entity, naming the attribute
   */
  public Optional<T> getConsistent(PrimaryKey key) {
    return get(key, true, table.options().expiredItems());
  }

  private Optional<T> get(PrimaryKey key, boolean consistent, ExpiredItems expired) {
    requireOwn(key);
    GetItemResponse response = table.client().getItem(r -> r
        .tableName(table.tableName())
        .key(key.toAttributeMap())
        .consistentRead(consistent)
        .returnConsumedCapacity(CapacityReports.mode(table)));
    CapacityReports.report(table, "GetItem", response.consumedCapacity());
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    requireOwn(response.item(), key);
    if (Expiry.of(table.definition(), expired, table.options().clock()).isExpired(response.item())) {
      return Optional.empty();
    }
    return Optional.ofNullable(reader.readAs(schema, response.item()));
  }

  /**
   * Deletes the item with this primary key, if it is of this entity type ({@code DeleteItem} with
   * a condition on the type attribute, so a key of another entity never deletes that item).
   *
   * @return the deleted item, or empty if there was none
   * @throws IllegalArgumentException before any request, if the key is not a key of this entity;
   *     after it, if the item at the key is of another entity type (it is kept)
   * @throws WriteAppliedException if the item was deleted but cannot be read as this entity (do not
   *     retry: the delete took effect; the raw item is in the exception)
   */
  public Optional<T> delete(PrimaryKey key) {
    return delete(key, null);
  }

  /**
   * Deletes the item with this primary key if it is of this entity type and {@code condition}
   * holds for it. With no item at the key, the condition is evaluated on an item without
   * attributes: {@code attributeNotExists} holds, comparisons do not.
   *
   * @return the deleted item, or empty if there was none and the condition held
   * @throws IllegalArgumentException if the item at the key is of another entity type; it is kept
   * @throws ConditionFailedException if the condition does not hold; the item is kept, and the
   *     exception carries it
   * @throws WriteAppliedException if the item was deleted but cannot be read as this entity
   */
  public Optional<T> delete(PrimaryKey key, Condition<T> condition) {
    WriteAction action = WriteActions.delete(table, schema, Objects.requireNonNull(key, "key"),
        condition == null ? null : condition.part()); // checks the key is this entity's
    Map<String, AttributeValue> old = WriteExecutor.send(table, action);
    return Optional.ofNullable(WriteExecutor.readResult(table, action, schema.entityClass(), old));
  }

  /**
   * Writes every item ({@code BatchWriteItem}, 25 per request, chunks in parallel), replacing any
   * item at the same keys, as {@link SingleTable#batchPut(Collection)} does for items of any entity.
   *
   * @throws IllegalArgumentException before any request, listing every item that cannot be written
   *     (a {@code null} primary key placeholder, an item over 400 KB)
   * @throws UnprocessedItemsException with exactly the items not written, when DynamoDB still left
   *     some unprocessed after the retry budget or a request failed
   */
  public void batchPut(Collection<? extends T> items) {
    batchPut(items, table.options().batchOptions());
  }

  /** Writes every item as {@link #batchPut(Collection)} does, with {@code options} for this call. */
  public void batchPut(Collection<? extends T> items, BatchOptions options) {
    Objects.requireNonNull(options, "options");
    BatchWriter.put(table, items, item -> schema.entityClass().isInstance(item) ? schema : null, options);
  }

  /**
   * Deletes the items at every key ({@code BatchWriteItem}, 25 per request, chunks in parallel), as
   * {@link SingleTable#batchDelete(Collection)} does. A batch delete carries no condition: unlike
   * {@link #delete(PrimaryKey)} it cannot check the entity of the item it deletes, so each key must
   * fit this entity's primary key templates, which no other entity's keys fit.
   *
   * @throws IllegalArgumentException before any request, listing every key that is not this entity's
   * @throws UnprocessedItemsException with exactly the keys not deleted
   */
  public void batchDelete(Collection<PrimaryKey> keys) {
    batchDelete(keys, table.options().batchOptions());
  }

  /** Deletes the items at every key as {@link #batchDelete(Collection)} does, with {@code options} for this call. */
  public void batchDelete(Collection<PrimaryKey> keys, BatchOptions options) {
    BatchWriter.delete(table, keys, schema, Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads the items at every key ({@code BatchGetItem}, 100 keys per request, chunks in parallel,
   * eventually consistent), as {@link SingleTable#batchGet(Collection)} does.
   *
   * @return the items in the order of the keys, each once; keys without an item are left out, and
   *     so are items the table's {@link ReadPolicy} skips, and expired items when its
   *     {@link TableOptions#expiredItems()} skips them
   * @throws IllegalArgumentException before any request, listing every key that is not this entity's
   * @throws MalformedItemException if an item cannot be read as this entity
   * @throws UnprocessedItemsException with exactly the keys not read
   */
  public List<T> batchGet(Collection<PrimaryKey> keys) {
    return batchGet(keys, table.options().batchOptions());
  }

  /** Reads the items at every key as {@link #batchGet(Collection)} does, with {@code options} for this call. */
  public List<T> batchGet(Collection<PrimaryKey> keys, BatchOptions options) {
    return BatchReader.read(table, schema, keys, true, false, reader, Objects.requireNonNull(options, "options"));
  }

  /**
   * Estimates the write request units a put of the item costs: 1 per started KB of the item in the
   * table, plus the same for each index it lands in (what it projects there); see
   * {@link WriteUnits}. {@link WriteUnits#inTransaction()} gives the units in a transaction.
   * Sends no request.
   *
   * @throws InvalidKeyException if a primary key placeholder is {@code null}
   * @throws ItemTooLargeException if the item is over 400 KB, which no write accepts
   */
  public WriteUnits writeUnits(T item) {
    schema.primaryKey(item);
    return WriteUnitEstimator.estimate(table, WriteActions.itemMap(table, schema, item));
  }

  /**
   * Deletes {@code item}'s stored version: the item at its key, if it is of this entity type and,
   * for an entity with a {@code @Version}, still has the version {@code item} carries (an item
   * carrying none, {@code null} or 0, requires a stored item without one). Without a version it
   * deletes the item at the key, as {@link #delete(PrimaryKey)}.
   *
   * @return the deleted item, or empty if there was none and no version was required
   * @throws InvalidKeyException before any request, if a primary key placeholder is {@code null}
   * @throws VersionConflictException if the stored version is another, or the item is gone; the
   *     item is kept, and the exception carries it
   * @throws IllegalArgumentException if the item at the key is of another entity type; it is kept
   * @throws WriteAppliedException if the item was deleted but cannot be read as this entity
   */
  public Optional<T> deleteItem(T item) {
    WriteAction action = WriteActions.deleteItem(table, schema, item, null);
    Map<String, AttributeValue> old = WriteExecutor.send(table, action);
    return Optional.ofNullable(WriteExecutor.readResult(table, action, schema.entityClass(), old));
  }

  /**
   * Starts a query of this entity's items under a partition key; the key's index (table, GSI or
   * LSI) is the one queried.
   *
   * @throws IllegalArgumentException if the key's index is not an index of the table or its
   *     attribute is not that index's partition key
   */
  public EntityQuery<T> query(PartitionKey partitionKey) {
    return new EntityQuery<>(table, schema, partitionKey);
  }

  /**
   * Starts a scan of the whole table that returns this entity's items. A scan reads, and pays for,
   * every item of the table, other entities' too: see {@link Scan}.
   */
  public EntityScan<T> scan() {
    return new EntityScan<>(table, schema);
  }

  /**
   * Returns the enhanced client's table for this entity, on the same physical table. The enhanced
   * client is built on the first call.
   */
  public DynamoDbTable<T> enhanced() {
    DynamoDbTable<T> result = enhanced;
    if (result == null) {
      result = table.enhancedClient().get().table(table.tableName(), schema.tableSchema());
      enhanced = result;
    }
    return result;
  }

  /** Returns the table this entity is stored in, for transactions. */
  TableContext table() {
    return table;
  }

  /** Refuses, before any request, a key that is not one of this entity's (another entity's or table's). */
  private void requireOwn(PrimaryKey key) {
    KeyFit.requireOwn(table.definition(), schema, java.util.Objects.requireNonNull(key, "key"), "table " + table.tableName());
  }

  /** Refuses the item at {@code key} when it is another entity's. */
  private void requireOwn(Map<String, AttributeValue> item, PrimaryKey key) {
    ItemDispatch.Match found = reader.match(item);
    if (found.isKnown() && found.schema() != schema) {
      throw new IllegalArgumentException("The item at " + key + " in table " + table.tableName() + " is a "
          + found.schema().entityClass().getSimpleName() + ", not a " + schema.entityClass().getSimpleName());
    }
  }
}
