package dev.singletable.internal.write;

import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.TableDefinition;
import dev.singletable.internal.cost.ItemSize;
import dev.singletable.internal.expression.ExpressionContext;
import dev.singletable.internal.expression.ExpressionPart;
import dev.singletable.internal.table.KeyFit;
import dev.singletable.internal.table.TableContext;
import dev.singletable.internal.write.WriteAction.CheckAction;
import dev.singletable.internal.write.WriteAction.DeleteAction;
import dev.singletable.internal.write.WriteAction.PutAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds the put, create, delete and check actions of one entity's items, with every condition a
 * write of singletable carries: the caller's, {@code attribute_not_exists} for a create, and the
 * type guard that keeps a write of one entity from deleting or checking another entity's item.
 * Updates are built by {@link UpdateRequestWriter}. The same action is sent alone or in a
 * transaction, so both behave alike. <b>Not API.</b>
 */
public final class WriteActions {

  private WriteActions() {}

  /**
   * Returns the attributes a put of {@code item} writes, in single puts, transactions and batches
   * alike: what the entity's schema writes (keys, type attribute, properties), checked and
   * cleaned by {@link PutValues} (empty sets left out, values DynamoDB refuses named), with the
   * values singletable writes itself: {@code @UpdatedAt} now, {@code @CreatedAt} now unless the
   * item carries one, and the {@code @Version} the item carries plus one. Callers first take the
   * item's key with {@link EntitySchema#primaryKey}, which refuses a {@code null} primary key
   * placeholder naming every one.
   *
   * @throws IllegalArgumentException naming the entity and attribute of a value DynamoDB refuses
   * @throws dev.singletable.ItemTooLargeException if the item is over DynamoDB's 400 KB
   */
  public static <T> Map<String, AttributeValue> itemMap(TableContext table, EntitySchema<T> schema, T item) {
    return stamped(table, schema, item, null);
  }

  /**
   * What {@link #itemMap} writes, with the {@code @Version} {@code version}, or the carried one
   * plus one when {@code null}; checked against DynamoDB's 400 KB for every put, create and batch.
   */
  private static <T> Map<String, AttributeValue> stamped(TableContext table, EntitySchema<T> schema, T item,
      Long version) {
    Map<String, AttributeValue> map = PutValues.of(schema, item);
    map = ManagedValues.stamp(schema, map, now(table),
        version != null ? version : ManagedValues.carriedVersion(schema, map) + 1);
    ItemSize.requireWithinLimit(table.definition(), schema, map);
    return map;
  }

  /**
   * Returns what a batch put of {@code item} writes: {@link #itemMap}, timestamps included. A
   * batch write carries no condition, so it cannot check a {@code @Version}: versioned entities
   * are refused (as the enhanced client's versioned record extension refuses them in batches),
   * since an unchecked write would lose a concurrent writer's change. Callers first take the key
   * with {@link EntitySchema#primaryKey}, as for {@link #itemMap}.
   *
   * @throws IllegalArgumentException if the entity has a {@code @Version}, naming it
   */
  public static <T> Map<String, AttributeValue> batchItem(TableContext table, EntitySchema<T> schema, T item) {
    schema.versionAttribute().ifPresent(version -> {
      throw new IllegalArgumentException("Cannot batch-write " + schema.entityClass().getSimpleName() + " at "
          + schema.primaryKey(item) + ": its @Version " + version + " needs a condition, which BatchWriteItem cannot"
          + " carry. Write versioned items with put, create or transactWrite (up to 100 per transaction)");
    });
    return itemMap(table, schema, item);
  }

  /**
   * A {@code PutItem} of {@code item}, replacing any item at its key, if {@code condition}
   * ({@code null}: none) holds and, for a versioned entity, the stored version is the one the item
   * carries.
   */
  public static <T> PutAction put(TableContext table, EntitySchema<T> schema, T item, ExpressionPart condition) {
    PrimaryKey key = schema.primaryKey(item);
    Map<String, AttributeValue> map = itemMap(table, schema, item);
    ExpressionContext context = new ExpressionContext(table.definition());
    List<String> parts = new ArrayList<>();
    Long expected = null;
    if (schema.versionAttribute().isPresent()) {
      expected = ManagedValues.carriedVersion(schema, map) - 1; // itemMap wrote the carried version plus one
      parts.add(ManagedValues.versionCondition(schema, expected, context));
    }
    if (condition != null) {
      parts.add(condition.render(context));
    }
    String text = parts.isEmpty() ? null : ExpressionContext.and(parts);
    return new PutAction(schema, key, "put", map, text, context.names(), context.values(), expected);
  }

