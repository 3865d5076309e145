package dev.singletable;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A write's condition expression was false, so DynamoDB left the item unchanged. Carries the
 * item as it is now when DynamoDB returned it ({@code ReturnValuesOnConditionCheckFailure =
 * ALL_OLD}, which singletable always asks for).
 */
public class ConditionFailedException extends SingletableException {

  private static final long serialVersionUID = 1L;

  private final PrimaryKey key;
  private final transient Object currentItem;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming entity and key
   * @param key the primary key of the item written
   * @param currentItem the item as it is now, read into its entity class, or {@code null}
   * @param cause DynamoDB's exception
   */
  public ConditionFailedException(String message, PrimaryKey key, Object currentItem,
      ConditionalCheckFailedException cause) {
    super(message, cause);
    this.key = key;
    this.currentItem = currentItem;
  }

  /** Returns the primary key of the item the write targeted. */
  public PrimaryKey key() {
    return key;
  }

  /**
   * Returns the item as it is now, if DynamoDB returned it and it is a {@code type}: for example
   * the order whose status was not the expected one.
   */
  public <T> Optional<T> currentItem(Class<T> type) {
    return type.isInstance(currentItem) ? Optional.of(type.cast(currentItem)) : Optional.empty();
  }

  /** Returns the item's attributes as DynamoDB returned them, or an empty map if there is no item. */
  public Map<String, AttributeValue> currentValues() {
    Throwable cause = getCause();
    if (cause instanceof ConditionalCheckFailedException failed && failed.hasItem()) {
      return failed.item();
    }
    return Map.of();
  }
}
