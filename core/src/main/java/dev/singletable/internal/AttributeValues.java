package dev.singletable.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What generated table schemas call to write and read attribute values. <b>Not API.</b>
 *
 * <p>Where the enhanced client's default converter would write exactly this value (strings,
 * integral numbers, booleans, lists of strings, maps of strings or integral numbers), it is
 * written directly; where a read finds the attribute type that converter writes, it is read
 * directly. Anything else goes to the default converter of the type ({@link DefaultConverters},
 * built on first use), which also reads the other representations it accepts (a number stored as
 * {@code S}, say). So items are the SDK's, byte for byte, and so are lenient reads; only the
 * per-attribute lambdas, builders and visitors are gone, and the default provider is only built
 * when an item needs it. {@link TextValues} does the same for dates, instants and UUIDs.
 *
 * <p>All methods are static and thread-safe. A {@code NUL} attribute reads as absent.
 */
public final class AttributeValues {

  private static final AttributeValue NUL = AttributeValue.fromNul(true);

  private AttributeValues() {}

  /** Puts {@code value} under {@code name}; a {@code null} value is left out or put as NUL. */
  public static void put(Map<String, AttributeValue> map, String name, AttributeValue value, boolean ignoreNulls) {
    if (value != null) {
      map.put(name, value);
    } else if (!ignoreNulls) {
      map.put(name, NUL);
    }
  }

  /** Returns the value of {@code name}, or {@code null} if it is absent or NUL. */
  public static AttributeValue get(Map<String, AttributeValue> map, String name) {
    AttributeValue value = map.get(name);
    return value == null || isNul(value) ? null : value;
  }

  /** Returns whether {@code value} is DynamoDB's NUL. */
  public static boolean isNul(AttributeValue value) {
    return Boolean.TRUE.equals(value.nul());
  }

  /** Returns whether the map holds a non-NUL value of at least one of {@code names}. */
  public static boolean anyPresent(Map<String, AttributeValue> map, Set<String> names) {
    for (Map.Entry<String, AttributeValue> entry : map.entrySet()) {
      if (names.contains(entry.getKey()) && !isNul(entry.getValue())) {
        return true;
      }
    }
    return false;
  }

  /** Returns an unmodifiable view of {@code map}, as the SDK's schemas return their maps. */
  public static Map<String, AttributeValue> unmodifiable(Map<String, AttributeValue> map) {
    return Collections.unmodifiableMap(map);
  }

  // Writing

  /** Writes a string as {@code S}. */
  public static AttributeValue s(String value) {
    return value == null ? null : AttributeValue.fromS(value);
  }

  /** Writes an integral number as {@code N}. */
  public static AttributeValue n(Number value) {
    return value == null ? null : AttributeValue.fromN(value.toString());
  }

  /** Writes a boolean as {@code BOOL}. */
  public static AttributeValue bool(Boolean value) {
    return value == null ? null : AttributeValue.fromBool(value);
  }

  /** Writes a value with its converter. */
  public static <V> AttributeValue convert(V value, AttributeConverter<V> converter) {
    return value == null ? null : converter.transformFrom(value);
  }

  /** Writes a list of strings as {@code L} of {@code S} (a null element as NUL). */
  public static AttributeValue listOfString(List<String> list) {
    if (list == null) {
      return null;
    }
    List<AttributeValue> values = new ArrayList<>(list.size());
    for (String element : list) {
      values.add(element == null ? NUL : AttributeValue.fromS(element));
    }
    return AttributeValue.fromL(values);
  }

  /** Writes a map of strings as {@code M} of {@code S} (a null value as NUL). */
  public static AttributeValue mapOfString(Map<String, String> map) {
    if (map == null) {
      return null;
    }
    Map<String, AttributeValue> values = new LinkedHashMap<>(map.size() * 2);
    for (Map.Entry<String, String> entry : map.entrySet()) {
      values.put(entry.getKey(), entry.getValue() == null ? NUL : AttributeValue.fromS(entry.getValue()));
    }
    return AttributeValue.fromM(values);
  }

  /** Writes a map of integral numbers as {@code M} of {@code N} (a null value as NUL). */
  public static AttributeValue mapOfNumber(Map<String, ? extends Number> map) {
    if (map == null) {
      return null;
    }
    Map<String, AttributeValue> values = new LinkedHashMap<>(map.size() * 2);
    for (Map.Entry<String, ? extends Number> entry : map.entrySet()) {
      Number value = entry.getValue();
      values.put(entry.getKey(), value == null ? NUL : AttributeValue.fromN(value.toString()));
    }
    return AttributeValue.fromM(values);
  }

  // Reading: each returns null when the attribute is absent or NUL.

  /** Reads a string; other representations go to the default converter. */
  public static String readString(Map<String, AttributeValue> map, String name) {
    AttributeValue value = get(map, name);
    return value == null ? null : value.s() != null ? value.s() : DefaultConverters.of(String.class).transformTo(value);
  }

