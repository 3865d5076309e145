package dev.singletable;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Turns a failed condition of a write into the exception that says why it failed. */
final class WriteFailures {

  private WriteFailures() {}

  /**
   * Returns the exception for a failed conditional write: {@link ItemNotFoundException} when a
   * patch found no item, {@link IllegalArgumentException} when the item at the key is of another
   * entity (it was kept), else {@link ConditionFailedException} with the current item.
   */
  static RuntimeException conditionFailed(TableContext table, EntitySchema<?> schema, PrimaryKey key,
      ConditionalCheckFailedException e, String operation) {
    String entity = schema.entityClass().getSimpleName();
    Map<String, AttributeValue> current = e.hasItem() ? e.item() : Map.of();
    if (current.isEmpty()) {
      if (operation.equals("patch")) {
        return new ItemNotFoundException(entity, table.tableName(), key, e);
      }
      return new ConditionFailedException("Cannot " + operation + " " + entity + " in table " + table.tableName()
          + ": its condition does not hold (there is no item at " + key + ")", key, null, e);
    }
    EntitySchema<?> found = ItemReader.schemaOf(current, table.definition());
    if (found != schema) {
      AttributeValue type = current.get(table.definition().typeAttribute());
      return new IllegalArgumentException("Cannot " + operation + " " + entity + " at " + key + " in table "
          + table.tableName() + ": the item there is "
          + (found == null ? "of type " + (type == null ? "(none)" : type.s()) : "a " + found.entityClass().getSimpleName())
          + "; it was kept", e);
    }
    Object item = schema.tableSchema().mapToItem(current);
    return new ConditionFailedException("Cannot " + operation + " " + entity + " in table " + table.tableName()
        + ": its condition does not hold for the item at " + key + ", which is now " + item, key, item, e);
  }
}
