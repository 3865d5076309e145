package dev.singletable;

import dev.singletable.internal.KeyField;
import dev.singletable.internal.batch.BatchReader;
import dev.singletable.internal.query.QueryRunner.RawPage;
import dev.singletable.internal.query.QueryRunner.Reading;
import dev.singletable.internal.read.ItemReader;
import dev.singletable.internal.read.TypeFilter;
import dev.singletable.internal.table.TableContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Query that returns items of one entity type, made by {@link EntityTable#query}. The key
 * condition keeps to the entity's part of the item collection where its sort key template starts
 * with literal text ({@code ORDER#}), so items of other entity types are not read at all; where
 * they share that text, they are filtered out on the server by the type attribute (a filter
 * expression: those still cost read capacity).
 *
 * <pre>{@code
 * List<Order> recent = orders.query(OrderKeys.pk("u1"))
 *     .beginsWith(OrderKeys.skPrefix())
 *     .descending()
 *     .limit(20)
 *     .list();
 * }</pre>
 *
 * <p><b>Index reads.</b> {@link #list()} and {@link #page()} need whole items, so on an index
 * that projects {@code KEYS_ONLY} or {@code INCLUDE} they are refused instead of returning
 * half-empty entities: use {@link #keys()} for the primary keys, {@link #hydrate()} for the whole
 * items (read from the table), or {@link #rows} for projected attributes. On a {@code KEYS_ONLY}
 * index, where the type attribute is not projected, items are told apart by the shape of their
 * index keys (the entity's key templates).
 *
 * <p>See {@link KeyQuery} for sort conditions and options. Not thread-safe.
 *
 * @param <T> the entity class
 */
public final class EntityQuery<T> extends KeyQuery<EntityQuery<T>> {

  private final EntitySchema<T> schema;

  EntityQuery(TableContext table, EntitySchema<T> schema, PartitionKey partitionKey) {
    super(table, schema, partitionKey);
    this.schema = schema;
  }

  @Override
  EntityQuery<T> self() {
    return this;
  }

  /**
   * Keeps only items for which {@code condition} holds ({@code FilterExpression}, applied after
   * the read: filtered items still cost read capacity).
   *
   * @throws IllegalStateException if the query already has a filter
   */
  public EntityQuery<T> filter(Condition<T> condition) {
    return withFilter(condition);
  }

  /**
   * Runs the query and returns its items, following DynamoDB pages until the {@link #limit} (or
   * the end of the data).
   *
   * @throws IllegalStateException if the index does not project every attribute
   */
  public List<T> list() {
    return map(fetch(wholeItems(), false).items());
  }

  /**
   * Runs the query for one page of up to {@link #limit} items (one DynamoDB page of up to 1 MB
   * without a limit), starting {@link #after} a cursor.
   *
   * @throws IllegalStateException if the index does not project every attribute
   */
  public Page<T> page() {
    RawPage raw = fetch(wholeItems(), true);
    return new Page<>(map(raw.items()), raw.cursor());
  }

  /**
   * Runs the query reading only some attributes ({@code ProjectionExpression}) and returns them as
   * rows, each with its primary key. A nested handle ({@code SHIPPING_ADDRESS.city()}) projects its
   * top-level attribute.
   *
   * @throws IllegalArgumentException if an attribute is not projected into the queried index
   */
  @SafeVarargs
  public final List<Row<T>> rows(Attribute<T, ?>... attributes) {
    Set<String> names = new LinkedHashSet<>();
    for (Attribute<T, ?> attribute : attributes) {
      names.add(attribute.name());
    }
    requireProjected(names, "rows(" + names + ")");
    names.addAll(table.cursorAttributes(indexName()));
    List<Row<T>> rows = new ArrayList<>();
    for (Map<String, AttributeValue> item : fetch(reading(names), false).items()) {
      rows.add(new Row<>(schema, ItemReader.primaryKey(item, table.definition()), item));
    }
    return rows;
  }

  /** Runs the query and returns the primary keys of the matching items, in index order. */
  public List<PrimaryKey> keys() {
    Set<String> names = new LinkedHashSet<>(table.cursorAttributes(indexName()));
    List<PrimaryKey> keys = new ArrayList<>();
    for (Map<String, AttributeValue> item : fetch(reading(names), false).items()) {
      keys.add(ItemReader.primaryKey(item, table.definition()));
    }
    return keys;
  }

  /**
   * Runs the query, then reads the whole items from the table ({@code BatchGetItem}, 100 keys per
   * request, sent in parallel, unprocessed keys retried with the table's {@link BatchOptions};
   * strongly consistent with {@link #consistentRead()}), and returns them in index order, each
   * once. Items deleted between the two reads are left out.
   *
   * @throws UnprocessedItemsException with the keys not read, when the retry budget was spent
   */
  public List<T> hydrate() {
    return BatchReader.read(table, schema, keys(), isConsistentRead(), reader());
  }

  /**
   * Counts the matching items ({@code Select = COUNT}, following every page, up to the
   * {@link #limit}).
   */
  public long count() {
    requireProjected(filterAttributes(), "filter");
    return typeProjected() ? count(schema.typeName()) : keys().size();
  }

  private Reading wholeItems() {
    if (index != null && projectedAttributes() != null) {
      throw new IllegalStateException(label() + " projects " + index.projection() + ", so its items are not"
          + " whole " + schema.entityClass().getSimpleName() + " entities; use keys(), hydrate() or rows(...)");
    }
    return new Reading(schema.typeName(), null, typedOrOwnKey());
  }

  /**
   * Accepts items of this entity's type, and items without a type attribute (written by other
   * code) whose primary key fits this entity's templates; the type filter lets both through.
   */
  private java.util.function.Predicate<Map<String, AttributeValue>> typedOrOwnKey() {
    return TypeFilter.typedOrOwnKey(schema, table.definition());
  }

  private Reading reading(Set<String> projection) {
    requireProjected(filterAttributes(), "filter");
    if (typeProjected()) {
      projection.add(table.definition().typeAttribute());
      projection.addAll(table.cursorAttributes(null));
      return new Reading(schema.typeName(), projection, typedOrOwnKey());
    }
    // KEYS_ONLY: the type attribute is not in the index; the entity's index key templates tell.
    projection.addAll(table.cursorAttributes(indexName()));
    return new Reading(null, projection, hasThisEntitysIndexKeys());
  }

  private Predicate<Map<String, AttributeValue>> hasThisEntitysIndexKeys() {
    List<KeyField> fields = new ArrayList<>();
    for (KeyField field : schema.keyFields()) {
      if (indexName().equals(field.indexName())) {
        fields.add(field);
      }
    }
    return item -> !fields.isEmpty() && fields.stream().allMatch(field -> {
      AttributeValue value = item.get(field.attributeName());
      return value != null && value.s() != null && field.template().match(value.s()).isPresent();
    });
  }

  private boolean typeProjected() {
    Set<String> projected = projectedAttributes();
    return projected == null || projected.contains(table.definition().typeAttribute());
  }

  private void requireProjected(Set<String> names, String what) {
    Set<String> projected = projectedAttributes();
    if (projected == null) {
      return;
    }
    List<String> missing = names.stream().filter(n -> !projected.contains(n)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(what + " reads " + missing + ", which " + label() + " does not project ("
          + index.projection() + " projects " + projected + "); query the table or an index with Projection.ALL");
    }
  }

  private List<T> map(List<Map<String, AttributeValue>> items) {
    return reader().readAllAs(schema, items);
  }
}
