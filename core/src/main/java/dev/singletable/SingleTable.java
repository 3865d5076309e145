package dev.singletable;

import dev.singletable.internal.batch.BatchReader;
import dev.singletable.internal.batch.BatchWriter;
import dev.singletable.internal.read.ItemAudit;
import dev.singletable.internal.read.ItemReader;
import dev.singletable.internal.table.TableContext;
import dev.singletable.internal.table.TableCreator;
import dev.singletable.internal.table.TableNames;
import dev.singletable.internal.transaction.TransactionPlan;
import dev.singletable.internal.transaction.TransactionReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * One physical DynamoDB table of a single-table design, bound to a client: the entry point of the
 * runtime. Obtained from the generated {@code TSchema.table(client)}.
 *
 * <pre>{@code
 * SingleTable shop = ShopSchema.table(dynamoDbClient);
 * shop.createTable();
 * EntityTable<Order> orders = shop.entity(Order.class);
 * Items items = shop.query(UserKeys.pk("u1")).items();
 * }</pre>
 *
 * <p>Immutable and thread-safe; create one per table and share it.
 */
public final class SingleTable {

  private final TableContext context;
  /**
   * Each entity's table, made on its first {@link #entity} call: a stream handler that only reads
   * records never loads {@code EntityTable} and the write and query machinery it refers to.
   */
  private final Map<Class<?>, EntityTable<?>> entityTables = new ConcurrentHashMap<>();

  /** The reader of this table's stream records, made on first use; immutable, so a race only makes two. */
  private volatile StreamReader streamReader;

  private SingleTable(TableContext context) {
    this.context = context;
  }

