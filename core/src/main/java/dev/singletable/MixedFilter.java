package dev.singletable;

import dev.singletable.internal.expression.ExpressionPart;
import dev.singletable.internal.read.ItemDispatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The filter of a read of every entity type (a mixed query or a whole-table scan), scoped to the
 * entities whose attributes the condition reads: by their type attribute on the server, so that a
 * negative condition ({@code attributeNotExists}, {@code not(...)}) never lets another entity's
 * items through, and by the shape of their keys for items without a type attribute. Not API.
 */
final class MixedFilter {

  private MixedFilter() {}

  /** Returns the filter expression: {@code (type IN (...) OR attribute_not_exists(type)) AND (condition)}. */
  static ExpressionPart scoped(TableDefinition definition, Condition<?> condition) {
    List<String> typeNames = new ArrayList<>();
    for (Class<?> entity : condition.entities()) {
      definition.entity(entity).ifPresent(schema -> typeNames.add(schema.typeName()));
    }
    ExpressionPart inner = condition.part();
    return context -> {
      String type = context.name(definition.typeAttribute());
      List<String> values = new ArrayList<>();
      typeNames.forEach(name -> values.add(context.value(AttributeValue.fromS(name))));
      return "(" + (values.isEmpty() ? "" : type + " IN (" + String.join(", ", values) + ") OR ")
          + "attribute_not_exists(" + type + ")) AND (" + inner.render(context) + ")";
    };
  }

  /**
   * Returns the client-side test that keeps, of the items without a type attribute, those whose
   * key fits an entity the condition reads; {@code null} without a condition (every item passes).
   */
  static Predicate<Map<String, AttributeValue>> accepted(TableDefinition definition, Condition<?> condition) {
    if (condition == null) {
      return null;
    }
    String typeAttribute = definition.typeAttribute();
    List<EntitySchema<?>> schemas = new ArrayList<>();
    condition.entities().forEach(entity -> definition.entity(entity).ifPresent(schemas::add));
    return item -> item.containsKey(typeAttribute)
        || schemas.stream().anyMatch(schema -> ItemDispatch.fitsPrimaryKey(schema, item));
  }
}
