package dev.singletable.internal.read;

import dev.singletable.EntitySchema;
import dev.singletable.MalformedItemException.Problem;
import dev.singletable.internal.KeyField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key is the truth: the properties a primary key template names are rendered into the key, so
 * an item read back takes them from its parsed key. An item whose key property attributes are
 * missing gets them from the key; one whose attributes disagree with its key (other code wrote
 * {@code accountId = victim} at {@code PK = ACC#liar}) is refused, naming both values, so that an
 * object never comes back with a key other than the one it was read from.
 *
 * <p>Index keys hold values too: a property an index key template names, whose attribute the
 * item lacks, is taken from that index key when it parses (seed 001's JavaScript flags an order
 * by writing {@code GSI2SK = <flaggedAt>#<orderId>} alone, with no {@code flaggedAt} attribute).
 * Read otherwise as {@code null}, the property would drop the item from the index at its next
 * put. An index key never overrides an attribute the item has, and one that does not parse is
 * left alone: an index key is derived data, which other code may keep in its own way.
 * <b>Not API.</b>
 */
public final class KeyProperties {

  /** A key attribute's placeholders: as rendered in the key, and parsed to property values. */
  record Parsed(Map<String, String> encoded, Map<String, Object> values) {}

  private KeyProperties() {}

  /** Parses the item's attribute of {@code field}; {@code null} if absent or not a rendering of its template. */
  static Parsed parse(EntitySchema<?> schema, KeyField field, Map<String, AttributeValue> item) {
    AttributeValue value = item.get(field.attributeName());
    if (value == null || value.s() == null) {
      return null;
    }
    Optional<Map<String, String>> match = field.template().match(value.s());
    if (match.isEmpty()) {
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, String> placeholder : match.get().entrySet()) {
        if (field.isDerivedShard(placeholder.getKey())) {
          continue; // derived from the primary key: no property holds it
        }
        Class<?> type = propertyType(schema, placeholder.getKey());
        values.put(placeholder.getKey(), field.parseValue(placeholder.getKey(), placeholder.getValue(), type));
      }
    } catch (RuntimeException notARendering) {
      return null;
    }
    return new Parsed(match.get(), values);
  }

  /**
   * Returns the item with its primary key properties taken from its key: absent ones added, as the
   * schema would write them; then other absent properties taken from the index keys that name
   * them. Adds a problem for each primary key attribute that does not fit its template and each
   * property that disagrees with the primary key.
   */
  static Map<String, AttributeValue> reconcile(EntitySchema<?> schema, Map<String, AttributeValue> item,
      List<Problem> problems) {
    Map<String, AttributeValue> result = null;
    for (KeyField field : schema.keyFields()) {
      if (field.indexName() != null) {
        continue;
      }
      Parsed parsed = parse(schema, field, item);
      if (parsed == null) {
        problems.add(new Problem(field.attributeName(), AttributeText.describe(item.get(field.attributeName())),
            "a key of template \"" + field.template().template() + "\"", null));
        continue;
      }
      for (Map.Entry<String, Object> placeholder : parsed.values().entrySet()) {
        String property = placeholder.getKey();
        String attribute = schema.attributeName(property);
        AttributeConverter<Object> converter = converter(schema, attribute);
        AttributeValue stored = item.get(attribute);
        if (stored == null || Boolean.TRUE.equals(stored.nul())) {
          if (result == null) {
            result = new HashMap<>(item);
          }
          result.put(attribute, converter.transformFrom(placeholder.getValue()));
        } else if (Boolean.FALSE.equals(agrees(field, property, stored, converter, parsed.encoded().get(property)))) {
          problems.add(new Problem(attribute, AttributeText.describe(stored),
              "\"" + placeholder.getValue() + "\", the value in its key " + field.attributeName() + " = "
                  + item.get(field.attributeName()).s(), "a key property must agree with the key it is stored under"));
        }
      }
    }
    return fillFromIndexKeys(schema, result == null ? item : result);
  }

  /**
   * Returns the item with each absent property that an index key names taken from that key, when
   * the key attribute parses as a rendering of its template; the item itself if none is absent.
   */
  private static Map<String, AttributeValue> fillFromIndexKeys(EntitySchema<?> schema, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> result = item;
    for (KeyField field : schema.keyFields()) {
      if (field.indexName() == null) {
        continue;
      }
      Parsed parsed = parse(schema, field, item);
      if (parsed == null) {
        continue; // absent (the item is not in a sparse index) or kept by other code in another form
      }
      for (Map.Entry<String, Object> placeholder : parsed.values().entrySet()) {
        String attribute = schema.attributeName(placeholder.getKey());
        AttributeValue stored = result.get(attribute);
        if (stored == null || Boolean.TRUE.equals(stored.nul())) {
          if (result == item) {
            result = new HashMap<>(item);
          }
          result.put(attribute, converter(schema, attribute).transformFrom(placeholder.getValue()));
        }
      }
    }
    return result;
  }

  /** Whether the stored value renders as the key's; {@code null} when it cannot be read at all. */
  private static Boolean agrees(KeyField field, String property, AttributeValue stored,
      AttributeConverter<Object> converter, String encodedInKey) {
    Object value;
    try {
      value = converter.transformTo(stored);
    } catch (RuntimeException unreadable) {
      return null; // the mapping's diagnosis reports it with the converter's words
    }
    try {
      return value != null && field.renderValue(property, value).equals(encodedInKey);
    } catch (RuntimeException unrenderable) {
      return false;
    }
  }

  private static Class<?> propertyType(EntitySchema<?> schema, String property) {
    return converter(schema, schema.attributeName(property)).type().rawClass();
  }

  @SuppressWarnings("unchecked") // the schema's converter of an attribute converts that attribute's values
  private static AttributeConverter<Object> converter(EntitySchema<?> schema, String attribute) {
    return (AttributeConverter<Object>) schema.tableSchema().converterForAttribute(attribute);
  }
}
