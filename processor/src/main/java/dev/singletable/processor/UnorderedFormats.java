package dev.singletable.processor;

import dev.singletable.internal.KeyFormat;
import dev.singletable.internal.KeyTemplate;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the sort key placeholders whose format gives up the order of the keys, with two values
 * that show it:
 *
 * <ul>
 *   <li>unpadded numbers, and epoch numbers without a width: {@code 9} renders {@code 9}, which
 *       sorts after {@code 10}; they keep the order only while every value has as many digits;
 *   <li>a raw string followed by text (its segment's suffix or the delimiter): a value may hold a
 *       character below that text, so {@code "a b"} renders {@code a b#...}, before {@code a#...};
 *   <li>enum spellings (lower case or given) followed by text, where one spelling extends another
 *       with a character below that text.
 * </ul>
 *
 * <p>The default forms, {@code iso-millis}, {@code padded(n)} and epoch numbers with a width keep
 * the order. A partition key has no order, so only sort keys are checked.
 */
final class UnorderedFormats {

  /** Two values whose keys sort against their order: {@code first} renders after {@code second}. */
  record Example(String first, String firstRendered, String second, String secondRendered, String fix) {}

  private UnorderedFormats() {}

  /**
   * Returns an example of the disorder that the format of placeholder {@code segment} (number
   * {@code index} of the template's segments) causes, or null.
   */
  static Example find(KeyTemplate template, int index, ValueFormat format) {
    if (format.isStandard()) {
      return null;
    }
    KeyTemplate.Segment segment = template.segments().get(index);
    String placeholder = "<" + segment.placeholder() + ">";
    boolean last = index == template.segments().size() - 1;
    String following = !segment.suffix().isEmpty() ? segment.suffix().substring(0, 1)
        : last ? "" : String.valueOf(template.delimiter());
    String acknowledge = acknowledge("no two values are like that");
    return switch (format.format()) {
      case UNPADDED -> new Example("9", "9", "10", "10", "Numbers of as many digits (and none negative) still sort;"
          + " new data sorts with padded(n) or the default form." + acknowledge);
      case EPOCH_SECONDS, EPOCH_MILLIS -> format.hasWidth() ? null : epoch(format.format() == KeyFormat.EPOCH_MILLIS,
          "Epoch numbers keep one digit count from 2001-09-09 to 2286-11-20; with a width ("
              + format.format().formatName() + "(n)) or iso-millis they sort always." + acknowledge);
      case RAW -> following.isEmpty() ? null : raw(following.charAt(0), placeholder);
      case LOWER, SPELLED -> following.isEmpty() ? null : spelled(format, following, placeholder);
      default -> null;
    };
  }

  private static Example epoch(boolean millis, String fix) {
    return millis
        ? new Example("2001-09-09T01:46:39.999Z", "999999999999", "2001-09-09T01:46:40Z", "1000000000000", fix)
        : new Example("2001-09-09T01:46:39Z", "999999999", "2001-09-09T01:46:40Z", "1000000000", fix);
  }

  /** {@code "a"} and {@code "a b"}: a character below the following text sorts the longer value first. */
  private static Example raw(char following, String placeholder) {
    if (following == '\0') {
      return null; // nothing sorts below it
    }
    char below = following > ' ' ? ' ' : (char) (following - 1);
    String longer = "a" + below + "b";
    return new Example("\"a\"", "a" + following, quoted(longer), longer + following,
        "A raw value sorts like the values only where no text follows it: put " + placeholder + " last in the key,"
            + " or use the default (escaped) form."
            + acknowledge("no value has a character below '" + following + "'"));
  }

  /** Two constants whose spellings sort against their order once the following text is appended. */
  private static Example spelled(ValueFormat format, String following, String placeholder) {
    List<String> words = format.words();
    for (int a = 0; a < words.size(); a++) {
      for (int b = 0; b < words.size(); b++) {
        String shorter = words.get(a);
        String longer = words.get(b);
        if (longer.length() > shorter.length() && longer.startsWith(shorter)
            && compareCodePoints(shorter + following, longer + following) > 0) {
          return new Example(format.constants().get(a), shorter + following, format.constants().get(b),
              longer + following, "Spell the constants so that none extends another with a character below '"
                  + following + "', or put " + placeholder + " last in the key.");
        }
      }
    }
    return null;
  }

  private static String acknowledge(String condition) {
    return " If " + condition + ", acknowledge it with @SuppressWarnings(\"SingletableUnorderedFormat\") on the entity.";
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  /** DynamoDB's order of strings: by UTF-8 bytes, which is code point order. */
  static int compareCodePoints(String a, String b) {
    return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }
}
