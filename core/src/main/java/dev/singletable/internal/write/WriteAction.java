package dev.singletable.internal.write;

import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * One write of one item, built once from the entity, its key and its conditions, then sent alone
 * ({@link WriteExecutor}) or as one action of a transaction ({@link #toTransactItem}). Every
 * condition (the caller's, the type guard, version checks) is already in {@link #condition()}.
 * <b>Not API.</b> Immutable.
 */
public sealed interface WriteAction {

  /** Returns the entity written. */
  EntitySchema<?> schema();

  /** Returns the primary key of the item written. */
  PrimaryKey key();

  /** Returns the operation for messages: {@code put}, {@code create}, {@code update}, {@code patch}, {@code delete}, {@code check}. */
  String operation();

  /** Returns the condition expression, or {@code null}. */
  String condition();

  /** Returns the expression attribute names of the condition (and update) expression. */
  Map<String, String> names();

  /** Returns the expression attribute values of the condition (and update) expression. */
  Map<String, AttributeValue> values();

  /**
   * Returns the {@code @Version} the condition requires: the version the item carried (0: none),
   * or {@code null} when the write checks no version. A failed condition is a version conflict
   * when the stored version is another.
   */
  Long expectedVersion();

  /** Returns this write as one action of a {@code TransactWriteItems} request on {@code tableName}. */
  TransactWriteItem toTransactItem(String tableName);

  /** A {@code PutItem}: the whole item, as the entity's schema writes it. */
  record PutAction(EntitySchema<?> schema, PrimaryKey key, String operation, Map<String, AttributeValue> item,
      String condition, Map<String, String> names, Map<String, AttributeValue> values, Long expectedVersion)
      implements WriteAction {

    @Override
    public TransactWriteItem toTransactItem(String tableName) {
      return TransactWriteItem.builder().put(Put.builder().tableName(tableName).item(item)
          .conditionExpression(condition).expressionAttributeNames(WriteExecutor.orNull(names))
          .expressionAttributeValues(WriteExecutor.orNull(values))
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();
    }
  }

  /** An {@code UpdateItem}: an update expression and its condition. */
  record UpdateAction(EntitySchema<?> schema, PrimaryKey key, String operation, String update, String condition,
      Map<String, String> names, Map<String, AttributeValue> values, Long expectedVersion) implements WriteAction {

    @Override
    public TransactWriteItem toTransactItem(String tableName) {
      return TransactWriteItem.builder().update(Update.builder().tableName(tableName).key(key.toAttributeMap())
          .updateExpression(update).conditionExpression(condition).expressionAttributeNames(WriteExecutor.orNull(names))
          .expressionAttributeValues(WriteExecutor.orNull(values))
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();
    }
  }

  /** A {@code DeleteItem}. */
  record DeleteAction(EntitySchema<?> schema, PrimaryKey key, String operation, String condition,
      Map<String, String> names, Map<String, AttributeValue> values, Long expectedVersion) implements WriteAction {

    @Override
    public TransactWriteItem toTransactItem(String tableName) {
      return TransactWriteItem.builder().delete(Delete.builder().tableName(tableName).key(key.toAttributeMap())
          .conditionExpression(condition).expressionAttributeNames(WriteExecutor.orNull(names))
          .expressionAttributeValues(WriteExecutor.orNull(values))
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();
    }
  }

  /** A condition check of a transaction: writes nothing. */
  record CheckAction(EntitySchema<?> schema, PrimaryKey key, String condition, Map<String, String> names,
      Map<String, AttributeValue> values) implements WriteAction {

    @Override
    public String operation() {
      return "check";
    }

    @Override
    public Long expectedVersion() {
      return null;
    }

    @Override
    public TransactWriteItem toTransactItem(String tableName) {
      return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(tableName)
          .key(key.toAttributeMap()).conditionExpression(condition).expressionAttributeNames(WriteExecutor.orNull(names))
          .expressionAttributeValues(WriteExecutor.orNull(values))
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();
    }
  }
}