  /** Reads an {@code Integer}. */
  public static Integer readInteger(Map<String, AttributeValue> map, String name) {
    AttributeValue value = get(map, name);
    return value == null ? null : value.n() != null ? Integer.valueOf(value.n())
        : DefaultConverters.of(Integer.class).transformTo(value);
  }

  /** Reads a {@code Long}. */
  public static Long readLong(Map<String, AttributeValue> map, String name) {
    AttributeValue value = get(map, name);
    return value == null ? null : value.n() != null ? Long.valueOf(value.n())
        : DefaultConverters.of(Long.class).transformTo(value);
  }

  /** Reads a {@code Boolean}. */
  public static Boolean readBoolean(Map<String, AttributeValue> map, String name) {
    AttributeValue value = get(map, name);
    return value == null ? null : value.bool() != null ? value.bool()
        : DefaultConverters.of(Boolean.class).transformTo(value);
  }

  /** Reads any value with its converter. */
  public static <V> V read(Map<String, AttributeValue> map, String name, AttributeConverter<V> converter) {
    AttributeValue value = get(map, name);
    return value == null ? null : converter.transformTo(value);
  }

  /** Reads a list of strings; any other shape goes to the default converter. */
  public static List<String> readListOfString(Map<String, AttributeValue> map, String name) {
    AttributeValue value = get(map, name);
    if (value == null) {
      return null;
    }
    if (!value.hasL()) {
      return DefaultConverters.of(EnhancedType.listOf(String.class)).transformTo(value);
    }
    List<String> list = new ArrayList<>(value.l().size());
    for (AttributeValue element : value.l()) {
      if (element.s() == null) {
        return DefaultConverters.of(EnhancedType.listOf(String.class)).transformTo(value);
      }
      list.add(element.s());
    }
    return list;
  }

  /** Reads a map of strings; any other shape goes to the default converter. */
  public static Map<String, String> readMapOfString(Map<String, AttributeValue> map, String name) {
    AttributeValue value = get(map, name);
    if (value == null) {
      return null;
    }
    if (!value.hasM()) {
      return DefaultConverters.of(EnhancedType.mapOf(String.class, String.class)).transformTo(value);
    }
    Map<String, String> result = new LinkedHashMap<>(value.m().size() * 2);
    for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
      if (entry.getValue().s() == null) {
        return DefaultConverters.of(EnhancedType.mapOf(String.class, String.class)).transformTo(value);
      }
      result.put(entry.getKey(), entry.getValue().s());
    }
    return result;
  }

  /** Reads a map of {@code Integer}s; any other shape goes to the default converter. */
  public static Map<String, Integer> readMapOfInteger(Map<String, AttributeValue> map, String name) {
    AttributeValue value = get(map, name);
    if (value == null) {
      return null;
    }
    if (!value.hasM()) {
      return DefaultConverters.of(EnhancedType.mapOf(String.class, Integer.class)).transformTo(value);
    }
    Map<String, Integer> result = new LinkedHashMap<>(value.m().size() * 2);
    for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
      if (entry.getValue().n() == null) {
        return DefaultConverters.of(EnhancedType.mapOf(String.class, Integer.class)).transformTo(value);
      }
      result.put(entry.getKey(), Integer.valueOf(entry.getValue().n()));
    }
    return result;
  }

  /** Reads a map of {@code Long}s; any other shape goes to the default converter. */
  public static Map<String, Long> readMapOfLong(Map<String, AttributeValue> map, String name) {
    AttributeValue value = get(map, name);
    if (value == null) {
      return null;
    }
    if (!value.hasM()) {
      return DefaultConverters.of(EnhancedType.mapOf(String.class, Long.class)).transformTo(value);
    }
    Map<String, Long> result = new LinkedHashMap<>(value.m().size() * 2);
    for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
      if (entry.getValue().n() == null) {
        return DefaultConverters.of(EnhancedType.mapOf(String.class, Long.class)).transformTo(value);
      }
      result.put(entry.getKey(), Long.valueOf(entry.getValue().n()));
    }
    return result;
  }

  // Defaults of absent primitives, as the SDK's schemas leave them: zero and false.

  /** Returns the value, or 0. */
  public static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  /** Returns the value, or 0. */
  public static long orZero(Long value) {
    return value == null ? 0L : value;
  }

  /** Returns the value, or 0. */
  public static short orZero(Short value) {
    return value == null ? 0 : value;
  }

  /** Returns the value, or 0. */
  public static byte orZero(Byte value) {
    return value == null ? 0 : value;
  }

  /** Returns the value, or 0. */
  public static double orZero(Double value) {
    return value == null ? 0D : value;
  }

  /** Returns the value, or 0. */
  public static float orZero(Float value) {
    return value == null ? 0F : value;
  }

  /** Returns the value, or the zero character. */
  public static char orZero(Character value) {
    return value == null ? '\0' : value;
  }

  /** Returns the value, or false. */
  public static boolean orFalse(Boolean value) {
    return value != null && value;
  }
}
