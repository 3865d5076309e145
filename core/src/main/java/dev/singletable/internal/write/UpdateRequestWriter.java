package dev.singletable.internal.write;

import dev.singletable.Attribute;
import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.internal.KeyField;
import dev.singletable.internal.expression.ExpressionContext;
import dev.singletable.internal.table.TableContext;
import dev.singletable.internal.write.WriteAction.UpdateAction;
import dev.singletable.internal.expression.AttributePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns an update into one {@code UpdateItem} action: the update expression (SET, REMOVE, ADD,
 * DELETE groups, nested changes at their document paths), the recomputed index keys, the type
 * attribute and primary key properties, the values singletable writes itself ({@code ADD} one to
 * the {@code @Version}, {@code @UpdatedAt} now, {@code @CreatedAt} if absent), and the condition
 * expression (with the expected version, and the maps and lists nested changes need:
 * {@link ParentPaths}). An index key attribute that stores a property ({@link IndexKeyProperties})
 * is written once, as the property. The action is sent alone or in a transaction. <b>Not API.</b>
 */
public final class UpdateRequestWriter {

  private final TableContext table;
  private final EntitySchema<?> schema;
  private final PrimaryKey key;
  private final Map<String, String> primaryValues;
  private final UpdateSpec update;
  private final ExpressionContext context;
  private final List<String> setActions = new ArrayList<>();
  private final List<String> removeActions = new ArrayList<>();
  private final List<String> addActions = new ArrayList<>();
  private final List<String> deleteActions = new ArrayList<>();
  private final List<String> rangeGuards = new ArrayList<>();

  /**
   * @param primaryValues the primary key's placeholders, as {@link IndexKeyPlanner#primaryValues} parses them
   */
  public UpdateRequestWriter(TableContext table, EntitySchema<?> schema, PrimaryKey key, Map<String, String> primaryValues,
      UpdateSpec update) {
    this.table = table;
    this.schema = schema;
    this.key = key;
    this.primaryValues = primaryValues;
    this.update = update;
    this.context = new ExpressionContext(table.definition());
  }

  /**
   * Returns the {@code UpdateItem} action.
   *
   * @throws dev.singletable.InvalidKeyException if an index key the update affects cannot be rendered
   */
  public UpdateAction action() {
    IndexKeyPlanner planner = new IndexKeyPlanner(schema, table.definition());
    List<IndexKeyPlanner.KeyChange> keyChanges = planner.plan(topLevelSets(), update.supplied(), primaryValues);
    writeChanges();
    java.util.Set<String> storesProperty = IndexKeyProperties.of(schema, table.definition());
    for (IndexKeyPlanner.KeyChange change : keyChanges) {
      if (storesProperty.contains(change.attribute())) {
        // An index key attribute that stores a property (IndexKeyProperties) is the property's: its
        // own change, the item's current value (with) or the primary key's identity writes it. The
        // key was still rendered and checked; writing it here would be a second path on one
        // attribute, which DynamoDB refuses, or remove a property when another placeholder is null.
        continue;
      }
      if (change.value() == null) {
        removeActions.add(context.name(change.attribute()));
      } else {
        setActions.add(context.name(change.attribute()) + " = " + context.value(AttributeValue.fromS(change.value())));
      }
    }
    writeIdentity();
    if (!update.patch()) {
      writeDefaults(planner, keyChanges);
    }
    ManagedValues.updateActions(schema, table.options().clock().instant(), context, setActions, addActions);
    String condition = condition();
    return new UpdateAction(schema, key, update.patch() ? "patch" : "update", updateExpression(), condition,
        context.names(), context.values(), update.expectedVersion());
  }

  /** The new values of top-level attributes: only those can be key placeholders. */
  private Map<String, Object> topLevelSets() {
    Map<String, Object> sets = new LinkedHashMap<>();
    update.sets().forEach((name, value) -> {
      if (!update.touched().get(name).path().isNested()) {
        sets.put(name, value);
      }
    });
    return sets;
  }

