package dev.singletable;

import dev.singletable.internal.expression.ExpressionContext;
import dev.singletable.internal.expression.ExpressionPart;
import dev.singletable.internal.query.Cursors;
import dev.singletable.internal.query.QueryRunner;
import dev.singletable.internal.query.QueryRunner.RawPage;
import dev.singletable.internal.query.QueryRunner.Reading;
import dev.singletable.internal.query.QuerySpec;
import dev.singletable.internal.query.SortCondition;
import dev.singletable.internal.read.Expiry;
import dev.singletable.internal.read.ItemReader;
import dev.singletable.internal.table.KeyFit;
import dev.singletable.internal.table.TableContext;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sort key conditions and options shared by {@link EntityQuery} and {@link TableQuery}: one
 * DynamoDB Query on the partition key's table or index.
 *
 * <p><b>Sort conditions.</b> At most one of {@code eq}, {@code beginsWith}, {@code between},
 * {@code gt}, {@code ge}, {@code lt}, {@code le}. A {@link SortKey} made by {@code skPrefix(...)}
 * stands for the whole range of keys that start with it: {@code eq(prefix)} and
 * {@code beginsWith(prefix)} select that range; {@code between(from, to)} includes every key that
 * starts with {@code to}; {@code gt(prefix)} starts after all of them, {@code ge(prefix)} at the
 * first, {@code lt(prefix)} ends before the first, {@code le(prefix)} after the last. A full
 * {@link SortKey} compares as its value.
 *
 * <p><b>Keys know where they belong.</b> An entity query takes the keys of its entity on the
 * queried index, a mixed query the keys of any entity there: another entity's or another table's
 * key ({@code products.query(UserKeys.gsi1Pk(email))}) is an {@link IllegalArgumentException}
 * instead of an empty result. A key made by hand ({@code PartitionKey.of(...)}) is accepted where
 * its value is a rendering of such a template (for a prefix or a range bound: the beginning of one).
 *
 * <p><b>Ranges stay in the entity.</b> An entity query reads only its entity's part of the item
 * collection: when the entity's sort key template starts with literal text ({@code ORDER#}), the
 * key condition is narrowed to the keys that start with it, so a {@code ge(OrderKeys.skPrefix(since))}
 * never reads (or pays for) the profile sorted after the orders.
 *
 * <p><b>Cursors.</b> A {@link Page#cursor()} continues only the query it came from: a cursor of a
 * query of another table, index, partition key, sort condition, direction, filter or entity, or a
 * changed one, is an {@link IllegalArgumentException} when the query runs, before its request.
 * With {@link TableOptions.Builder#cursorKey} cursors are also encrypted and cannot be forged.
 *
 * <p><b>Sharded partitions.</b> The key of a sharded GSI partition ({@link PartitionKey#isSharded()},
 * such as {@code OrderKeys.gsi1Pk(status)} of {@code STATUS#<status>#<shard>}) is queried as one
 * partition: every shard in parallel ({@link TableOptions.Builder#shardReads}), merged in sort key
 * order (equal sort keys of different shards in shard order; descending is the exact reverse),
 * with the same conditions, limit, filters and counts, and a cursor that holds each shard's
 * position (docs/writes.md, "Write sharding").
 *
 * <p>Every check happens before any request, most when the builder method is called: a sort key of
 * another index or entity, a second sort condition, or {@link #consistentRead()} on a GSI is an
 * {@link IllegalArgumentException} or {@link IllegalStateException}.
 *
 * <p>Builders are not thread-safe; build and run a query on one thread. Running it does not
 * change it, so it can be run again.
 *
 * @param <Q> the concrete query type, returned by every builder method
 */
public abstract class KeyQuery<Q extends KeyQuery<Q>> {

  final TableContext table;
  final PartitionKey partitionKey;
  final IndexDefinition index;
  private final EntitySchema<?> entity;
  private SortCondition sort;
  private boolean descending;
  private boolean consistentRead;
  private Integer limit;
  private String after;
  private Condition<?> filter;
  private ReadPolicy unknownItems;
  private ReadPolicy malformedItems;
  private ExpiredItems expiredItems;

  /** @param entity the entity an entity query returns, or {@code null} for a mixed query */
  KeyQuery(TableContext table, EntitySchema<?> entity, PartitionKey partitionKey) {
    this.table = table;
    this.entity = entity;
    this.partitionKey = Objects.requireNonNull(partitionKey, "partitionKey");
    this.index = table.index(partitionKey.indexName().orElse(null));
    String expected = table.definition().partitionKeyOf(indexName());
    if (!expected.equals(partitionKey.attributeName())) {
      throw new IllegalArgumentException("Partition key " + partitionKey.describe() + " does not fit "
          + label() + ", whose partition key attribute is " + expected);
    }
    if (entity == null) {
      KeyFit.requireAny(table.definition(), partitionKey, label());
    } else {
      KeyFit.requireOwn(table.definition(), entity, partitionKey, label());
    }
  }

  abstract Q self();

  /** Selects the sort key equal to {@code sortKey}, or the range of a prefix. */
  public Q eq(SortKey sortKey) {
    return condition(SortCondition.Operator.EQ, sortKey, null);
  }

  /** Selects sort keys that begin with {@code sortKey}'s value ({@code begins_with}). */
  public Q beginsWith(SortKey sortKey) {
    return condition(SortCondition.Operator.BEGINS_WITH, sortKey, null);
  }

  /**
   * Selects sort keys from {@code from} to {@code to}, both inclusive ({@code BETWEEN}); a prefix
   * {@code to} includes every key that starts with it.
   *
   * @throws IllegalArgumentException when the query runs, if {@code from} sorts above {@code to}
   */
  public Q between(SortKey from, SortKey to) {
    return condition(SortCondition.Operator.BETWEEN, from, Objects.requireNonNull(to, "to"));
  }

  /** Selects sort keys above {@code sortKey}; above every key starting with a prefix. */
  public Q gt(SortKey sortKey) {
    return condition(SortCondition.Operator.GT, sortKey, null);
  }

  /** Selects sort keys at or above {@code sortKey}; from the first key starting with a prefix. */
  public Q ge(SortKey sortKey) {
    return condition(SortCondition.Operator.GE, sortKey, null);
  }

  /** Selects sort keys below {@code sortKey}; below every key starting with a prefix. */
  public Q lt(SortKey sortKey) {
    return condition(SortCondition.Operator.LT, sortKey, null);
  }

  /** Selects sort keys at or below {@code sortKey}; up to the last key starting with a prefix. */
  public Q le(SortKey sortKey) {
    return condition(SortCondition.Operator.LE, sortKey, null);
  }

  /** Returns items in descending sort key order ({@code ScanIndexForward = false}). */
  public Q descending() {
    this.descending = true;
    return self();
  }

  /**
   * Returns at most {@code limit} items: {@code list()} follows DynamoDB pages until it has them,
   * {@code page()} returns pages of this size.
   *
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public Q limit(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    this.limit = limit;
    return self();
  }

  /**
   * Reads with strong consistency ({@code ConsistentRead = true}, twice the RCU). Available on the
   * table and on LSIs.
   *
   * @throws IllegalArgumentException on a GSI, whose reads are always eventually consistent
   */
  public Q consistentRead() {
    if (index != null && !index.isLocal()) {
      throw new IllegalArgumentException("consistentRead() is not available on GSI " + index.name()
          + " of table " + table.tableName() + ": DynamoDB reads global secondary indexes with"
          + " eventual consistency only; query the table or an LSI for strongly consistent reads");
    }
    this.consistentRead = true;
    return self();
  }

  /**
   * Continues after the page whose {@link Page#cursor()} this is; {@code null} starts at the
   * beginning.
   *
   * @throws IllegalArgumentException if the cursor is not one this table issues (changed, or made
   *     without the table's cursor key); when the query runs, before its request, also if it is a
   *     cursor of another query
   */
  public Q after(String cursor) {
    if (cursor != null) {
      Cursors.checkForm(cursor, table.options().cursorKeys(), partitionKey.shards().size());
    }
    this.after = cursor;
    return self();
  }

  /**
   * Sets what this query does with items of no entity of the table, instead of the table's
   * {@link TableOptions#unknownItems()}.
   */
  public Q onUnknownItems(ReadPolicy policy) {
    this.unknownItems = Objects.requireNonNull(policy, "policy");
    return self();
  }

  /**
   * Sets what this query does with items that cannot be read as their entity, instead of the
   * table's {@link TableOptions#malformedItems()}.
   */
  public Q onMalformedItems(ReadPolicy policy) {
    this.malformedItems = Objects.requireNonNull(policy, "policy");
    return self();
  }

  /**
   * Sets whether this query returns items whose TTL has passed but that DynamoDB has not deleted
   * yet, instead of the table's {@link TableOptions#expiredItems()}. {@link ExpiredItems#SKIP}
   * adds a filter expression on the table's TTL attribute (skipped items still cost read
   * capacity), evaluated against the table's clock when the query runs. An index that does not
   * project the TTL attribute cannot tell expired items: its queries return them.
   */
  public Q onExpiredItems(ExpiredItems policy) {
    this.expiredItems = Objects.requireNonNull(policy, "policy");
    return self();
  }

  /** Returns the reader of this query's items, with its read policies. */
  ItemReader reader() {
    TableOptions options = table.options();
    return new ItemReader(table.definition(), unknownItems == null ? options.unknownItems() : unknownItems,
        malformedItems == null ? options.malformedItems() : malformedItems);
  }

  /** Returns the filter as the request takes it; a mixed query scopes it to its entities. */
  ExpressionPart filterPart(Condition<?> condition) {
    return condition.part();
  }

  /** Returns the filter, or {@code null}. */
  Condition<?> filter() {
    return filter;
  }

  /** Sets the filter; subclasses type it. */
  Q withFilter(Condition<?> condition) {
    if (filter != null) {
      throw new IllegalStateException("A query takes one filter; combine conditions with Condition.and: " + filter);
    }
    this.filter = Objects.requireNonNull(condition, "condition");
    return self();
  }

  private Q condition(SortCondition.Operator operator, SortKey first, SortKey second) {
    Objects.requireNonNull(first, "sortKey");
    if (sort != null) {
      throw new IllegalStateException("A query takes one sort key condition; this one already has "
          + sort.describe());
    }
    KeyFit.Extent extent = operator == SortCondition.Operator.EQ ? KeyFit.Extent.WHOLE : KeyFit.Extent.BEGINNING;
    checkSortKey(first, extent);
    if (second != null) {
      checkSortKey(second, extent);
    }
    this.sort = new SortCondition(operator, first, second);
    return self();
  }

  private void checkSortKey(SortKey sortKey, KeyFit.Extent extent) {
    String expected = table.definition().sortKeyOf(indexName());
    if (!sortKey.indexName().equals(partitionKey.indexName()) || !expected.equals(sortKey.attributeName())) {
      throw new IllegalArgumentException("Sort key " + sortKey.describe() + " does not belong to "
          + label() + " of partition key " + partitionKey.describe() + ", whose sort key attribute is "
          + expected + "; use the sort key builder of the same index");
    }
    if (entity == null) {
      KeyFit.requireAny(table.definition(), sortKey, extent, label());
    } else {
      KeyFit.requireOwn(table.definition(), entity, sortKey, extent, label());
    }
  }

  /**
   * Returns the attributes the queried index holds, or {@code null} when it holds whole items
   * (the table, or an index with {@code Projection.ALL}).
   */
  Set<String> projectedAttributes() {
    return table.projectedAttributes(index);
  }

  boolean isConsistentRead() {
    return consistentRead;
  }

  String indexName() {
    return index == null ? null : index.name();
  }

  String label() {
    return (index == null ? "table " : (index.isLocal() ? "LSI " : "GSI ") + index.name() + " of table ")
        + table.tableName();
  }

  Integer limitOrNull() {
    return limit;
  }

  /** Runs the query; see {@link QueryRunner#fetch}. */
  RawPage fetch(Reading reading, boolean onePage) {
    return QueryRunner.fetch(spec(), reading, onePage);
  }

  /** Counts the matching items; see {@link QueryRunner#count}. */
  long count(String typeName) {
    return QueryRunner.count(spec(), typeName);
  }

  /** Returns the attribute names the filter reads, to check they are projected into the index. */
  Set<String> filterAttributes() {
    if (filter == null) {
      return Set.of();
    }
    ExpressionContext context = new ExpressionContext(table.definition());
    filter.render(context);
    return new HashSet<>(context.attributes());
  }

  private QuerySpec spec() {
    return new QuerySpec(table, partitionKey, index, sort, descending, consistentRead, limit, after,
        filterAndExpiry(false), label(), entity == null ? null : entity.typeName(),
        entity == null ? null : KeyFit.literalPrefix(table.definition(), entity, indexName()),
        table.options().cursorKeys(), filterAndExpiry(true));
  }

  /**
   * The caller's filter AND, when this query skips expired items, the TTL filter. For a cursor's
   * scope ({@code forCursor}), the TTL filter is its mere presence: the time it compares with moves
   * from page to page, and the next page is still the same query.
   */
  private ExpressionPart filterAndExpiry(boolean forCursor) {
    ExpressionPart own = filter == null ? null : filterPart(filter);
    ExpressionPart notExpired = Expiry.of(table.definition(),
        expiredItems == null ? table.options().expiredItems() : expiredItems, table.options().clock()).notExpiredFilter();
    Set<String> projected = projectedAttributes();
    if (notExpired == null || projected != null && !projected.contains(table.definition().ttlAttribute().orElseThrow())) {
      return own; // an index without the TTL attribute cannot tell expired items
    }
    ExpressionPart expiry = forCursor ? c -> "(items whose TTL has passed are skipped)" : notExpired;
    return own == null ? expiry : c -> ExpressionContext.and(List.of(own.render(c), expiry.render(c)));
  }
}
