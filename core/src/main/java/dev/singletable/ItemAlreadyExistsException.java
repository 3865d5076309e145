package dev.singletable;

import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@link EntityTable#create} found an item at the key already (its
 * {@code attribute_not_exists} condition failed); nothing was written.
 */
public class ItemAlreadyExistsException extends ConditionFailedException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param entity the entity class's simple name
   * @param tableName the physical table name
   * @param key the primary key that is taken
   * @param currentItem the item at the key, read into its entity class, or {@code null}
   * @param cause DynamoDB's exception
   */
  public ItemAlreadyExistsException(String entity, String tableName, PrimaryKey key, Object currentItem,
      ConditionalCheckFailedException cause) {
    super("Cannot create " + entity + " in table " + tableName + ": an item with " + key + " already exists",
        key, currentItem, cause);
  }

  /**
   * Creates the exception, with the existing item's attributes as DynamoDB returned them (also when
   * they cannot be read as an entity).
   *
   * @param entity the entity class's simple name
   * @param tableName the physical table name
   * @param key the primary key that is taken
   * @param currentItem the item at the key, read into its entity class, or {@code null}
   * @param currentValues the item's attributes as DynamoDB returned them
   * @param cause DynamoDB's exception
   */
  public ItemAlreadyExistsException(String entity, String tableName, PrimaryKey key, Object currentItem,
      java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> currentValues,
      Throwable cause) {
    super("Cannot create " + entity + " in table " + tableName + ": an item with " + key + " already exists"
        + (currentItem == null && !currentValues.isEmpty() ? " (and cannot be read as an entity of the table)" : ""),
        key, currentItem, currentValues, cause);
  }
}
