package dev.singletable.internal.write;

import dev.singletable.MalformedItemException;
import dev.singletable.WriteAppliedException;
import dev.singletable.internal.cost.CapacityReports;
import dev.singletable.internal.read.EntityMapping;
import dev.singletable.internal.table.TableContext;
import dev.singletable.internal.write.WriteAction.CheckAction;
import dev.singletable.internal.write.WriteAction.DeleteAction;
import dev.singletable.internal.write.WriteAction.PutAction;
import dev.singletable.internal.write.WriteAction.UpdateAction;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Sends one {@link WriteAction} alone ({@code PutItem}, {@code UpdateItem}, {@code DeleteItem}),
 * always asking for the current item when a condition fails, and reports the write's own outcome:
 * a failed condition as the exception {@link WriteFailures} chooses; an item returned with a
 * write that took effect but cannot be read as a {@link WriteAppliedException}, never as if the
 * write had failed. <b>Not API.</b>
 */
public final class WriteExecutor {

  private WriteExecutor() {}

  /**
   * Sends the write and returns the item DynamoDB returned with it: the new item of an update
   * ({@code ALL_NEW}), the deleted item of a delete ({@code ALL_OLD}), nothing for a put.
   *
   * @throws dev.singletable.ConditionFailedException and subclasses, if a condition fails
   * @throws IllegalArgumentException if the item at the key is another entity's; it was kept
   */
  public static Map<String, AttributeValue> send(TableContext table, WriteAction action) {
    try {
      ReturnConsumedCapacity capacity = CapacityReports.mode(table);
      if (action instanceof PutAction put) {
        PutItemResponse response = table.client().putItem(r -> r.tableName(table.tableName()).item(put.item())
            .conditionExpression(put.condition()).expressionAttributeNames(orNull(put.names()))
            .expressionAttributeValues(orNull(put.values())).returnConsumedCapacity(capacity)
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
        CapacityReports.report(table, "PutItem", response.consumedCapacity());
        return Map.of();
      }
      if (action instanceof UpdateAction update) {
        UpdateItemResponse response = table.client().updateItem(r -> r.tableName(table.tableName())
            .key(update.key().toAttributeMap())
            .updateExpression(update.update()).conditionExpression(update.condition())
            .expressionAttributeNames(orNull(update.names())).expressionAttributeValues(orNull(update.values()))
            .returnValues(ReturnValue.ALL_NEW).returnConsumedCapacity(capacity)
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
        CapacityReports.report(table, "UpdateItem", response.consumedCapacity());
        return response.attributes();
      }
      if (action instanceof DeleteAction delete) {
        DeleteItemResponse response = table.client().deleteItem(r -> r.tableName(table.tableName())
            .key(delete.key().toAttributeMap())
            .conditionExpression(delete.condition()).expressionAttributeNames(orNull(delete.names()))
            .expressionAttributeValues(orNull(delete.values())).returnValues(ReturnValue.ALL_OLD)
            .returnConsumedCapacity(capacity)
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
        CapacityReports.report(table, "DeleteItem", response.consumedCapacity());
        return response.attributes();
      }
      throw new IllegalStateException("A " + ((CheckAction) action).operation() + " is sent only in a transaction");
    } catch (ConditionalCheckFailedException e) {
      throw WriteFailures.conditionFailed(table, action, e);
    }
  }

  /**
   * Reads the item a write that took effect returned, as the action's entity; {@code null} if
   * DynamoDB returned none.
   *
   * @throws WriteAppliedException if it cannot be read: the write is done, do not retry it
   */
  public static <T> T readResult(TableContext table, WriteAction action, Class<T> type, Map<String, AttributeValue> item) {
    if (item == null || item.isEmpty()) {
      return null;
    }
    try {
      return type.cast(EntityMapping.map(action.schema(), item, table.definition()));
    } catch (MalformedItemException e) {
      throw new WriteAppliedException(action.operation(), action.schema().entityClass().getSimpleName(), action.key(),
          item, e);
    }
  }

  /** DynamoDB refuses empty name and value maps: they are left out. */
  static <K, V> Map<K, V> orNull(Map<K, V> map) {
    return map == null || map.isEmpty() ? null : map;
  }
}