  /**
   * Returns the table {@code tableName} with the design {@code definition}, using {@code client},
   * with the default {@link TableOptions}. Sends no request.
   *
   * @throws IllegalArgumentException if {@code tableName} is not a valid DynamoDB table name: 3 to
   *     255 characters of {@code a-z A-Z 0-9 _ - .}
   */
  public static SingleTable create(DynamoDbClient client, String tableName, TableDefinition definition) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(definition, "definition");
    TableNames.checkTableName(tableName);
    return new SingleTable(TableContext.of(client, tableName, definition, TableOptions.defaults()));
  }

  /**
   * Returns this table with other options, such as what reads do with items of no entity or
   * items that cannot be mapped. This table is unchanged. Sends no request.
   */
  public SingleTable withOptions(TableOptions options) {
    return new SingleTable(context.withOptions(Objects.requireNonNull(options, "options")));
  }

  /** Returns the table's options. */
  public TableOptions options() {
    return context.options();
  }

  /** Returns the physical table name. */
  public String tableName() {
    return context.tableName();
  }

  /** Returns the table's design. */
  public TableDefinition definition() {
    return context.definition();
  }

  /** Returns the low-level client. */
  public DynamoDbClient client() {
    return context.client();
  }

  /**
   * Creates the table if it does not exist and returns when it is ACTIVE: the partition and sort
   * key, every GSI and LSI with its projection ({@code INCLUDE} projections always include the
   * type attribute), on-demand billing. If the table exists, sends no write: it checks that the
   * table has the design's key schema and every designed GSI and LSI with the same keys and at
   * least the designed projection (indexes the design does not name are allowed), then waits for
   * it to be ACTIVE. When an entity has a {@code @Ttl} property, TTL is enabled on its attribute
   * ({@code UpdateTimeToLive}), also on an existing table where it is off. Blocks; safe to call
   * from several threads or processes at once.
   *
   * @throws SingletableException if the existing table differs from the design (including TTL
   *     enabled on another attribute), listing every difference, or if the table does not become
   *     ACTIVE within 10 minutes
   */
  public void createTable() {
    TableCreator.createIfAbsent(context);
  }

  /**
   * Returns the operations on one entity's items.
   *
   * @throws IllegalArgumentException if {@code entityClass} is not an entity of this table
   */
  @SuppressWarnings("unchecked") // the map is keyed by each table's own entity class
  public <T> EntityTable<T> entity(Class<T> entityClass) {
    EntityTable<?> table = entityTables.get(Objects.requireNonNull(entityClass, "entityClass"));
    if (table == null) {
      Optional<EntitySchema<T>> schema = context.definition().entity(entityClass);
      if (schema.isEmpty()) {
        throw new IllegalArgumentException(entityClass.getName() + " is not an entity of table "
            + tableName() + "; its entities are "
            + context.definition().entities().stream().map(e -> e.entityClass().getSimpleName()).toList()
            + ". List it in @Table(entities = ...)");
      }
      EntityTable<?> created = new EntityTable<>(context, schema.get());
      EntityTable<?> raced = entityTables.putIfAbsent(entityClass, created);
      table = raced == null ? created : raced;
    }
    return (EntityTable<T>) table;
  }

  /**
   * Starts a query of every entity type under a partition key, on the key's index.
   *
   * @throws IllegalArgumentException if the key's index is not an index of the table or its
   *     attribute is not that index's partition key
   */
  public TableQuery query(PartitionKey partitionKey) {
    return new TableQuery(context, partitionKey);
  }

  /**
   * Writes every item, of any entities of the table, with {@code BatchWriteItem}: a batch of any
   * size, cut into requests of 25 (DynamoDB's limit), up to {@link BatchOptions#parallelism()} of
   * them in flight at once. Each item is written as {@link EntityTable#put} writes it (keys, index
   * keys, type attribute), replacing any item at its key; a batch carries no condition. Before any
   * request every item is checked, and all refusals are listed at once. Items with the same key are
   * written once: the last one given wins, as if the puts had run in order (DynamoDB refuses a
   * request that names a key twice). Items DynamoDB leaves unprocessed, and requests it throttles
   * after the SDK's own retries, are sent again with exponential backoff and full jitter, within the
   * retry budget of the table's {@link TableOptions#batchOptions()}. Not atomic: on failure, the
   * items not in the exception were written.
   *
   * @throws IllegalArgumentException before any request, listing every item that cannot be written
   *     ({@code null}, not an entity of the table, a {@code null} primary key placeholder, over 400 KB)
   * @throws UnprocessedItemsException with exactly the items not written, when a chunk spent its
   *     retry budget or a request failed; the batch stops sending new requests then
   */
  public void batchPut(Collection<?> items) {
    batchPut(items, context.options().batchOptions());
  }

  /** Writes every item as {@link #batchPut(Collection)} does, with {@code options} for this call. */
  public void batchPut(Collection<?> items, BatchOptions options) {
    Objects.requireNonNull(options, "options");
    BatchWriter.put(context, items, item -> context.definition().entity(item.getClass()).orElse(null), options);
  }

  /**
   * Deletes the items at every key, of any entities, with {@code BatchWriteItem}: chunked,
   * parallel, de-duplicated and retried as {@link #batchPut(Collection)}. A batch delete carries no
   * condition: it deletes whatever item is at each key (an {@link EntityTable#batchDelete} checks
   * that every key is its entity's). A key without an item is no error.
   *
   * @throws IllegalArgumentException before any request, listing every key that is {@code null} or
   *     names other key attributes than the table's
   * @throws UnprocessedItemsException with exactly the keys not deleted
   */
  public void batchDelete(Collection<PrimaryKey> keys) {
    batchDelete(keys, context.options().batchOptions());
  }

  /** Deletes the items at every key as {@link #batchDelete(Collection)} does, with {@code options} for this call. */
  public void batchDelete(Collection<PrimaryKey> keys, BatchOptions options) {
    BatchWriter.delete(context, keys, null, Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads the items at every key, of any entities, with {@code BatchGetItem}: 100 keys per
   * request, chunks in parallel, eventually consistent, unprocessed keys asked for again within the
   * retry budget. Each item is read into its entity class through the table's read policies, like
   * a mixed query.
   *
   * @return the items in the order of the keys, each once (a key given twice is read once); keys
   *     without an item are left out, and so are expired items when the table's
   *     {@link TableOptions#expiredItems()} skips them; items of no entity are in
   *     {@link Items#unrecognized()}
   * @throws IllegalArgumentException before any request, listing every refused key
   * @throws MalformedItemException if an item cannot be read, under {@link ReadPolicy#FAIL}
   * @throws UnprocessedItemsException with exactly the keys not read
   */
  public Items batchGet(Collection<PrimaryKey> keys) {
    return batchGet(keys, context.options().batchOptions());
  }

  /** Reads the items at every key as {@link #batchGet(Collection)} does, with {@code options} for this call. */
  public Items batchGet(Collection<PrimaryKey> keys, BatchOptions options) {
    Objects.requireNonNull(options, "options");
    return Items.read(reader(), BatchReader.readRaw(context, keys, null, false, options));
  }

  /**
   * Runs {@code body}, which adds the actions of one transaction, then sends them as one
   * {@code TransactWriteItems}: all take effect or none. Sends nothing if the body adds none, or
   * throws (its exception propagates). See {@link WriteTransaction} for the actions.
   *
   * <pre>{@code
   * shop.transactWrite(tx -> {
   *   tx.update(users.update(UserKeys.key(from)).add(UserAttributes.POINTS, -points)
   *       .condition(Condition.ge(UserAttributes.POINTS, points)));
   *   tx.update(users.update(UserKeys.key(to)).add(UserAttributes.POINTS, points));
   * });
   * }</pre>
   *
   * @throws IllegalArgumentException before any request: more than 100 actions (naming the
   *     count), two actions on one item (naming the key), an entity of another table
   * @throws InvalidKeyException before any request, if an action's key cannot be rendered
   * @throws TransactionCanceledException if DynamoDB cancelled the transaction (a condition failed,
   *     a conflict with another write): nothing was written, and its {@code reasons()} say why,
   *     per action
   */
  public void transactWrite(java.util.function.Consumer<WriteTransaction> body) {
    Objects.requireNonNull(body, "body");
    TransactionPlan plan = new TransactionPlan(context);
    WriteTransaction transaction = new WriteTransaction(plan);
    try {
      body.accept(transaction);
    } finally {
      transaction.close();
    }
    plan.send();
  }

  /**
   * Reads the items at {@code keys} in one {@code TransactGetItems}: a consistent snapshot that no
   * transaction is half-way through. Items of any entities of the table.
   *
   * @return the items in the order of their keys; a key with no item (or an expired one, when the
   *     table's {@link TableOptions#expiredItems()} skips them) has no entry, so look items up by
   *     class with {@link Items#first(Class)} or compare their keys; items of no entity follow the
   *     table's {@link ReadPolicy}
   * @throws IllegalArgumentException before any request, for more than 100 keys or a key given twice
   * @throws TransactionCanceledException if DynamoDB cancelled the read (a conflict with a write
   *     in progress); read again
   * @throws MalformedItemException if an item cannot be read and the table's policy is {@code FAIL}
   */
  public Items transactGet(PrimaryKey... keys) {
    return transactGet(List.of(keys));
  }

  /** Reads the items at {@code keys} in one {@code TransactGetItems}; see {@link #transactGet(PrimaryKey...)}. */
  public Items transactGet(List<PrimaryKey> keys) {
    return Items.read(reader(), TransactionReader.readFound(context, keys));
  }

  /** A reader of raw items under the table's read policies. */
  private ItemReader reader() {
    return new ItemReader(context.definition(), context.options().unknownItems(), context.options().malformedItems());
  }

  /**
   * Holds a sample of the table's items against the design: reads up to {@code sampleSize} items
   * with one {@code Scan} page ({@code Limit = sampleSize}; it costs the read capacity of the
   * items read) and reports, per item, the entity it is read as and everything that does not fit:
   * attributes the entity cannot read, key attributes in another format than the templates render,
   * missing or stale index keys, items of no entity. For adopting singletable on a table other
   * code writes; see {@link AuditReport}.
   *
   * @throws IllegalArgumentException if {@code sampleSize} is not positive
   */
  public AuditReport audit(int sampleSize) {
    if (sampleSize <= 0) {
      throw new IllegalArgumentException("sampleSize must be positive, was " + sampleSize);
    }
    List<AuditReport.Finding> findings = new ArrayList<>();
    for (Map<String, AttributeValue> item : context.client()
        .scan(r -> r.tableName(context.tableName()).limit(sampleSize)).items()) {
      ItemAudit.Result result = ItemAudit.audit(context, item);
      findings.add(new AuditReport.Finding(result.key(), Optional.ofNullable(result.schema()).map(EntitySchema::entityClass),
          result.byKeyShape(), result.problems()));
    }
    return new AuditReport(context.tableName(), findings);
  }

  /**
   * Starts a scan of the whole table that returns items of every entity type, each read into its
   * own class. A scan reads, and pays for, every item of the table: see {@link Scan}.
   */
  public TableScan scan() {
    return new TableScan(context);
  }

  /**
   * Reads a DynamoDB Streams record of this table (from {@code DynamoDbStreamsClient.getRecords},
   * or converted from a Lambda event by {@code singletable-lambda}) as a typed change of the right
   * entity, for every view type: see {@link ChangeEvent}. Sends no request.
   *
   * <pre>{@code
   * ChangeEvent<?> event = shop.changeEvent(record);
   * Optional<ChangeEvent<Order>> order = event.as(Order.class);
   * }</pre>
   *
   * <p>A record whose images are of no entity, or cannot be read, goes by the table's read
   * policies ({@link TableOptions#unknownItems()}, {@link TableOptions#malformedItems()}): it
   * throws under {@code FAIL}, else it comes back unrecognized ({@link ChangeEvent#isRecognized()}
   * false) with its raw images, never dropped.
   *
   * @throws IllegalArgumentException if the record has no {@code dynamodb} part, an unknown
   *     {@code eventName}, or keys other than this table's string partition and sort keys (a
   *     record of another table's stream)
   * @throws UnknownItemException if an image, or the key of a record without images, is of no
   *     entity and the policy for unknown items is {@code FAIL}
   * @throws MalformedItemException if an image cannot be read as its entity (or the images are of
   *     two entities) and the policy for malformed items is {@code FAIL} (the default)
   */
  public ChangeEvent<?> changeEvent(Record record) {
    return streamReader().changeEvent(record);
  }

  /**
   * Reads DynamoDB Streams records of this table in order, as {@link #changeEvent(Record)} does,
   * except that a record the {@code SKIP} policy leaves out is left out of the list, with a
   * warning naming its key logged through SLF4J. Sends no request.
   *
   * @throws IllegalArgumentException as {@link #changeEvent(Record)} does, for the first record at fault
   * @throws UnknownItemException as {@link #changeEvent(Record)} does
   * @throws MalformedItemException as {@link #changeEvent(Record)} does
   */
  public List<ChangeEvent<?>> changeEvents(List<Record> records) {
    return streamReader().changeEvents(records);
  }

  /**
   * Returns a reader of this table's stream records with this table's options, which holds no
   * client: what {@link #changeEvent(Record)} reads with. A handler that only reads records can do
   * without a client from the start: see {@link StreamReader}.
   */
  public StreamReader streamReader() {
    StreamReader reader = streamReader;
    if (reader == null) { // made once per table, on first use: a handler calls changeEvent per record
      reader = StreamReader.of(context.definition()).withOptions(context.options());
      streamReader = reader;
    }
    return reader;
  }

  /** The table's context, for the runtime's internals and their tests. */
  TableContext context() {
    return context;
  }

  @Override
  public String toString() {
    return "SingleTable[" + tableName() + "]";
  }
}
