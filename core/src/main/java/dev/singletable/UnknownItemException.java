package dev.singletable;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item belongs to no entity of the table: its type attribute names no entity, or it has no
 * type attribute and its key fits no entity's key templates. Thrown by reads whose
 * {@link ReadPolicy} for unknown items is {@link ReadPolicy#FAIL}; by default such items are kept
 * raw in {@link Items#unrecognized()}.
 */
public class UnknownItemException extends SingletableException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Map<String, AttributeValue> item;

  /**
   * Creates the exception.
   *
   * @param message what the item is, naming its key and type
   * @param key the item's key as text ({@code PK=..., SK=...})
   * @param item the item as DynamoDB returned it
   */
  public UnknownItemException(String message, String key, Map<String, AttributeValue> item) {
    super(message, null);
    this.key = key;
    this.item = item == null ? Map.of() : Map.copyOf(item);
  }

  /** Returns the item's key as text. */
  public String key() {
    return key;
  }

  /** Returns the item as DynamoDB returned it. */
  public Map<String, AttributeValue> item() {
    return item;
  }
}
