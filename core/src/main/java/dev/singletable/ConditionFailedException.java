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
  private final transient Map<String, AttributeValue> currentValues;

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
    this(message, key, currentItem, cause != null && cause.hasItem() ? cause.item() : Map.of(), cause);
  }

  /**
   * Creates the exception, for a condition that failed inside a transaction or whose current item
   * came from elsewhere.
   *
   * @param message what failed, naming entity and key
   * @param key the primary key of the item written
   * @param currentItem the item as it is now, read into its entity class, or {@code null} (no item,
   *     or one that cannot be read: see {@link #currentValues()})
   * @param currentValues the item's attributes as DynamoDB returned them; empty if there is no item
   * @param cause DynamoDB's exception
   */
  public ConditionFailedException(String message, PrimaryKey key, Object currentItem,
      Map<String, AttributeValue> currentValues, Throwable cause) {
    super(message, cause);
    this.key = key;
    this.currentItem = currentItem;
    this.currentValues = currentValues == null ? Map.of() : Map.copyOf(currentValues);
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

  /**
   * Returns the item's attributes as DynamoDB returned them, or an empty map if there is no item;
   * also when the item cannot be read as an entity.
   */
  public Map<String, AttributeValue> currentValues() {
    return currentValues;
  }
}
