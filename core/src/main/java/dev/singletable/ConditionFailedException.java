package dev.singletable;

import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A write's condition expression was false, so DynamoDB left the item unchanged.
 */
public class ConditionFailedException extends SingletableException {

  private static final long serialVersionUID = 1L;

  private final PrimaryKey key;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming entity and key
   * @param key the primary key of the item written
   * @param cause DynamoDB's exception
   */
  public ConditionFailedException(String message, PrimaryKey key, ConditionalCheckFailedException cause) {
    super(message, cause);
    this.key = key;
  }

  /** Returns the primary key of the item the write targeted. */
  public PrimaryKey key() {
    return key;
  }
}
