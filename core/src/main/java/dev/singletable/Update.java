package dev.singletable;

import dev.singletable.internal.expression.ExpressionPart;
import dev.singletable.internal.table.TableContext;
import dev.singletable.internal.write.AddRanges;
import dev.singletable.internal.write.ChangePaths;
import dev.singletable.internal.write.IndexKeyPlanner;
import dev.singletable.internal.write.UpdateChecks;
import dev.singletable.internal.write.ParentPaths;
import dev.singletable.internal.write.UpdateRequestWriter;
import dev.singletable.internal.write.UpdateSpec;
import dev.singletable.internal.write.WriteAction;
import dev.singletable.internal.write.WriteExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An {@code UpdateItem} of one entity's item, made by {@link EntityTable#update(PrimaryKey)}:
 * typed attribute changes that keep every index key true, an optional condition, and the new item
 * back ({@code ReturnValues = ALL_NEW}).
 *
 * <pre>{@code
 * Order shipped = orders.update(OrderKeys.key("u1", date, "o1"))
 *     .set(OrderUpdate.status(OrderStatus.SHIPPED))      // GSI1 keys STATUS#... follow
 *     .condition(Condition.eq(OrderAttributes.STATUS, OrderStatus.PENDING))
 *     .patch()                                           // only if the order exists
 *     .execute();
 * }</pre>
 *
 * <p><b>Index keys stay true.</b> When a change touches a placeholder of an index key template,
 * that index's key attributes are rendered again in the same request, from the new values, the
 * primary key (parsed back from its rendered form) and values given with {@link #with}. A
 * {@code null} placeholder removes the index's key attributes, so the item leaves a sparse index.
 * If a placeholder is known from none of these, {@link #execute()} fails before any request,
 * naming the key, its template and every missing placeholder. Primary key placeholders cannot
 * change (keys are immutable in DynamoDB): put a new item and delete the old one instead.
 *
 * <p><b>Nested documents.</b> A handle of a document member or list element
 * ({@code OrderAttributes.SHIPPING_ADDRESS.city()}, {@code LINE_ITEMS.at(2).quantity()}) sets,
 * removes or appends at its document path. DynamoDB does not create the maps and lists on the
 * way: the update requires (by a condition) that the map or list holding the path exists, and a
 * list element set by index must exist too (DynamoDB would otherwise append it); if not,
 * {@link #execute()} throws {@link ConditionFailedException} naming the missing paths. Two
 * changes of overlapping paths ({@code shippingAddress} and {@code shippingAddress.city}) are
 * refused, as DynamoDB refuses them; {@code ADD} and {@code DELETE} take top-level attributes
 * only.
 *
 * <p><b>Upsert or patch.</b> By default an update creates the item if it is absent, as DynamoDB
 * does ({@link #upsert()}); {@link #patch()} updates only an existing item. Either way the item
 * keeps the entity's type attribute and primary key properties, and an item of another entity at
 * the key is never changed.
 *
 * <p><b>Versions and timestamps.</b> An update of an entity with a {@code @Version} adds one to
 * it, and checks it when {@link #expectVersion} says which version the item must have (a
 * mismatch is a {@link VersionConflictException}); {@code @UpdatedAt} becomes now and
 * {@code @CreatedAt} is set only if the item has none ({@code if_not_exists}). These attributes
 * cannot be changed directly.
 *
 * <p>Not thread-safe; build and execute on one thread.
 *
 * @param <T> the entity class
 */
public final class Update<T> {

  private final TableContext table;
  private final EntitySchema<T> schema;
  private final PrimaryKey key;
  private final Map<String, String> primaryValues;
  private final UpdateChecks checks;
  private final Map<String, Attribute<?, ?>> touched = new LinkedHashMap<>();
  private final Map<String, Object> sets = new LinkedHashMap<>();
  private final Map<String, Object> adds = new LinkedHashMap<>();
  private final Map<String, List<?>> appends = new LinkedHashMap<>();
  private final Map<String, Set<?>> deletes = new LinkedHashMap<>();
  private final Map<String, Attribute<?, ?>> suppliedAttributes = new LinkedHashMap<>();
  private final Map<String, Object> supplied = new LinkedHashMap<>();
  private final List<Condition<T>> conditions = new ArrayList<>();
  private boolean patch;
  private Long expectedVersion;

  Update(TableContext table, EntitySchema<T> schema, PrimaryKey key) {
    this.table = table;
    this.schema = schema;
    this.key = Objects.requireNonNull(key, "key");
    this.primaryValues = new IndexKeyPlanner(schema, table.definition()).primaryValues(key);
    this.checks = new UpdateChecks(table, schema, key, primaryValues);
  }

  /**
   * Sets attributes to values; a {@code null} value removes the attribute, and so does an empty
   * set (DynamoDB has no empty sets; a put leaves an empty set out the same way). Generated setters
   * make assignments: {@code set(OrderUpdate.status(SHIPPED), OrderUpdate.flaggedAt(null))}.
   *
   * @throws IllegalArgumentException if an attribute is a primary key placeholder, is of another
   *     entity, or is already changed by this update
   */
  @SafeVarargs
  public final Update<T> set(Assignment<T>... assignments) {
    for (Assignment<T> assignment : assignments) {
      Object value = assignment.value();
      if (value instanceof Set<?> set && set.isEmpty()) {
        value = null; // DynamoDB has no empty sets: stored as no attribute, as a put of an empty set is
      }
      touch(assignment.attribute(), value == null ? "set to null" : "set");
      sets.put(key(assignment.attribute()), value);
    }
    return this;
  }

  /** Sets every assignment of a collection, such as changes collected by the caller. See {@link #set(Assignment[])}. */
  public Update<T> setAll(java.util.Collection<Assignment<T>> assignments) {
    assignments.forEach(this::set);
    return this;
  }

  /** Sets one attribute; {@code null} removes it. See {@link #set(Assignment[])}. */
  public <V> Update<T> set(Attribute<T, V> attribute, V value) {
    return set(attribute.set(value));
  }

  /** Removes attributes ({@code REMOVE}). See {@link #set(Assignment[])} for the checks. */
  @SafeVarargs
  public final Update<T> remove(Attribute<T, ?>... attributes) {
    for (Attribute<T, ?> attribute : attributes) {
      touch(attribute, "remove");
      sets.put(key(attribute), null);
    }
    return this;
  }

  /**
   * Adds {@code delta} to a number atomically ({@code ADD}; an absent attribute counts as 0): a
   * counter or a numeric delta. On an {@code int}, {@code long}, {@code short} or {@code byte}
   * property the update also requires that the sum fits the Java type (DynamoDB itself would store
   * it, and every later read of the item would fail); if it would not, {@link #execute()} writes
   * nothing and throws {@link ConditionFailedException} saying so.
   *
   * @throws IllegalArgumentException also if the attribute is a placeholder of an index key, whose
   *     new value would be unknown before the request, or a document member (DynamoDB adds to
   *     top-level attributes only)
   */
  public <V extends Number> Update<T> add(NumberAttribute<T, V> attribute, V delta) {
    ChangePaths.refuseNested(attribute, "ADD");
    touch(attribute, "add");
    ChangePaths.refusePlaceholder(schema, attribute, "add to");
    adds.put(key(attribute), Objects.requireNonNull(delta, "delta"));
    return this;
  }

  /** Adds elements to a top-level set attribute ({@code ADD}); absent, it is created. */
  public <E> Update<T> add(SetAttribute<T, E> attribute, Set<E> elements) {
    ChangePaths.refuseNested(attribute, "ADD");
    touch(attribute, "add");
    adds.put(key(attribute), UpdateChecks.nonEmpty(attribute, elements));
    return this;
  }

  /** Appends elements to the end of a list attribute ({@code list_append}); absent, it is created. */
  public <E> Update<T> append(ListAttribute<T, E> attribute, List<E> elements) {
    touch(attribute, "append");
    // Not List.copyOf: a list may hold null elements, which are written as NUL.
    appends.put(key(attribute), java.util.Collections.unmodifiableList(
        new ArrayList<>(Objects.requireNonNull(elements, "elements"))));
    return this;
  }

  /** Deletes elements from a top-level set attribute ({@code DELETE}). */
  public <E> Update<T> delete(SetAttribute<T, E> attribute, Set<E> elements) {
    ChangePaths.refuseNested(attribute, "DELETE");
    touch(attribute, "delete");
    deletes.put(key(attribute), UpdateChecks.nonEmpty(attribute, elements));
    return this;
  }

  /**
   * Gives the current value of an attribute that an index key needs but this update does not
   * change. The update then also requires (by a condition expression) that the stored value is
   * still {@code currentValue} ({@code null}: absent), so a stale value can never be written into
   * a key; if it is not, {@link #execute()} throws {@link ConditionFailedException}.
   */
  public <V> Update<T> with(Attribute<T, V> attribute, V currentValue) {
    checks.supplied(attribute, currentValue);
    suppliedAttributes.put(attribute.name(), attribute);
    supplied.put(attribute.name(), currentValue);
    return this;
  }

  /** Adds a condition the item must meet ({@code ConditionExpression}); several are joined by AND. */
  public Update<T> condition(Condition<T> condition) {
    conditions.add(Objects.requireNonNull(condition, "condition"));
    return this;
  }

  /**
   * Requires the item's {@code @Version} to be {@code version} (optimistic locking): the version
   * of the item as it was read. 0 requires an item without a version (or no item). Every update
   * of a versioned entity adds one to the version, with or without this check.
   *
   * @throws IllegalStateException if the entity has no {@code @Version} property
   * @throws IllegalArgumentException if {@code version} is negative
   */
  public Update<T> expectVersion(long version) {
    checks.expectedVersion(version);
    this.expectedVersion = version;
    return this;
  }

  /** Updates only an existing item; if there is none, {@link #execute()} throws {@link ItemNotFoundException}. */
  public Update<T> patch() {
    this.patch = true;
    return this;
  }

  /** Creates the item if it is absent (the default): its type and primary key properties are set. */
  public Update<T> upsert() {
    this.patch = false;
    return this;
  }

  /**
   * Sends the {@code UpdateItem} and returns the item as it is after the update.
   *
   * @throws InvalidKeyException before any request, if an index key the update affects has a
   *     placeholder whose value is unknown
   * @throws IllegalArgumentException before any request, if the update changes nothing; or if the
   *     item at the key is of another entity (it is kept)
   * @throws ItemNotFoundException for a {@link #patch()} of a missing item
   * @throws VersionConflictException if the item's version is not the one {@link #expectVersion} gave
   * @throws ConditionFailedException if a condition or a {@link #with} value does not hold, or
   *     the item lacks the map or list a nested change needs (the message names it); it carries
   *     the item as it is now
   */
  public T execute() {
    UpdateSpec spec = spec();
    WriteAction action = action(spec);
    Map<String, AttributeValue> result;
    try {
      result = WriteExecutor.send(table, action);
    } catch (ItemNotFoundException e) {
      throw e;
    } catch (ConditionFailedException e) {
      throw ParentPaths.explain(spec, AddRanges.explain(schema, adds, e));
    }
    return WriteExecutor.readResult(table, action, schema.entityClass(), result);
  }

  /**
   * Returns the {@code UpdateItem} this update sends, checked: for {@link #execute()} and for
   * transactions.
   */
  WriteAction action() {
    return action(spec());
  }

  private WriteAction action(UpdateSpec spec) {
    return new UpdateRequestWriter(table, schema, key, primaryValues, spec).action();
  }

  private UpdateSpec spec() {
    if (touched.isEmpty()) {
      throw new IllegalArgumentException("Update of " + entityName() + " at " + key + " changes nothing");
    }
    List<ExpressionPart> parts = new ArrayList<>();
    conditions.forEach(c -> parts.add(c.part()));
    return new UpdateSpec(new LinkedHashMap<>(touched), sets, adds, appends, deletes,
        new LinkedHashMap<>(suppliedAttributes), supplied, parts, patch, expectedVersion);
  }

  /** Returns the table this update writes, for transactions. */
  TableContext table() {
    return table;
  }

  /** Returns the entity schema this update writes. */
  EntitySchema<T> schema() {
    return schema;
  }

  private void touch(Attribute<T, ?> attribute, String operation) {
    checks.change(attribute, operation, touched.values());
    touched.put(key(attribute), attribute);
  }

  private static String key(Attribute<?, ?> attribute) {
    return ChangePaths.key(attribute);
  }

  private String entityName() {
    return schema.entityClass().getSimpleName();
  }
}
