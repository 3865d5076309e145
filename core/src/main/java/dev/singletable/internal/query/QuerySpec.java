package dev.singletable.internal.query;

import dev.singletable.IndexDefinition;
import dev.singletable.PartitionKey;
import dev.singletable.internal.expression.ExpressionPart;
import dev.singletable.internal.table.TableContext;

/**
 * What a query builder holds when it runs: everything {@link QueryRunner} needs. <b>Not API.</b>
 *
 * @param table the table
 * @param partitionKey the partition key, which names the index
 * @param index the queried index, or {@code null} for the table
 * @param sort the sort key condition, or {@code null}
 * @param descending whether to read in descending sort key order
 * @param consistentRead whether to read with strong consistency
 * @param limit the most items to return, or {@code null}
 * @param after the cursor to continue after, or {@code null}
 * @param filter the user's filter, or {@code null}
 * @param label the queried table or index, for messages ({@code GSI GSI1 of table shop})
 * @param entityType the entity type name an entity query returns, or {@code null} for a mixed query
 * @param entityPrefix the literal text every sort key of that entity on the index starts with
 *     ({@code ORDER#}), which bounds the key condition ({@link SortRange}); {@code null} or empty
 *     for none
 * @param cursorKeys the keys that seal cursors, or {@code null} for checked cursors
 * @param cursorFilter the filter as a cursor's scope sees it ({@link CursorScope}): {@code filter}
 *     without values that change from run to run of the same query (the time a TTL filter compares
 *     with); {@code null} for none
 */
public record QuerySpec(
    TableContext table,
    PartitionKey partitionKey,
    IndexDefinition index,
    SortCondition sort,
    boolean descending,
    boolean consistentRead,
    Integer limit,
    String after,
    ExpressionPart filter,
    String label,
    String entityType,
    String entityPrefix,
    CursorKeys cursorKeys,
    ExpressionPart cursorFilter) {

  /** Returns this query on another partition key of the same index: one shard of a sharded key. */
  public QuerySpec withPartitionKey(PartitionKey key) {
    return new QuerySpec(table, key, index, sort, descending, consistentRead, limit, after, filter, label, entityType,
        entityPrefix, cursorKeys, cursorFilter);
  }

  /** Returns the index name, or {@code null} for the table. */
  public String indexName() {
    return index == null ? null : index.name();
  }

  /** Returns the query for messages, such as {@code the query of Order on table shop, PK = "USER#u1"}. */
  public String describe() {
    return "the " + (entityType == null ? "mixed query" : "query of " + entityType) + " on " + label + ", "
        + partitionKey.attributeName() + " = \"" + partitionKey.value() + "\""
        + (sort == null ? "" : ", " + sort.describe()) + (descending ? ", descending" : "");
  }
}
