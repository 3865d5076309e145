package dev.singletable;

import dev.singletable.internal.expression.ExpressionPart;
import dev.singletable.internal.query.QueryRunner.RawPage;
import dev.singletable.internal.query.QueryRunner.Reading;
import dev.singletable.internal.read.ItemReader;
import dev.singletable.internal.table.TableContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Query over one item collection that returns items of every entity type, each read into its
 * own class by the type attribute: one request for a user's profile and their orders. Made by
 * {@link SingleTable#query}.
 *
 * <pre>{@code
 * Items items = shop.query(UserKeys.pk("u1")).items();
 * User profile = items.first(User.class).orElseThrow();
 * List<Order> orders = items.all(Order.class);
 * }</pre>
 *
 * <p>Takes a {@link SortKey} of any entity on the queried index. See {@link KeyQuery} for sort
 * conditions and options. Not thread-safe.
 */
public final class TableQuery extends KeyQuery<TableQuery> {

  TableQuery(TableContext table, PartitionKey partitionKey) {
    super(table, null, partitionKey);
  }

  @Override
  TableQuery self() {
    return this;
  }

  /**
   * Runs the query and returns its items, following DynamoDB pages until the {@link #limit} (or
   * the end of the data).
   */
  public Items items() {
    return read(fetch(wholeItems(), false).items());
  }

  /**
   * Runs the query and returns its items as a common supertype, typically a sealed interface that
   * every entity of the table implements, so that callers can switch over it.
   *
   * @throws IllegalStateException if an item is of an entity that does not implement
   *     {@code type}, or of no entity of the table; the message names its key
   */
  public <S> List<S> list(Class<S> type) {
    RawPage raw = fetch(wholeItems(), false);
    ItemReader reader = reader();
    List<S> typed = new ArrayList<>(raw.items().size());
    for (Map<String, AttributeValue> item : raw.items()) {
      Object read = reader.readMixed(item);
      if (read == null) {
        continue; // skipped by the read policy, with a warning
      }
      if (!type.isInstance(read)) {
        throw new IllegalStateException("The item at " + reader.describeKey(item)
            + (read instanceof Map<?, ?> ? " is of no entity of table " + table.tableName() + " ("
                + reader.match(item).reason() + ")" : " is a " + read.getClass().getSimpleName())
            + ", which is not a " + type.getName()
            + (read instanceof Map<?, ?> ? "; read such items with items().unrecognized() or onUnknownItems(SKIP)" : ""));
      }
      typed.add(type.cast(read));
    }
    return typed;
  }

  /**
   * Runs the query for one page of up to {@link #limit} items, starting {@link #after} a cursor.
   * An item whose type attribute names no entity of the table is kept in the page, in its place,
   * as its raw {@code Map<String, AttributeValue>}. {@link Items#of(Page)} gives the page's items
   * as {@link Items}: grouped, counted, visited.
   */
  public Page<Object> page() {
    RawPage raw = fetch(wholeItems(), true);
    return new Page<>(read(raw.items()).entries(), raw.cursor());
  }

  /**
   * Keeps only items of the entities whose attributes {@code condition} reads, and of those only
   * the ones for which it holds ({@code FilterExpression}, applied after the read: filtered items
   * still cost read capacity). The filter is scoped to those entities by their type attribute, so
   * a negative condition ({@code attributeNotExists}, {@code not(...)}) never lets another
   * entity's items through: {@code filter(Condition.attributeNotExists(OrderAttributes.FLAGGED_AT))}
   * returns unflagged orders, not the profile beside them. Items without a type attribute are kept
   * when their key fits one of those entities (and, for {@link #count()}, counted when the filter
   * holds for them).
   *
   * @throws IllegalStateException if the query already has a filter
   */
  public TableQuery filter(Condition<?> condition) {
    return withFilter(condition);
  }

  @Override
  ExpressionPart filterPart(Condition<?> condition) {
    return MixedFilter.scoped(table.definition(), condition);
  }

  /**
   * Counts the matching items of every entity type ({@code Select = COUNT}, following every page,
   * up to the {@link #limit}).
   */
  public long count() {
    return count(null);
  }

  private Reading wholeItems() {
    if (projectedAttributes() != null) {
      throw new IllegalStateException(label() + " projects " + index.projection() + ", so its items are not"
          + " whole entities; query its entities with EntityTable.query(...).keys() or hydrate()");
    }
    return new Reading(null, null, MixedFilter.accepted(table.definition(), filter()));
  }

  private Items read(List<Map<String, AttributeValue>> rawItems) {
    return Items.read(reader(), rawItems);
  }
}
