package dev.singletable.internal.cost;

import dev.singletable.EntitySchema;
import dev.singletable.ItemTooLargeException;
import dev.singletable.TableDefinition;
import dev.singletable.internal.read.AttributeText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size of an item in bytes, by the rules of the DynamoDB Developer Guide, "DynamoDB item sizes
 * and formats" (CapacityUnitCalculations.html): the sum over its attributes of the UTF-8 length of
 * the name plus the size of the value, where
 *
 * <ul>
 *   <li>a string is its UTF-8 length, a binary its raw length (not base64);
 *   <li>a number is 1 byte plus 1 byte per pair of significant digits, pairs aligned on the
 *       decimal point (leading and trailing zeros dropped), plus 1 byte when negative; zero is 1;
 *   <li>a Boolean or null is 1 byte;
 *   <li>a list or map is 3 bytes plus, per element, its value's size plus 1 byte (and, in a map,
 *       the UTF-8 length of the element's name);
 *   <li>a set is the sum of its elements' sizes.
 * </ul>
 *
 * <p>The number rule ("approximately 1 byte per two significant digits" in the guide) is the
 * centesimal form DynamoDB Local computes: {@code 1.5} takes 3 bytes ({@code 01.50}), {@code 100}
 * takes 2. Tests hold these sizes, and the 400 KB limit at exactly 409,600 bytes,
 * against DynamoDB Local. <b>Not API.</b> Stateless.
 */
public final class ItemSize {

  /** DynamoDB's largest item, in bytes: 400 KB. */
  public static final int MAX_ITEM_BYTES = 400 * 1024;

  /** How many of an oversized item's largest attributes its exception names. */
  static final int LARGEST_SHOWN = 5;

  private ItemSize() {}

  /** Returns the size of the item in bytes: attribute names and values. */
  public static long of(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      size += attribute(attribute.getKey(), attribute.getValue());
    }
    return size;
  }

  /** Returns the size of one attribute in bytes: its name and its value. */
  public static long attribute(String name, AttributeValue value) {
    return utf8(name) + value(value);
  }

  /**
   * Refuses an item over {@link #MAX_ITEM_BYTES}, before any request.
   *
   * @throws ItemTooLargeException naming the entity, the item's key, its size and its largest attributes
   */
  public static void requireWithinLimit(TableDefinition definition, EntitySchema<?> schema,
      Map<String, AttributeValue> item) {
    long size = of(item);
    if (size > MAX_ITEM_BYTES) {
      throw new ItemTooLargeException(schema.entityClass().getSimpleName(),
          AttributeText.key(item, definition.partitionKey(), definition.sortKey()), size, largest(item));
    }
  }

  /** Returns the item's largest attributes, largest first, with their sizes (name and value). */
  static Map<String, Long> largest(Map<String, AttributeValue> item) {
    List<Map.Entry<String, Long>> sizes = new ArrayList<>();
    item.forEach((name, value) -> sizes.add(Map.entry(name, attribute(name, value))));
    sizes.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    Map<String, Long> largest = new LinkedHashMap<>();
    for (Map.Entry<String, Long> entry : sizes.subList(0, Math.min(LARGEST_SHOWN, sizes.size()))) {
      largest.put(entry.getKey(), entry.getValue());
    }
    return largest;
  }

  private static long value(AttributeValue value) {
    return switch (value.type()) {
      case S -> utf8(value.s());
      case N -> number(value.n());
      case B -> value.b().asByteArrayUnsafe().length;
      case BOOL, NUL -> 1;
      case SS -> value.ss().stream().mapToLong(ItemSize::utf8).sum();
      case NS -> value.ns().stream().mapToLong(ItemSize::number).sum();
      case BS -> value.bs().stream().mapToLong(b -> b.asByteArrayUnsafe().length).sum();
      case L -> 3 + value.l().stream().mapToLong(element -> value(element) + 1).sum();
      case M -> 3 + value.m().entrySet().stream().mapToLong(e -> utf8(e.getKey()) + value(e.getValue()) + 1).sum();
      default -> throw new IllegalArgumentException("An attribute value of a type this SDK does not know: " + value);
    };
  }

  /**
   * Returns the size of a number: its significant digits in pairs aligned on the decimal point
   * (the exponent of the lowest digit of a pair is even), 1 byte each, plus 1, plus 1 if negative.
   */
  static long number(String text) {
    BigDecimal number = new BigDecimal(text).stripTrailingZeros();
    if (number.signum() == 0) {
      return 1;
    }
    int lowest = -number.scale(); // exponent of the last significant digit
    int highest = lowest + number.unscaledValue().abs().toString().length() - 1;
    int pairs = Math.floorDiv(highest, 2) - Math.floorDiv(lowest, 2) + 1;
    return pairs + 1 + (number.signum() < 0 ? 1 : 0);
  }

  private static long utf8(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
