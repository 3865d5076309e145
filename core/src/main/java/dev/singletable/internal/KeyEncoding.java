package dev.singletable.internal;

import java.nio.charset.StandardCharsets;

/**
 * Escaping of string values inside rendered keys, for one delimiter. <b>Not API.</b>
 *
 * <p>The escape character is the character right after the delimiter ({@code $} for {@code #}).
 * Every character of a value at or below the escape character ({@code #}, {@code $}, space,
 * {@code !}, {@code "} and control characters for {@code #}) is written as the escape character
 * followed by two upper-case hex digits: {@code "a#b c"} renders as {@code a$23b$20c}. This gives:
 *
 * <ul>
 *   <li><b>segment structure</b>: a rendered value never contains the delimiter;
 *   <li><b>injectivity</b>: decoding is the exact inverse, so two different values never render
 *       alike;
 *   <li><b>order</b>: comparing rendered values by UTF-8 bytes (as DynamoDB compares strings)
 *       orders them like the values; and because every rendered character sorts above the
 *       delimiter, a composite key {@code a#b} orders like the tuple {@code (a, b)}.
 * </ul>
 *
 * <p>Values must be valid UTF-16 (no lone surrogates: they cannot be stored as UTF-8) and must not
 * contain U+10FFFF, the highest code point, which marks the end of prefix ranges.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class KeyEncoding {

  /** Delimiters allowed in {@code @Table(delimiter)}, lowest first. */
  public static final String ALLOWED_DELIMITERS = "!\"#$%&'()*+";

  /**
   * The highest code point (U+10FFFF), as a string. Appended to a prefix it gives a bound above
   * every key that starts with the prefix; values may not contain it.
   */
  public static final String MAX_CHAR = new String(Character.toChars(Character.MAX_CODE_POINT));

  private static final KeyEncoding[] CACHE = new KeyEncoding[ALLOWED_DELIMITERS.length()];
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new KeyEncoding(ALLOWED_DELIMITERS.charAt(i));
    }
  }

  private final char delimiter;
  private final char escape;

  private KeyEncoding(char delimiter) {
    this.delimiter = delimiter;
    this.escape = (char) (delimiter + 1);
  }

  /**
   * Returns the encoding for a delimiter.
   *
   * @throws IllegalArgumentException if the delimiter is not one of {@link #ALLOWED_DELIMITERS}
   */
  public static KeyEncoding forDelimiter(char delimiter) {
    int index = ALLOWED_DELIMITERS.indexOf(delimiter);
    if (index < 0) {
      throw new IllegalArgumentException(
          "Delimiter '" + delimiter + "' is not supported: use one of " + ALLOWED_DELIMITERS
              + " so that the delimiter sorts below every character of a value and composite"
              + " sort keys keep the order of their values");
    }
    return CACHE[index];
  }

  /** Returns the delimiter that separates template segments. */
  public char delimiter() {
    return delimiter;
  }

  /** Returns the escape character: the character right after the delimiter. */
  public char escape() {
    return escape;
  }

  /** Returns {@code value} with every character at or below the escape character escaped. */
  public String encode(String value) {
    int i = firstToEscape(value);
    if (i == value.length()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 8);
    out.append(value, 0, i);
    appendFrom(out, value, i);
    return out.toString();
  }

  /** Appends {@code value}, escaped, to {@code out}, and returns {@code out}. */
  public StringBuilder append(StringBuilder out, String value) {
    int i = firstToEscape(value);
    if (i == value.length()) {
      return out.append(value);
    }
    out.append(value, 0, i);
    appendFrom(out, value, i);
    return out;
  }

  /**
   * Returns the value that {@link #encode} turned into {@code encoded}.
   *
   * @throws IllegalArgumentException if {@code encoded} is not the output of {@link #encode}: it
   *     contains the delimiter, a raw character that should have been escaped, or a malformed
   *     escape sequence
   */
  public String decode(String encoded) {
    if (encoded.indexOf(escape) < 0) {
      checkNoRawEscapable(encoded);
      return encoded;
    }
    StringBuilder out = new StringBuilder(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == escape) {
        if (i + 2 >= encoded.length()) {
          throw malformed(encoded, "escape character '" + escape + "' at index " + i
              + " is not followed by two hex digits");
        }
        int high = Character.digit(encoded.charAt(i + 1), 16);
        int low = Character.digit(encoded.charAt(i + 2), 16);
        char decoded = (char) (high * 16 + low);
        if (high < 0 || low < 0 || !isUpperHex(encoded.charAt(i + 1))
            || !isUpperHex(encoded.charAt(i + 2)) || decoded > escape) {
          throw malformed(encoded, "invalid escape sequence at index " + i);
        }
        out.append(decoded);
        i += 2;
      } else if (c < escape) {
        throw malformed(encoded, "unescaped character U+" + hex4(c) + " at index " + i);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns {@code value} as format {@code raw} writes it and reads it back: unchanged, without
   * escaping, as code that concatenates strings writes keys ({@link KeyFormat#RAW}).
   *
   * @throws IllegalArgumentException if the value contains the delimiter (the key would not split
   *     back into its values), a lone surrogate or U+10FFFF
   */
  public String raw(String value) {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == delimiter) {
        throw new IllegalArgumentException("Key value \"" + value + "\" contains the delimiter '" + delimiter
            + "' at index " + i + ", which format raw cannot render: the key would not split back into its values");
      }
      if (Character.isSurrogate(c)) {
        if (!validSurrogatePairAt(value, i)) {
          throw invalidValue(value, i);
        }
        i++; // the low surrogate of a valid pair
      }
    }
    return value;
  }

  /**
   * Returns the number of UTF-8 bytes of {@code s}, the unit of DynamoDB's key size limits
   * (2048 bytes for a partition key, 1024 for a sort key).
   */
  public static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private int firstToEscape(String value) {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c <= escape || Character.isSurrogate(c)) {
        if (c <= escape || !validSurrogatePairAt(value, i)) {
          return i;
        }
        i++; // skip the low surrogate of a valid pair
      }
    }
    return n;
  }

  private void appendFrom(StringBuilder out, String value, int start) {
    int n = value.length();
    for (int i = start; i < n; i++) {
      char c = value.charAt(i);
      if (c <= escape) {
        out.append(escape).append(HEX[c >> 4]).append(HEX[c & 0xF]);
      } else if (Character.isSurrogate(c)) {
        if (!validSurrogatePairAt(value, i)) {
          throw invalidValue(value, i);
        }
        out.append(c).append(value.charAt(++i));
      } else {
        out.append(c);
      }
    }
  }

  private static boolean validSurrogatePairAt(String value, int i) {
    char high = value.charAt(i);
    if (!Character.isHighSurrogate(high) || i + 1 >= value.length()) {
      return false;
    }
    char low = value.charAt(i + 1);
    return Character.isLowSurrogate(low)
        && Character.toCodePoint(high, low) != Character.MAX_CODE_POINT;
  }

  private void checkNoRawEscapable(String encoded) {
    for (int i = 0; i < encoded.length(); i++) {
      if (encoded.charAt(i) < escape) {
        throw malformed(encoded, "unescaped character U+" + hex4(encoded.charAt(i)) + " at index " + i);
      }
    }
  }

  private static boolean isUpperHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
  }

  private static IllegalArgumentException invalidValue(String value, int index) {
    char c = value.charAt(index);
    String what = Character.isHighSurrogate(c) && index + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(index + 1))
        ? "U+10FFFF, which is reserved as the end of key prefix ranges"
        : "a lone surrogate U+" + hex4(c) + ", which cannot be stored as UTF-8";
    return new IllegalArgumentException(
        "Key value \"" + value + "\" contains " + what + " at index " + index);
  }

  private static IllegalArgumentException malformed(String encoded, String why) {
    return new IllegalArgumentException("Not a rendered key value: \"" + encoded + "\": " + why);
  }

  private static String hex4(char c) {
    return String.format("%04X", (int) c);
  }
}
