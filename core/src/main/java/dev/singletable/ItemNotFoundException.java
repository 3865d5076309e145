package dev.singletable;

import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * An {@link Update#patch() patch} found no item at its key, so nothing was written.
 */
public class ItemNotFoundException extends ConditionFailedException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param entity the entity class's simple name
   * @param tableName the physical table name
   * @param key the primary key that has no item
   * @param cause DynamoDB's exception
   */
  public ItemNotFoundException(String entity, String tableName, PrimaryKey key, ConditionalCheckFailedException cause) {
    super("Cannot patch " + entity + " in table " + tableName + ": no item has " + key, key, null, cause);
  }

  /**
   * Creates the exception for a patch inside a transaction.
   *
   * @param entity the entity class's simple name
   * @param tableName the physical table name
   * @param key the primary key that has no item
   * @param cause DynamoDB's exception
   */
  public ItemNotFoundException(String entity, String tableName, PrimaryKey key, Throwable cause) {
    super("Cannot patch " + entity + " in table " + tableName + ": no item has " + key, key, null,
        java.util.Map.of(), cause);
  }
}
