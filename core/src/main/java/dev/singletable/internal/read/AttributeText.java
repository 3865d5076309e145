package dev.singletable.internal.read;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Short descriptions of attribute values for messages: {@code S "abc"}, {@code N 1.5}, {@code M {...}}. */
public final class AttributeText {

  private static final int MAX = 60;

  private AttributeText() {}

  /** Returns the DynamoDB type and a shortened value, or {@code (absent)}. */
  public static String describe(AttributeValue value) {
    if (value == null) {
      return "(absent)";
    }
    return switch (value.type()) {
      case S -> "S \"" + shorten(value.s()) + "\"";
      case N -> "N " + shorten(value.n());
      case BOOL -> "BOOL " + value.bool();
      case NUL -> "NULL";
      case B -> "B (" + value.b().asByteArray().length + " bytes)";
      case SS -> "SS " + shorten(value.ss().toString());
      case NS -> "NS " + shorten(value.ns().toString());
      case BS -> "BS (" + value.bs().size() + " elements)";
      case L -> "L (" + value.l().size() + " elements)";
      case M -> "M " + shorten(value.m().keySet().toString());
      default -> "an attribute of unknown type";
    };
  }

  /** Returns the item's table key as text, such as {@code PK=USER#u1, SK=PROFILE}. */
  public static String key(Map<String, AttributeValue> item, String partitionKey, String sortKey) {
    return partitionKey + "=" + text(item.get(partitionKey)) + ", " + sortKey + "=" + text(item.get(sortKey));
  }

  private static String text(AttributeValue value) {
    return value == null ? "(none)" : value.s() != null ? value.s() : describe(value);
  }

  private static String shorten(String text) {
    return text.length() <= MAX ? text : text.substring(0, MAX) + "...";
  }
}
