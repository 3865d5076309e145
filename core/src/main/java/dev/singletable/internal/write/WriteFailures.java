package dev.singletable.internal.write;

import dev.singletable.ConditionFailedException;
import dev.singletable.EntitySchema;
import dev.singletable.ItemAlreadyExistsException;
import dev.singletable.ItemNotFoundException;
import dev.singletable.MalformedItemException;
import dev.singletable.PrimaryKey;
import dev.singletable.VersionConflictException;
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
   * when the item at the key is of another entity (it was kept), {@link VersionConflictException}
   * when the stored {@code @Version} is not the one the write expected, else
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
    if (current.isEmpty() && operation.equals("patch")) {
      return new ItemNotFoundException(entity, table.tableName(), key, cause);
    }
    ItemDispatch.Match found = current.isEmpty() ? null : new ItemDispatch(table.definition()).of(current);
    if (found != null && found.schema() != schema) {
      return new IllegalArgumentException("Cannot " + operation + " " + entity + " at " + key + " in table "
          + table.tableName() + ": the item there is " + (found.isKnown()
              ? "a " + found.schema().entityClass().getSimpleName() : "of no entity of the table (" + found.reason() + ")")
          + "; it was kept", cause);
    }
    Long expected = action.expectedVersion();
    Long stored = ManagedValues.version(schema, current);
    if (expected != null && (current.isEmpty() ? expected != 0 : (stored == null ? 0 : stored) != expected)) {
      return versionConflict(table, action, current, expected, stored, cause);
    }
    if (current.isEmpty()) {
      return new ConditionFailedException("Cannot " + operation + " " + entity + " in table " + table.tableName()
          + ": its condition does not hold (there is no item at " + key + ")", key, null, Map.of(), cause);
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

  private static VersionConflictException versionConflict(TableContext table, WriteAction action,
      Map<String, AttributeValue> current, long expected, Long stored, Throwable cause) {
    String entity = action.schema().entityClass().getSimpleName();
    String now = current.isEmpty() ? "there is no item at " + action.key() + " (it was deleted since it was read)"
        : "the stored item has " + (stored == null ? "no version" : "version " + stored)
            + " (another writer changed it since it was read)";
    return new VersionConflictException("Cannot " + action.operation() + " " + entity + " at " + action.key()
        + " in table " + table.tableName() + ": it expected " + (expected == 0 ? "no version (a new item)"
            : "version " + expected) + ", but " + now + ". Read the item again, apply the change and retry",
        action.key(), readAny(table, current), current, expected, stored, cause);
  }

  /** Reads an item as whatever entity it is, or {@code null} if it is of none or cannot be read. */
  public static Object readAny(TableContext table, Map<String, AttributeValue> item) {
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
