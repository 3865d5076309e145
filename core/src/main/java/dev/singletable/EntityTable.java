package dev.singletable;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.DeleteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * The items of one entity type in a {@link SingleTable}: put, create, get, delete and query them
 * as typed objects. Obtained with {@link SingleTable#entity(Class)}.
 *
 * <p>Writes go through the enhanced client with the entity's generated {@link EntitySchema}, so
 * every write renders the key attributes from the item's properties: table keys, index keys (left
 * out when a placeholder is {@code null}, which keeps the item out of that sparse index) and the
 * type attribute. Reads check the type attribute, so a key of another entity never comes back as
 * this one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the entity class
 */
public final class EntityTable<T> {

  private final TableContext table;
  private final EntitySchema<T> schema;
  private final DynamoDbTable<T> enhanced;

  EntityTable(TableContext table, EntitySchema<T> schema) {
    this.table = table;
    this.schema = schema;
    this.enhanced = table.enhancedClient().table(table.tableName(), schema.tableSchema());
  }

  /** Returns the entity's generated schema. */
  public EntitySchema<T> schema() {
    return schema;
  }

  /**
   * Writes the item, replacing any item with the same primary key ({@code PutItem}).
   *
   * @throws InvalidKeyException before any request, if a primary key placeholder is {@code null}
   */
  public void put(T item) {
    schema.primaryKey(item);
    enhanced.putItem(item);
  }

  /**
   * Writes the item if {@code condition} holds for the item now at its key ({@code PutItem} with a
   * condition expression; an absent item has no attributes).
   *
   * @throws InvalidKeyException before any request, if a primary key placeholder is {@code null}
   * @throws ConditionFailedException if the condition does not hold; nothing is written, and the
   *     exception carries the current item
   */
  public void put(T item, Condition<T> condition) {
    PrimaryKey key = schema.primaryKey(item);
    ExpressionContext context = new ExpressionContext(table.definition());
    String text = condition.render(context);
    try {
      enhanced.putItem(PutItemEnhancedRequest.builder(schema.entityClass())
          .item(item)
          .conditionExpression(context.expression(text))
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
          .build());
    } catch (ConditionalCheckFailedException e) {
      throw WriteFailures.conditionFailed(table, schema, key, e, "put");
    }
  }

  /**
   * Writes the item only if no item has its primary key ({@code PutItem} with the condition
   * expression {@code attribute_not_exists(PK)}).
   *
   * @throws InvalidKeyException before any request, if a primary key placeholder is {@code null}
   * @throws ItemAlreadyExistsException if an item with the key exists; nothing is written, and the
   *     exception carries the existing item
   */
  public void create(T item) {
    PrimaryKey key = schema.primaryKey(item);
    Expression notExists = Expression.builder()
        .expression("attribute_not_exists(#stPk)")
        .putExpressionName("#stPk", table.definition().partitionKey())
        .build();
    try {
      enhanced.putItem(PutItemEnhancedRequest.builder(schema.entityClass())
          .item(item)
          .conditionExpression(notExists)
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
          .build());
    } catch (ConditionalCheckFailedException e) {
      Object existing = e.hasItem() ? ItemReader.read(e.item(), table.definition()) : null;
      throw new ItemAlreadyExistsException(entityName(), table.tableName(), key, existing, e);
    }
  }

  /**
   * Starts an update of the item with this primary key: typed changes that keep every index key
   * true. See {@link Update}.
   *
   * @throws IllegalArgumentException if the key is not a key of this entity (its values do not fit
   *     the entity's primary key templates)
   */
  public Update<T> update(PrimaryKey key) {
    return new Update<>(table, schema, key);
  }

  /**
   * Reads the item with this primary key ({@code GetItem}, eventually consistent).
   *
   * @return the item, or empty if there is none
   * @throws IllegalArgumentException if the item at the key is of another entity type
   */
  public Optional<T> get(PrimaryKey key) {
    return get(key, false);
  }

  /**
   * Reads the item with this primary key with strong consistency ({@code ConsistentRead = true},
   * twice the RCU of {@link #get(PrimaryKey)}).
   *
   * @return the item, or empty if there is none
   * @throws IllegalArgumentException if the item at the key is of another entity type
   */
  public Optional<T> getConsistent(PrimaryKey key) {
    return get(key, true);
  }

  private Optional<T> get(PrimaryKey key, boolean consistent) {
    GetItemResponse response = table.client().getItem(r -> r
        .tableName(table.tableName())
        .key(key.toAttributeMap())
        .consistentRead(consistent));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(read(response.item(), key));
  }

  /**
   * Deletes the item with this primary key, if it is of this entity type ({@code DeleteItem} with
   * a condition on the type attribute, so a key of another entity never deletes that item).
   *
   * @return the deleted item, or empty if there was none
   * @throws IllegalArgumentException if the item at the key is of another entity type; it is kept
   */
  public Optional<T> delete(PrimaryKey key) {
    return delete(key, null);
  }

  /**
   * Deletes the item with this primary key if it is of this entity type and {@code condition}
   * holds for it. With no item at the key, the condition is evaluated on an item without
   * attributes: {@code attributeNotExists} holds, comparisons do not.
   *
   * @return the deleted item, or empty if there was none and the condition held
   * @throws IllegalArgumentException if the item at the key is of another entity type; it is kept
   * @throws ConditionFailedException if the condition does not hold; the item is kept, and the
   *     exception carries it
   */
  public Optional<T> delete(PrimaryKey key, Condition<T> condition) {
    ExpressionContext context = new ExpressionContext(table.definition());
    String pk = context.name(table.definition().partitionKey());
    String ownType = "attribute_not_exists(" + pk + ") OR " + context.name(table.definition().typeAttribute())
        + " = " + context.value(AttributeValue.fromS(schema.typeName()));
    String text = condition == null ? ownType
        : ExpressionContext.and(java.util.List.of(ownType, condition.render(context)));
    try {
      return Optional.ofNullable(enhanced.deleteItem(DeleteItemEnhancedRequest.builder()
          .key(key.toEnhancedKey())
          .conditionExpression(context.expression(text))
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
          .build()));
    } catch (ConditionalCheckFailedException e) {
      throw WriteFailures.conditionFailed(table, schema, key, e, "delete");
    }
  }

  /**
   * Starts a query of this entity's items under a partition key; the key's index (table, GSI or
   * LSI) is the one queried.
   *
   * @throws IllegalArgumentException if the key's index is not an index of the table or its
   *     attribute is not that index's partition key
   */
  public EntityQuery<T> query(PartitionKey partitionKey) {
    return new EntityQuery<>(table, schema, partitionKey);
  }

  /** Returns the enhanced client's table for this entity, on the same physical table. */
  public DynamoDbTable<T> enhanced() {
    return enhanced;
  }

  private T read(Map<String, AttributeValue> item, PrimaryKey key) {
    EntitySchema<?> found = ItemReader.schemaOf(item, table.definition());
    if (found != schema) {
      AttributeValue type = item.get(table.definition().typeAttribute());
      throw new IllegalArgumentException("The item at " + key + " in table " + table.tableName() + " is "
          + (found == null ? "of type " + (type == null ? "(none)" : type.s()) : "a " + found.entityClass().getSimpleName())
          + ", not a " + entityName());
    }
    return schema.tableSchema().mapToItem(item);
  }

  private String entityName() {
    return schema.entityClass().getSimpleName();
  }
}
