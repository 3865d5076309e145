package dev.singletable.internal.write;

import dev.singletable.EntitySchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Makes a put's attributes ones DynamoDB accepts, before the request: a property the converters
 * cannot write (a {@code NaN} or infinite double) is refused naming the entity and attribute,
 * instead of the SDK's message that names neither; an empty set, which DynamoDB refuses
 * ({@code An string set may not be empty}), is left out, as an update that sets an empty set
 * removes the attribute: DynamoDB has no empty sets, so an empty set is stored as no attribute and
 * reads back as {@code null}. An empty set inside a list cannot be left out without shifting the
 * list, so it is refused. <b>Not API.</b>
 */
final class PutValues {

  private PutValues() {}

  /**
   * Returns the attributes the schema writes for {@code item}, without empty sets.
   *
   * @throws IllegalArgumentException naming the entity and attribute the converters cannot write,
   *     or an empty set inside a list
   */
  static <T> Map<String, AttributeValue> of(EntitySchema<T> schema, T item) {
    Map<String, AttributeValue> map;
    try {
      map = schema.tableSchema().itemToMap(item, true);
    } catch (RuntimeException e) {
      throw unwritable(schema, item, e);
    }
    Map<String, AttributeValue> cleaned = null;
    for (Map.Entry<String, AttributeValue> entry : map.entrySet()) {
      AttributeValue value = entry.getValue();
      AttributeValue kept = withoutEmptySets(value, schema, entry.getKey());
      if (kept != value) {
        if (cleaned == null) {
          cleaned = new LinkedHashMap<>(map);
        }
        if (kept == null) {
          cleaned.remove(entry.getKey());
        } else {
          cleaned.put(entry.getKey(), kept);
        }
      }
    }
    return cleaned == null ? map : cleaned;
  }

  /** Returns whether a value is an empty string, number or binary set. */
  static boolean isEmptySet(AttributeValue value) {
    return (value.hasSs() && value.ss().isEmpty()) || (value.hasNs() && value.ns().isEmpty())
        || (value.hasBs() && value.bs().isEmpty());
  }

  /** The value without empty sets: {@code null} if it is one, the same instance if it holds none. */
  static AttributeValue withoutEmptySets(AttributeValue value, EntitySchema<?> schema, String path) {
    if (isEmptySet(value)) {
      return null;
    }
    if (value.hasM()) {
      Map<String, AttributeValue> members = null;
      for (Map.Entry<String, AttributeValue> member : value.m().entrySet()) {
        AttributeValue kept = withoutEmptySets(member.getValue(), schema, path + "." + member.getKey());
        if (kept != member.getValue()) {
          if (members == null) {
            members = new LinkedHashMap<>(value.m());
          }
          if (kept == null) {
            members.remove(member.getKey());
          } else {
            members.put(member.getKey(), kept);
          }
        }
      }
      return members == null ? value : AttributeValue.fromM(members);
    }
    if (value.hasL()) {
      List<AttributeValue> elements = value.l();
      for (int i = 0; i < elements.size(); i++) {
        if (withoutEmptySets(elements.get(i), schema, path + "[" + i + "]") != elements.get(i)) {
          throw new IllegalArgumentException("Cannot write " + schema.entityClass().getSimpleName() + ": " + path
              + "[" + i + "] holds an empty set inside a list, which DynamoDB refuses and which cannot be left out"
              + " without shifting the list; use null or a non-empty set");
        }
      }
    }
    return value;
  }

  /** The exception naming the attribute the converters cannot write, found by writing each alone. */
  private static <T> IllegalArgumentException unwritable(EntitySchema<T> schema, T item, RuntimeException failure) {
    TableSchema<T> tableSchema = schema.tableSchema();
    for (String attribute : tableSchema.attributeNames()) {
      try {
        tableSchema.attributeValue(item, attribute);
      } catch (RuntimeException e) {
        return new IllegalArgumentException("Cannot write " + schema.entityClass().getSimpleName() + ": attribute "
            + attribute + " cannot be stored in DynamoDB (" + e.getMessage() + ")", e);
      }
    }
    return new IllegalArgumentException("Cannot write " + schema.entityClass().getSimpleName() + ": "
        + failure.getMessage(), failure);
  }
}
