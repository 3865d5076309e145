package dev.singletable.internal;

import dev.singletable.TableDefinition;
import dev.singletable.UnknownItemException;
import dev.singletable.internal.read.AttributeText;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The exceptions of generated {@code TVisitor} interfaces. <b>Not API.</b> */
public final class ItemVisits {

  private ItemVisits() {}

  /** The exception of a visitor that does not override {@code visitUnrecognized} and met a raw item. */
  public static UnknownItemException unrecognized(Map<String, AttributeValue> item, TableDefinition definition,
      String visitor) {
    String key = AttributeText.key(item, definition.partitionKey(), definition.sortKey());
    return new UnknownItemException("The item at " + key + " is of no entity of the table"
        + " and was kept raw (ReadPolicy.KEEP_RAW); " + visitor + " does not override visitUnrecognized. Override it,"
        + " or read with onUnknownItems(ReadPolicy.SKIP) to leave such items out", key, item);
  }

  /** The exception of a visitor given an object of no entity of its table. */
  public static IllegalArgumentException notAnEntity(Object item, String visitor) {
    return new IllegalArgumentException(visitor + " cannot visit " + (item == null ? "null"
        : "a " + item.getClass().getName()) + ": it is no entity of its table");
  }
}
