package dev.singletable.processor;

import dev.singletable.internal.KeyTemplate;
import dev.singletable.internal.KeyValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated key methods of a key, described for messages and the design sheet: names, calls
 * as a user writes them, and the template text each renders. Matches what {@link KeysWriter}
 * generates.
 */
final class KeyMethods {

  private KeyMethods() {}

  /**
   * A {@code skPrefix} method: the sort key up to placeholder number {@code count}, optionally
   * followed by a {@code coarse} value of that placeholder ({@code skPrefix(YearMonth date)}).
   */
  record Prefix(EntityModel entity, KeyModel key, int count, KeyValueType coarse) {

    /** The call as a user writes it: {@code OrderKeys.skPrefix(date)}. */
    String call() {
      List<String> arguments = new ArrayList<>(names(key.sort().placeholders().subList(0, count)));
      if (coarse != null) {
        arguments.add(simpleName(coarse) + " " + key.sort().placeholders().get(count).name());
      }
      return KeyMethods.call(entity, KeyMemberNames.memberName(key, false) + "Prefix", arguments);
    }

    /** The segment that the prefix ends in: it holds placeholder {@code count}. */
    int segment() {
      List<KeyTemplate.Segment> segments = key.sort().template().segments();
      int seen = 0;
      for (int s = 0; s < segments.size(); s++) {
        if (segments.get(s).hasPlaceholder() && seen++ == count) {
          return s;
        }
      }
      throw new IllegalStateException("No placeholder " + count + " in " + key.sort().template());
    }

    /** The rendered text in template notation: {@code ORDER#<date>#}, {@code ORDER#<date:YearMonth>}. */
    String template() {
      KeyTemplate template = key.sort().template();
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < segment(); s++) {
        text.append(template.segments().get(s).notation()).append(template.delimiter());
      }
      KeyTemplate.Segment last = template.segments().get(segment());
      text.append(last.prefix());
      if (coarse != null) {
        text.append('<').append(last.placeholder()).append(':').append(simpleName(coarse)).append('>');
      }
      return text.toString();
    }

    /** Whether the prefix is empty text: {@code skPrefix()} of a key that starts with a value. */
    boolean isEmpty() {
      return template().isEmpty();
    }
  }

  /** Every {@code skPrefix} method of a key, in the order {@link KeysWriter} writes them. */
  static List<Prefix> prefixes(EntityModel entity, KeyModel key) {
    List<Prefix> prefixes = new ArrayList<>();
    List<PropertyModel> placeholders = key.sort().placeholders();
    for (int count = 0; count < placeholders.size(); count++) {
      prefixes.add(new Prefix(entity, key, count, null));
    }
    for (int i = 0; i < placeholders.size(); i++) {
      for (KeyValueType coarse : key.sort().formats().get(i).coarser()) {
        prefixes.add(new Prefix(entity, key, i, coarse));
      }
    }
    return prefixes;
  }

  /** {@code OrderKeys.method(a, b)}. */
  static String call(EntityModel entity, String method, List<String> arguments) {
    return entity.keysClass().simpleName() + "." + method + "(" + String.join(", ", arguments) + ")";
  }

  static List<String> names(List<PropertyModel> properties) {
    return properties.stream().map(PropertyModel::name).toList();
  }


  private static String simpleName(KeyValueType type) {
    String name = type.typeName();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
