package dev.singletable;

import dev.singletable.annotation.Projection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Query that returns items of one entity type, made by {@link EntityTable#query}. Items of other
 * entity types in the same item collection are filtered out on the server by the type attribute
 * (a filter expression: they still cost read capacity).
 *
 * <pre>{@code
 * List<Order> recent = orders.query(OrderKeys.pk("u1"))
 *     .beginsWith(OrderKeys.skPrefix())
 *     .descending()
 *     .limit(20)
 *     .list();
 * }</pre>
 *
 * <p>See {@link KeyQuery} for sort conditions and options. Not thread-safe.
 *
 * @param <T> the entity class
 */
public final class EntityQuery<T> extends KeyQuery<EntityQuery<T>> {

  private final EntitySchema<T> schema;

  EntityQuery(TableContext table, EntitySchema<T> schema, PartitionKey partitionKey) {
    super(table, partitionKey);
    this.schema = schema;
  }

  @Override
  EntityQuery<T> self() {
    return this;
  }

  /**
   * Runs the query and returns its items, following DynamoDB pages until the {@link #limit} (or
   * the end of the data).
   *
   * @throws IllegalStateException if the index does not project every attribute, so items would
   *     come back as partial entities
   */
  public List<T> list() {
    return map(run(false).items());
  }

  /**
   * Runs the query for one page of up to {@link #limit} items (one DynamoDB page of up to 1 MB
   * without a limit), starting {@link #after} a cursor.
   *
   * @throws IllegalStateException if the index does not project every attribute
   */
  public Page<T> page() {
    RawPage raw = run(true);
    return new Page<>(map(raw.items()), raw.cursor());
  }

  private RawPage run(boolean onePage) {
    if (index != null && index.projection() != Projection.ALL) {
      throw new IllegalStateException(label() + " projects " + index.projection() + ", so its items are not"
          + " whole " + schema.entityClass().getSimpleName() + " entities; query an index with"
          + " Projection.ALL to read entities");
    }
    Expression typeFilter = Expression.builder()
        .expression("#stType = :stType")
        .putExpressionName("#stType", table.definition().typeAttribute())
        .putExpressionValue(":stType", AttributeValue.fromS(schema.typeName()))
        .build();
    return fetch(typeFilter, onePage);
  }

  private List<T> map(List<Map<String, AttributeValue>> items) {
    List<T> mapped = new ArrayList<>(items.size());
    for (Map<String, AttributeValue> item : items) {
      mapped.add(schema.tableSchema().mapToItem(item));
    }
    return mapped;
  }
}
