package dev.singletable;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A write <b>took effect</b>, but the item DynamoDB returned with it (the new item of an update,
 * the deleted item of a delete) cannot be read as the entity: typically an item other code wrote
 * in another shape. Do not retry the write: it is done. {@link #item()} holds the returned item
 * as DynamoDB sent it, and the cause ({@link MalformedItemException}) says what could not be read.
 */
public class WriteAppliedException extends SingletableException {

  private static final long serialVersionUID = 1L;

  private final PrimaryKey key;
  private final transient Map<String, AttributeValue> item;

  /**
   * Creates the exception.
   *
   * @param operation the write, such as {@code delete} or {@code update}
   * @param entity the entity class's simple name
   * @param key the primary key written
   * @param item the item DynamoDB returned
   * @param cause why it cannot be read
   */
  public WriteAppliedException(String operation, String entity, PrimaryKey key, Map<String, AttributeValue> item,
      MalformedItemException cause) {
    super("The " + operation + " of " + entity + " at " + key + " took effect, but the item it returned cannot be"
        + " read: " + cause.getMessage() + ". Do not retry the write; the raw item is in item()", cause);
    this.key = key;
    this.item = item == null ? Map.of() : Map.copyOf(item);
  }

  /** Returns the primary key written. */
  public PrimaryKey key() {
    return key;
  }

  /** Returns the item DynamoDB returned, as it sent it. */
  public Map<String, AttributeValue> item() {
    return item;
  }
}