  /**
   * A {@code PutItem} of {@code item} only if no item has its key ({@code attribute_not_exists});
   * a versioned entity's item is written with version 1.
   */
  public static <T> PutAction create(TableContext table, EntitySchema<T> schema, T item) {
    PrimaryKey key = schema.primaryKey(item);
    Map<String, AttributeValue> map = stamped(table, schema, item, 1L);
    ExpressionContext context = new ExpressionContext(table.definition());
    String text = "attribute_not_exists(" + context.name(table.definition().partitionKey()) + ")";
    return new PutAction(schema, key, "create", map, text, context.names(), context.values(), null);
  }

  /**
   * A {@code DeleteItem} of the item at {@code item}'s key if it is of this entity, {@code
   * condition} holds and, for a versioned entity, the stored version is the one the item carries.
   */
  public static <T> DeleteAction deleteItem(TableContext table, EntitySchema<T> schema, T item,
      ExpressionPart condition) {
    PrimaryKey key = schema.primaryKey(item);
    if (schema.versionAttribute().isEmpty()) {
      return delete(table, schema, key, condition);
    }
    long expected = ManagedValues.carriedVersion(schema, schema.tableSchema().itemToMap(item,
        List.of(schema.versionAttribute().get())));
    ExpressionContext context = new ExpressionContext(table.definition());
    String version = ManagedValues.versionCondition(schema, expected, context);
    String text = guarded(table.definition(), schema, context, condition == null ? c -> version
        : c -> ExpressionContext.and(List.of(version, condition.render(c))));
    return new DeleteAction(schema, key, "delete", text, context.names(), context.values(), expected);
  }

  /**
   * A {@code DeleteItem} of the item at {@code key} if it is of this entity and {@code condition} holds.
   *
   * @throws IllegalArgumentException before any request, if {@code key} is not one of this entity's
   */
  public static DeleteAction delete(TableContext table, EntitySchema<?> schema, PrimaryKey key, ExpressionPart condition) {
    KeyFit.requireOwn(table.definition(), schema, key, "table " + table.tableName());
    ExpressionContext context = new ExpressionContext(table.definition());
    String text = guarded(table.definition(), schema, context, condition);
    return new DeleteAction(schema, key, "delete", text, context.names(), context.values(), null);
  }

  /**
   * A transaction's condition check of the item at {@code key}: of this entity (or absent), and
   * {@code condition} holds.
   *
   * @throws IllegalArgumentException before any request, if {@code key} is not one of this entity's
   */
  public static CheckAction check(TableContext table, EntitySchema<?> schema, PrimaryKey key, ExpressionPart condition) {
    KeyFit.requireOwn(table.definition(), schema, key, "table " + table.tableName());
    ExpressionContext context = new ExpressionContext(table.definition());
    String text = guarded(table.definition(), schema, context, condition);
    return new CheckAction(schema, key, text, context.names(), context.values());
  }

  /** Returns the table clock's now, which timestamps record. */
  private static java.time.Instant now(TableContext table) {
    return table.options().clock().instant();
  }

  /**
   * Returns the condition that the item at the key is absent or of this entity (by its type
   * attribute; an item without one, written by other code, is this entity's by its key), AND
   * {@code condition}.
   */
  static String guarded(TableDefinition definition, EntitySchema<?> schema, ExpressionContext context,
      ExpressionPart condition) {
    List<String> parts = new ArrayList<>();
    parts.add(ownType(definition, schema, context, false));
    if (condition != null) {
      parts.add(condition.render(context));
    }
    return ExpressionContext.and(parts);
  }

  /**
   * Returns {@code type = :t OR attribute_not_exists(type)}, which also holds where there is no
   * item; with {@code mustExist}, {@code attribute_exists(PK) AND (type = :t OR attribute_not_exists(type))}.
   */
  static String ownType(TableDefinition definition, EntitySchema<?> schema, ExpressionContext context,
      boolean mustExist) {
    String type = context.name(definition.typeAttribute());
    String typed = type + " = " + context.value(AttributeValue.fromS(schema.typeName())) + " OR attribute_not_exists("
        + type + ")";
    return mustExist ? "attribute_exists(" + context.name(definition.partitionKey()) + ") AND (" + typed + ")" : typed;
  }
}
