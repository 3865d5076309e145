package dev.singletable.it.interop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items that other programs printed as JSON, as DynamoDB attribute values, and their shapes: the
 * attribute names and DynamoDB types, nested, without the values. Thread-safe (stateless).
 */
final class JsonItems {

  private JsonItems() {}

  /**
   * Reads an item as the JavaScript printed it: lib-dynamodb's unmarshalled values, where a
   * number ({@code N}) became a JSON number, a string ({@code S}) a string, a list ({@code L}) an
   * array and a map ({@code M}) an object.
   */
  static Map<String, AttributeValue> fromJavaScript(JsonNode item) {
    return map(item, JsonItems::fromJavaScriptValue);
  }

  private static AttributeValue fromJavaScriptValue(JsonNode value) {
    if (value.isNumber()) {
      return AttributeValue.fromN(value.asNumber());
    } else if (value.isString()) {
      return AttributeValue.fromS(value.asString());
    } else if (value.isBoolean()) {
      return AttributeValue.fromBool(value.asBoolean());
    } else if (value.isNull()) {
      return AttributeValue.fromNul(true);
    } else if (value.isArray()) {
      return AttributeValue.fromL(value.asArray().stream().map(JsonItems::fromJavaScriptValue).toList());
    }
    return AttributeValue.fromM(fromJavaScript(value));
  }

  /** Reads an item in DynamoDB's wire JSON, as botocore received it: {@code {"total_usd": {"N": "59.99"}}}. */
  static Map<String, AttributeValue> fromWire(JsonNode item) {
    return map(item, JsonItems::fromWireValue);
  }

  private static AttributeValue fromWireValue(JsonNode typed) {
    Map.Entry<String, JsonNode> only = typed.asObject().entrySet().iterator().next();
    JsonNode value = only.getValue();
    return switch (only.getKey()) {
      case "S" -> AttributeValue.fromS(value.asString());
      case "N" -> AttributeValue.fromN(value.asString());
      case "BOOL" -> AttributeValue.fromBool(value.asBoolean());
      case "NULL" -> AttributeValue.fromNul(true);
      case "L" -> AttributeValue.fromL(value.asArray().stream().map(JsonItems::fromWireValue).toList());
      case "M" -> AttributeValue.fromM(fromWire(value));
      case "SS" -> AttributeValue.fromSs(value.asArray().stream().map(JsonNode::asString).toList());
      case "NS" -> AttributeValue.fromNs(value.asArray().stream().map(JsonNode::asString).toList());
      default -> throw new IllegalArgumentException("No DynamoDB type " + only.getKey() + " in " + typed);
    };
  }

  private static Map<String, AttributeValue> map(JsonNode object, Function<JsonNode, AttributeValue> values) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    object.asObject().forEach((name, value) -> item.put(name, values.apply(value)));
    return item;
  }

  /**
   * Returns the shape of an item: each attribute's name and DynamoDB type, sorted by name; a map
   * as {@code M{name: type, ...}}, a list as {@code L[...]} with the distinct shapes of its
   * elements.
   */
  static Map<String, String> shape(Map<String, AttributeValue> item) {
    Map<String, String> shape = new TreeMap<>();
    item.forEach((name, value) -> shape.put(name, shape(value)));
    return shape;
  }

  private static String shape(AttributeValue value) {
    return switch (value.type()) {
      case M -> "M" + shape(value.m());
      case L -> "L" + new TreeSet<>(value.l().stream().map(JsonItems::shape).toList());
      default -> value.type().name();
    };
  }

  /** Returns a copy of {@code shape} with {@code attributes} added, each of DynamoDB type {@code type}. */
  static Map<String, String> plus(Map<String, String> shape, String type, String... attributes) {
    Map<String, String> copy = new TreeMap<>(shape);
    for (String attribute : attributes) {
      copy.put(attribute, type);
    }
    return copy;
  }
}
