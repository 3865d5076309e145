package dev.singletable;

import dev.singletable.internal.expression.ExpressionPart;
import dev.singletable.internal.query.QueryRunner.RawPage;
import dev.singletable.internal.query.QueryRunner.Reading;
import dev.singletable.internal.table.TableContext;

/**
 * A Scan that returns the items of every entity type, each read into its own class, made by
 * {@link SingleTable#scan()}: for exports, migrations and backfills.
 *
 * <pre>{@code
 * Items everything = shop.scan().segments(4).items();
 * List<Order> orders = everything.all(Order.class);
 * }</pre>
 *
 * <p>Items of no entity of the table and items that cannot be read go by the read policies, as
 * in a mixed query: by default kept raw in {@link Items#unrecognized()} (or in their place in a
 * {@link #page()}). See {@link Scan} for segments, limits, cursors and what a scan costs. Not
 * thread-safe.
 */
public final class TableScan extends Scan<TableScan> {

  TableScan(TableContext table) {
    super(table);
  }

  @Override
  TableScan self() {
    return this;
  }

  /**
   * Keeps only items of the entities whose attributes {@code condition} reads, and of those only
   * the ones for which it holds ({@code FilterExpression}, applied after the read: filtered items
   * still cost read capacity), as {@link TableQuery#filter} does: a negative condition never lets
   * another entity's items through, and items without a type attribute are kept when their key
   * fits one of those entities.
   *
   * @throws IllegalStateException if the scan already has a filter
   */
  public TableScan filter(Condition<?> condition) {
    return withFilter(condition);
  }

  @Override
  ExpressionPart filterPart(Condition<?> condition) {
    return MixedFilter.scoped(table.definition(), condition);
  }

  /** Runs the scan and returns its items: the whole table's, up to the {@link #limit}. */
  public Items items() {
    return Items.read(reader(), fetch(every(), false).items());
  }

  /**
   * Runs the scan for one page of up to {@link #limit} items, starting {@link #after} a cursor;
   * without a limit, one DynamoDB page of each segment. An item of no entity of the table is kept
   * in the page, in its place, as its raw {@code Map<String, AttributeValue>}.
   */
  public Page<Object> page() {
    RawPage raw = fetch(every(), true);
    return new Page<>(Items.read(reader(), raw.items()).entries(), raw.cursor());
  }

  /**
   * Counts the items of every type (matching the filter), from the cursor on, up to the
   * {@link #limit}: with {@code Select = COUNT}, or with a filter by reading keys and types, so that
   * items without a type attribute count only when their key fits a filtered entity.
   */
  public long count() {
    return count(every());
  }

  /** Every item, or with a filter those of its entities. */
  private Reading every() {
    return new Reading(null, null, MixedFilter.accepted(table.definition(), filter()));
  }

  @Override
  String label() {
    return "scan of table " + table.tableName();
  }
}
