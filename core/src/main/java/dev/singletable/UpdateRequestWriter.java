package dev.singletable;

import dev.singletable.internal.KeyField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Turns an {@link Update} into one {@code UpdateItem} request: the update expression (SET, REMOVE,
 * ADD, DELETE groups), the recomputed index keys, the type attribute and primary key properties,
 * and the condition expression; then reads the result or the failure.
 */
final class UpdateRequestWriter<T> {

  private final TableContext table;
  private final EntitySchema<T> schema;
  private final PrimaryKey key;
  private final Map<String, String> primaryValues;
  private final Update<T> update;
  private final ExpressionContext context;
  private final List<String> setActions = new ArrayList<>();
  private final List<String> removeActions = new ArrayList<>();
  private final List<String> addActions = new ArrayList<>();
  private final List<String> deleteActions = new ArrayList<>();

  UpdateRequestWriter(TableContext table, EntitySchema<T> schema, PrimaryKey key, Map<String, String> primaryValues,
      Update<T> update) {
    this.table = table;
    this.schema = schema;
    this.key = key;
    this.primaryValues = primaryValues;
    this.update = update;
    this.context = new ExpressionContext(table.definition());
  }

  T execute() {
    List<IndexKeyPlanner.KeyChange> keyChanges = new IndexKeyPlanner(schema, table.definition())
        .plan(update.sets(), update.supplied(), primaryValues);
    writeChanges();
    for (IndexKeyPlanner.KeyChange change : keyChanges) {
      if (change.value() == null) {
        removeActions.add(context.name(change.attribute()));
      } else {
        setActions.add(context.name(change.attribute()) + " = " + context.value(AttributeValue.fromS(change.value())));
      }
    }
    writeIdentity();
    String condition = condition();
    try {
      UpdateItemResponse response = table.client().updateItem(r -> r
          .tableName(table.tableName())
          .key(key.toAttributeMap())
          .updateExpression(updateExpression())
          .conditionExpression(condition)
          .expressionAttributeNames(context.names())
          .expressionAttributeValues(context.values())
          .returnValues(ReturnValue.ALL_NEW)
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
      return schema.tableSchema().mapToItem(response.attributes());
    } catch (ConditionalCheckFailedException e) {
      throw WriteFailures.conditionFailed(table, schema, key, e, update.isPatch() ? "patch" : "update");
    }
  }

  private void writeChanges() {
    Map<String, Attribute<T, ?>> attributes = update.touched();
    update.sets().forEach((name, value) -> {
      if (value == null) {
        removeActions.add(context.name(name));
      } else {
        setActions.add(context.name(name) + " = " + context.value(context.convert(attributes.get(name), value)));
      }
    });
    update.appends().forEach((name, elements) -> {
      String attribute = context.name(name);
      setActions.add(attribute + " = list_append(if_not_exists(" + attribute + ", "
          + context.value(AttributeValue.fromL(List.of())) + "), "
          + context.value(context.convert(attributes.get(name), elements)) + ")");
    });
    update.adds().forEach((name, value) ->
        addActions.add(context.name(name) + " " + context.value(context.convert(attributes.get(name), value))));
    update.deletes().forEach((name, value) ->
        deleteActions.add(context.name(name) + " " + context.value(context.convert(attributes.get(name), value))));
  }

  /**
   * Writes the type attribute and the primary key's properties (parsed back from the key), so that
   * an upsert that creates the item creates a whole, typed one; on an existing item they are
   * unchanged.
   */
  private void writeIdentity() {
    setActions.add(context.name(table.definition().typeAttribute()) + " = "
        + context.value(AttributeValue.fromS(schema.typeName())));
    primaryValues.forEach((name, encoded) -> {
      Class<?> type = schema.tableSchema().converterForAttribute(name).type().rawClass();
      Object value = KeyField.holding(schema.keyFields(), name).parseValue(name, encoded, type);
      setActions.add(context.name(name) + " = "
          + context.value(context.convert(Attribute.of(schema.entityClass(), name), value)));
    });
  }

  private String condition() {
    String pk = context.name(table.definition().partitionKey());
    String type = context.name(table.definition().typeAttribute());
    String ownType = type + " = " + context.value(AttributeValue.fromS(schema.typeName()));
    List<String> parts = new ArrayList<>();
    // An item of another entity at the key is never changed; a patch needs an item.
    parts.add(update.isPatch() ? "attribute_exists(" + pk + ") AND " + ownType
        : "attribute_not_exists(" + pk + ") OR " + ownType);
    update.supplied().forEach((name, value) -> {
      Attribute<T, ?> attribute = update.suppliedAttributes().get(name);
      parts.add(value == null ? "attribute_not_exists(" + context.name(name) + ")"
          : context.name(name) + " = " + context.value(context.convert(attribute, value)));
    });
    update.conditions().forEach(c -> parts.add(c.render(context)));
    return ExpressionContext.and(parts);
  }

  private String updateExpression() {
    List<String> groups = new ArrayList<>();
    addGroup(groups, "SET ", setActions);
    addGroup(groups, "REMOVE ", removeActions);
    addGroup(groups, "ADD ", addActions);
    addGroup(groups, "DELETE ", deleteActions);
    return String.join(" ", groups);
  }

  private static void addGroup(List<String> groups, String keyword, List<String> actions) {
    if (!actions.isEmpty()) {
      groups.add(keyword + String.join(", ", actions));
    }
  }
}
