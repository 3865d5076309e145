package dev.singletable;

import dev.singletable.internal.query.QueryRunner.RawPage;
import dev.singletable.internal.query.QueryRunner.Reading;
import dev.singletable.internal.read.TypeFilter;
import dev.singletable.internal.table.TableContext;
import java.util.List;

/**
 * A Scan that returns the items of one entity type, made by {@link EntityTable#scan()}. Items of
 * other entity types are filtered out on the server by the type attribute (a filter expression:
 * they still cost read capacity); items other code wrote without a type attribute come back when
 * their key fits this entity's templates, as in queries.
 *
 * <pre>{@code
 * List<Order> all = orders.scan().segments(4).list();
 * Page<Order> page = orders.scan().limit(100).after(cursor).page();
 * long flagged = orders.scan().filter(Condition.attributeExists(OrderAttributes.FLAGGED_AT)).count();
 * }</pre>
 *
 * <p>See {@link Scan} for segments, limits, cursors and what a scan costs. Not thread-safe.
 *
 * @param <T> the entity class
 */
public final class EntityScan<T> extends Scan<EntityScan<T>> {

  private final EntitySchema<T> schema;

  EntityScan(TableContext table, EntitySchema<T> schema) {
    super(table);
    this.schema = schema;
  }

  @Override
  EntityScan<T> self() {
    return this;
  }

  /**
   * Keeps only items for which {@code condition} holds ({@code FilterExpression}, applied after
   * the read: filtered items still cost read capacity).
   *
   * @throws IllegalStateException if the scan already has a filter
   */
  public EntityScan<T> filter(Condition<T> condition) {
    return withFilter(condition);
  }

  /** Runs the scan and returns its items: the whole table's, up to the {@link #limit}. */
  public List<T> list() {
    return reader().readAllAs(schema, fetch(reading(), false).items());
  }

  /**
   * Runs the scan for one page of up to {@link #limit} items, starting {@link #after} a cursor;
   * without a limit, one DynamoDB page of each segment.
   */
  public Page<T> page() {
    RawPage raw = fetch(reading(), true);
    return new Page<>(reader().readAllAs(schema, raw.items()), raw.cursor());
  }

  /**
   * Counts the entity's items (matching the filter), from the cursor on, up to the {@link #limit}.
   * Reads only their keys and type attribute; the read capacity is that of reading the table.
   */
  public long count() {
    return count(reading());
  }

  private Reading reading() {
    return new Reading(schema.typeName(), null, TypeFilter.typedOrOwnKey(schema, table.definition()));
  }

  @Override
  String label() {
    return "scan of " + schema.entityClass().getSimpleName() + " items of table " + table.tableName();
  }
}
