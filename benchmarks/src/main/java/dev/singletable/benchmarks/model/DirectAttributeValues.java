package dev.singletable.benchmarks.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fast paths of {@link DirectOrderSchema}: a prototype of the small internal helper a
 * generated direct schema would call (in the real design, in core's
 * {@code dev.singletable.internal}).
 *
 * <p>Where the SDK's default converter would write exactly this value, it is written directly;
 * where a read finds the attribute type the converter writes, it is read directly, and anything
 * else goes to the converter, which also reads the other types it accepts (such as a number
 * stored as {@code S}). So items are byte for byte the SDK's, and so are lenient reads.
 */
final class DirectAttributeValues {

  private static final AttributeValue NUL = AttributeValue.fromNul(true);

  private DirectAttributeValues() {}

  static AttributeValue s(String value) {
    return value == null ? null : AttributeValue.fromS(value);
  }

  static String toString(AttributeValue value, AttributeConverter<String> fallback) {
    return value.s() != null ? value.s() : fallback.transformTo(value);
  }

  static AttributeValue listOfString(List<String> list) {
    if (list == null) {
      return null;
    }
    List<AttributeValue> values = new ArrayList<>(list.size());
    for (String element : list) {
      values.add(element == null ? NUL : AttributeValue.fromS(element));
    }
    return AttributeValue.fromL(values);
  }

  static List<String> toListOfString(AttributeValue value, AttributeConverter<List<String>> fallback) {
    if (!value.hasL()) {
      return fallback.transformTo(value);
    }
    List<String> list = new ArrayList<>(value.l().size());
    for (AttributeValue element : value.l()) {
      if (element.s() == null) {
        return fallback.transformTo(value);
      }
      list.add(element.s());
    }
    return list;
  }

  static AttributeValue mapOfStringToInteger(Map<String, Integer> map) {
    if (map == null) {
      return null;
    }
    Map<String, AttributeValue> values = new LinkedHashMap<>(map.size() * 2);
    for (Map.Entry<String, Integer> entry : map.entrySet()) {
      values.put(entry.getKey(), entry.getValue() == null ? NUL : AttributeValue.fromN(entry.getValue().toString()));
    }
    return AttributeValue.fromM(values);
  }

  static Map<String, Integer> toMapOfStringToInteger(AttributeValue value,
      AttributeConverter<Map<String, Integer>> fallback) {
    if (!value.hasM()) {
      return fallback.transformTo(value);
    }
    Map<String, Integer> map = new LinkedHashMap<>(value.m().size() * 2);
    for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
      if (entry.getValue().n() == null) {
        return fallback.transformTo(value);
      }
      map.put(entry.getKey(), Integer.valueOf(entry.getValue().n()));
    }
    return map;
  }
}