  private void writeChanges() {
    Map<String, Attribute<?, ?>> attributes = update.touched();
    update.sets().forEach((name, value) -> {
      String path = path(name);
      // A document's empty set member is left out, as a put leaves it out: DynamoDB has no empty sets.
      AttributeValue stored = value == null ? null
          : PutValues.withoutEmptySets(context.convert(attributes.get(name), value), schema, name);
      if (stored == null) {
        removeActions.add(path);
      } else {
        setActions.add(path + " = " + context.value(stored));
      }
    });
    update.appends().forEach((name, elements) -> {
      String path = path(name);
      setActions.add(path + " = list_append(if_not_exists(" + path + ", "
          + context.value(AttributeValue.fromL(List.of())) + "), "
          + context.value(context.convert(attributes.get(name), elements)) + ")");
    });
    update.adds().forEach((name, value) -> {
      addActions.add(path(name) + " " + context.value(context.convert(attributes.get(name), value)));
      AddRanges.guard(schema, name, value, context).ifPresent(rangeGuards::add);
    });
    update.deletes().forEach((name, value) ->
        deleteActions.add(path(name) + " " + context.value(context.convert(attributes.get(name), value))));
  }

  /** The rendered path of a change: {@code #st0}, or {@code #st0.#st1[2]} for a nested one. */
  private String path(String change) {
    return context.name(update.touched().get(change).path());
  }

  /**
   * Writes the type attribute and the primary key's properties (parsed back from the key), so that
   * an upsert that creates the item creates a whole, typed one; on an existing item they are
   * unchanged.
   */
  private void writeIdentity() {
    setActions.add(context.name(table.definition().typeAttribute()) + " = "
        + context.value(AttributeValue.fromS(schema.typeName())));
    java.util.Set<String> written = new java.util.HashSet<>();
    for (KeyField field : schema.keyFields()) {
      if (field.indexName() != null) {
        continue;
      }
      for (String name : field.template().placeholders()) {
        if (!written.add(name)) {
          continue;
        }
        String attribute = schema.attributeName(name);
        Class<?> type = schema.tableSchema().converterForAttribute(attribute).type().rawClass();
        Object value = field.parseValue(name, primaryValues.get(name), type);
        setActions.add(context.name(attribute) + " = "
            + context.value(context.convert(Attribute.of(schema.entityClass(), attribute), value)));
      }
    }
  }

  /**
   * An upsert may create the item: it also writes, where absent, the values the entity reads back
   * for attributes it does not set and the index keys they imply ({@link UpsertDefaults}).
   */
  private void writeDefaults(IndexKeyPlanner planner, List<IndexKeyPlanner.KeyChange> keyChanges) {
    java.util.Set<String> untouchable = new java.util.HashSet<>(update.touched().keySet());
    update.touched().values().forEach(attribute -> untouchable.add(attribute.name())); // roots of nested paths
    untouchable.addAll(update.supplied().keySet());
    untouchable.addAll(ManagedValues.attributes(schema)); // written by ManagedValues.updateActions
    java.util.Set<String> planned = new java.util.HashSet<>();
    keyChanges.forEach(change -> planned.add(change.attribute()));
    UpsertDefaults.Plan plan = UpsertDefaults.plan(schema, table.definition(), primaryValues, untouchable, planned, planner);
    plan.attributes().forEach((attribute, value) -> setIfAbsent(attribute, value));
    plan.indexKeys().forEach(change -> setIfAbsent(change.attribute(), AttributeValue.fromS(change.value())));
  }

  private void setIfAbsent(String attribute, AttributeValue value) {
    String name = context.name(attribute);
    setActions.add(name + " = if_not_exists(" + name + ", " + context.value(value) + ")");
  }

  private String condition() {
    List<String> parts = new ArrayList<>();
    // An item of another entity at the key is never changed; a patch needs an item.
    parts.add(WriteActions.ownType(table.definition(), schema, context, update.patch()));
    update.supplied().forEach((name, value) -> {
      Attribute<?, ?> attribute = update.suppliedAttributes().get(name);
      parts.add(value == null ? "attribute_not_exists(" + context.name(name) + ")"
          : context.name(name) + " = " + context.value(context.convert(attribute, value)));
    });
    if (update.expectedVersion() != null) {
      parts.add(ManagedValues.versionCondition(schema, update.expectedVersion(), context));
    }
    parts.addAll(rangeGuards);
    for (AttributePath required : ParentPaths.required(update)) {
      parts.add("attribute_exists(" + context.name(required) + ")");
    }
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
