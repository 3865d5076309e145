package dev.singletable.internal.write;

import dev.singletable.EntitySchema;
import dev.singletable.TableDefinition;
import dev.singletable.internal.KeyField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What an upsert writes so that the item it creates is the item a put of its result would write:
 * the values the entity reads back for attributes the item does not have (0 and {@code false} for
 * primitive properties, a bean's initial field values), each written only where absent
 * ({@code if_not_exists}), and the index keys those values imply, also only where absent. Without
 * them an LSI on a primitive {@code amount} would miss the new item, and a filter
 * {@code active = false} would not find a bean that reads back {@code active = false}.
 *
 * <p>The values come from the generated schema itself: the entity read from an item holding only
 * its key and type, written back attribute by attribute. An existing item keeps its own values
 * and keys; an existing item that other code wrote without an index key attribute gets the key of
 * the defaults where its own value differs (documented in docs/runtime.md). <b>Not API.</b>
 */
final class UpsertDefaults {

  /** The attribute values and the index key changes to write where absent. */
  record Plan(Map<String, AttributeValue> attributes, List<IndexKeyPlanner.KeyChange> indexKeys) {}

  private UpsertDefaults() {}

  /**
   * @param primaryValues the primary key's placeholders, encoded as in the key
   * @param untouchable attributes the update writes itself (changed, supplied or key properties)
   * @param planned key attributes the update already writes
   */
  static Plan plan(EntitySchema<?> schema, TableDefinition definition, Map<String, String> primaryValues,
      Set<String> untouchable, Set<String> planned, IndexKeyPlanner planner) {
    Map<String, AttributeValue> defaults = defaults(schema, definition, primaryValues);
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    defaults.forEach((attribute, value) -> {
      if (!untouchable.contains(attribute)) {
        attributes.put(attribute, value);
      }
    });
    List<IndexKeyPlanner.KeyChange> keys = new java.util.ArrayList<>();
    for (Map.Entry<String, List<KeyField>> index : planner.indexFields().entrySet()) {
      List<KeyField> fields = index.getValue();
      if (fields.stream().anyMatch(f -> planned.contains(f.attributeName()))) {
        continue;
      }
      Set<String> placeholders = new LinkedHashSet<>();
      fields.forEach(f -> placeholders.addAll(f.template().placeholders()));
      Map<String, String> encoded = new HashMap<>(planner.withDerivedShards(primaryValues, fields));
      boolean complete = true;
      for (String placeholder : placeholders) {
        if (encoded.containsKey(placeholder)) {
          continue;
        }
        AttributeValue value = attributes.get(schema.attributeName(placeholder));
        if (value == null) {
          complete = false;
          break;
        }
        encoded.put(placeholder, IndexKeyPlanner.render(placeholder, read(schema, schema.attributeName(placeholder), value),
            fields));
      }
      if (complete) {
        for (KeyField f : fields) {
          String rendered = f.checked(f.template().render(encoded));
          if (!attributes.containsKey(f.attributeName())) { // else a property's default writes it (IndexKeyProperties)
            keys.add(new IndexKeyPlanner.KeyChange(f.attributeName(), rendered));
          }
        }
      }
    }
    return new Plan(attributes, keys);
  }

  /**
   * The entity's own attribute values for an item holding only its key: read the entity from
   * such an item, then write each property back. Empty when the entity refuses to be built from
   * its key alone (a record whose constructor requires other values): such an entity cannot be
   * read back from a partial item anyway.
   */
  private static Map<String, AttributeValue> defaults(EntitySchema<?> schema, TableDefinition definition,
      Map<String, String> primaryValues) {
    @SuppressWarnings("unchecked") // the schema maps and writes its own entity class
    TableSchema<Object> tableSchema = (TableSchema<Object>) schema.tableSchema();
    Map<String, AttributeValue> keyOnly = new HashMap<>();
    keyOnly.put(definition.typeAttribute(), AttributeValue.fromS(schema.typeName()));
    Object blank;
    try {
      for (KeyField field : schema.keyFields()) {
        if (field.indexName() == null) {
          for (String placeholder : field.template().placeholders()) {
            String attribute = schema.attributeName(placeholder);
            keyOnly.put(attribute, converter(schema, attribute).transformFrom(
                field.parseValue(placeholder, primaryValues.get(placeholder), type(schema, attribute))));
          }
        }
      }
      blank = tableSchema.mapToItem(keyOnly, true);
    } catch (RuntimeException refused) {
      return Map.of();
    }
    Map<String, AttributeValue> defaults = new LinkedHashMap<>();
    Set<String> storesProperty = IndexKeyProperties.of(schema, definition);
    for (String attribute : tableSchema.attributeNames()) {
      if (keyOnly.containsKey(attribute)) {
        continue;
      }
      AttributeValue value;
      try {
        value = tableSchema.attributeValue(blank, attribute);
      } catch (RuntimeException unrenderable) {
        continue; // a key attribute whose placeholders are absent
      }
      if (value != null && (!isKeyAttribute(schema, attribute) || storesProperty.contains(attribute))) {
        defaults.put(attribute, value);
      }
    }
    return defaults;
  }

  private static boolean isKeyAttribute(EntitySchema<?> schema, String attribute) {
    return schema.keyFields().stream().anyMatch(f -> f.attributeName().equals(attribute));
  }

  private static Object read(EntitySchema<?> schema, String attribute, AttributeValue value) {
    return converter(schema, attribute).transformTo(value);
  }

  private static Class<?> type(EntitySchema<?> schema, String attribute) {
    return converter(schema, attribute).type().rawClass();
  }

  @SuppressWarnings("unchecked") // the schema's converter of an attribute converts that attribute's values
  private static AttributeConverter<Object> converter(EntitySchema<?> schema, String attribute) {
    return (AttributeConverter<Object>) schema.tableSchema().converterForAttribute(attribute);
  }
}
