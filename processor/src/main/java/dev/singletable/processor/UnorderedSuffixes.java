package dev.singletable.processor;

import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyTemplate;
import dev.singletable.internal.KeyValueType;
import java.util.List;

/**
 * Finds sort key segments whose literal text after a variable-width value breaks the order of
 * the keys: with {@code P#<name>x}, {@code "a"} renders {@code ax}, which sorts after {@code a0x}
 * although {@code "a"} sorts before {@code "a0"}.
 *
 * <p>A delimiter keeps the order because it sorts below every character a value renders (escape
 * sequences start with the escape character, other characters are above it); literal text that
 * starts below the escape character keeps it for the same reason. Numbers, dates and UUIDs render
 * without one rendering being a proper prefix of another, so text after them is fine. For an
 * enum only its constants can occur: the order breaks only if one name is a proper prefix of
 * another and the text sorts above the rest of the longer name.
 */
final class UnorderedSuffixes {

  /** Two values whose keys sort against their own order: {@code shorter} renders after {@code longer}. */
  record Example(String shorter, String shorterRendered, String longer, String longerRendered) {}

  private UnorderedSuffixes() {}

  /**
   * Returns an example of the disorder that text after a value of {@code format} in
   * {@code segment} causes, or null. Only the escaped default forms are checked here; the formats
   * are {@link UnorderedFormats}' concern.
   */
  static Example find(KeyTemplate.Segment segment, ValueFormat format, char delimiter) {
    String suffix = segment.suffix();
    char escape = (char) (delimiter + 1);
    if (!segment.hasPlaceholder() || !format.isEscaped() || suffix.isEmpty() || suffix.charAt(0) <= escape) {
      return null;
    }
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
    if (format.type() == KeyValueType.STRING) {
      // A longer value whose next rendered character sorts below the text's first one.
      String longer = suffix.charAt(0) > '0' ? "a0" : "a" + delimiter;
      return example("a", longer, suffix, encoding);
    }
    if (format.type() == KeyValueType.ENUM) {
      List<String> names = format.constants();
      for (String shorter : names) {
        for (String longer : names) {
          String a = encoding.encode(shorter);
          String b = encoding.encode(longer);
          if (b.length() > a.length() && b.startsWith(a)
              && UnorderedFormats.compareCodePoints(a + suffix, b + suffix) > 0) {
            return example(shorter, longer, suffix, encoding);
          }
        }
      }
    }
    return null;
  }

  private static Example example(String shorter, String longer, String suffix, KeyEncoding encoding) {
    return new Example(shorter, encoding.encode(shorter) + suffix, longer, encoding.encode(longer) + suffix);
  }
}
