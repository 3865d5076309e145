package dev.singletable.internal.write;

import dev.singletable.ConditionFailedException;
import dev.singletable.EntitySchema;
import dev.singletable.ItemAlreadyExistsException;
import dev.singletable.ItemNotFoundException;
import dev.singletable.MalformedItemException;
import dev.singletable.PrimaryKey;
import dev.singletable.internal.read.EntityMapping;
import dev.singletable.internal.read.ItemDispatch;
import dev.singletable.internal.table.TableContext;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Turns a failed condition of a write into the exception that says why it failed, alone or inside
 * a transaction. The current item is read leniently: an item that cannot be read as an entity
 * still gives the write's own outcome (the condition failed, nothing was written), with the raw
 * item in {@link ConditionFailedException#currentValues()}. <b>Not API.</b>
 */
public final class WriteFailures {

  private WriteFailures() {}

  /** Returns the exception for a single write's failed condition. */
  public static RuntimeException conditionFailed(TableContext table, WriteAction action, ConditionalCheckFailedException e) {
    return conditionFailed(table, action, e.hasItem() ? e.item() : Map.of(), e);
  }

  /**
   * Returns the exception for a failed condition: {@link ItemAlreadyExistsException} for a create,
   * {@link ItemNotFoundException} when a patch found no item, {@link IllegalArgumentException}
   * when the item at the key is of another entity (it was kept), else
   * {@link ConditionFailedException} with the current item.
   *
   * @param current the item as DynamoDB returned it with the failure; empty if there is none
   */
  public static RuntimeException conditionFailed(TableContext table, WriteAction action,
      Map<String, AttributeValue> current, Throwable cause) {
    EntitySchema<?> schema = action.schema();
    PrimaryKey key = action.key();
    String entity = schema.entityClass().getSimpleName();
    String operation = action.operation();
    if (operation.equals("create")) {
      return new ItemAlreadyExistsException(entity, table.tableName(), key, readAny(table, current), current, cause);
    }
    if (current.isEmpty()) {
      if (operation.equals("patch")) {
        return new ItemNotFoundException(entity, table.tableName(), key, cause);
      }
      return new ConditionFailedException("Cannot " + operation + " " + entity + " in table " + table.tableName()
          + ": its condition does not hold (there is no item at " + key + ")", key, null, Map.of(), cause);
    }
    ItemDispatch.Match found = new ItemDispatch(table.definition()).of(current);
    if (found.schema() != schema) {
      return new IllegalArgumentException("Cannot " + operation + " " + entity + " at " + key + " in table "
          + table.tableName() + ": the item there is " + (found.isKnown()
              ? "a " + found.schema().entityClass().getSimpleName() : "of no entity of the table (" + found.reason() + ")")
          + "; it was kept", cause);
    }
    try {
      Object item = EntityMapping.map(schema, current, table.definition());
      return new ConditionFailedException("Cannot " + operation + " " + entity + " in table " + table.tableName()
          + ": its condition does not hold for the item at " + key + ", which is now " + item, key, item, current, cause);
    } catch (MalformedItemException unreadable) {
      return new ConditionFailedException("Cannot " + operation + " " + entity + " in table " + table.tableName()
          + ": its condition does not hold for the item at " + key + ", which cannot be read as a " + entity + " ("
          + unreadable.getMessage() + "); its attributes are in currentValues()", key, null, current, cause);
    }
  }

  /** Reads an item as whatever entity it is, or {@code null} if it is of none or cannot be read. */
  private static Object readAny(TableContext table, Map<String, AttributeValue> item) {
    if (item.isEmpty()) {
      return null;
    }
    ItemDispatch.Match match = new ItemDispatch(table.definition()).of(item);
    if (!match.isKnown()) {
      return null;
    }
    try {
      return EntityMapping.map(match.schema(), item, table.definition());
    } catch (MalformedItemException unreadable) {
      return null;
    }
  }
}
