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
   * Writes the item only if no item has its primary key ({@code PutItem} with the condition
   * expression {@code attribute_not_exists(PK)}).
   *
   * @throws InvalidKeyException before any request, if a primary key placeholder is {@code null}
   * @throws ItemAlreadyExistsException if an item with the key exists; nothing is written
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
          .build());
    } catch (ConditionalCheckFailedException e) {
      throw new ItemAlreadyExistsException(entityName(), table.tableName(), key, e);
    }
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
    Expression ownType = Expression.builder()
        .expression("attribute_not_exists(#stPk) OR #stType = :stType")
        .putExpressionName("#stPk", table.definition().partitionKey())
        .putExpressionName("#stType", table.definition().typeAttribute())
        .putExpressionValue(":stType", AttributeValue.fromS(schema.typeName()))
        .build();
    try {
      return Optional.ofNullable(enhanced.deleteItem(DeleteItemEnhancedRequest.builder()
          .key(key.toEnhancedKey())
          .conditionExpression(ownType)
          .build()));
    } catch (ConditionalCheckFailedException e) {
      throw new IllegalArgumentException("Cannot delete " + entityName() + " at " + key + " in table "
          + table.tableName() + ": the item there is of another entity type; it was kept", e);
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
