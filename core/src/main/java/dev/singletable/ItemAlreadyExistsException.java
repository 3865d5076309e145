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
}
