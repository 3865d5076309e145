package dev.singletable.internal;

import java.time.Instant;
import java.util.Locale;

/**
 * The text forms of the {@link KeyFormat}s for instants and numbers, rendered and parsed back:
 * what generated key builders call for a placeholder with a format
 * ({@code "ORDER#" + KeyFormatText.isoMillis(createdAt)}). <b>Not API.</b>
 *
 * <p>Every form is canonical, so that rendering and parsing are exact inverses: a value a form
 * cannot hold exactly is refused with an {@link IllegalArgumentException} naming the value and the
 * format, never rounded, so that two values never render to one key and a key never parses back to
 * another value than it was rendered from; a text is parsed only if it is what rendering writes
 * (no leading zeros, {@code +} or {@code -0}). Instants are limited to the years 0000 to 9999, as
 * in every other key form. Static and thread-safe.
 */
public final class KeyFormatText {

  /** {@code LARGEST[w]} is the largest number of {@code w} digits, or {@code Long.MAX_VALUE}. */
  private static final long[] LARGEST = new long[20];
  private static final long MIN_EPOCH_MILLI = KeyValues.MIN_EPOCH_SECOND * 1000;
  private static final long MAX_EPOCH_MILLI = KeyValues.MAX_EPOCH_SECOND * 1000 + 999;

  static {
    long power = 1;
    for (int w = 1; w < LARGEST.length; w++) {
      LARGEST[w] = w == 19 ? Long.MAX_VALUE : power * 10 - 1;
      power *= 10;
    }
  }

  private KeyFormatText() {}

  /**
   * An instant as {@code iso-millis}: UTC, {@code uuuu-MM-ddTHH:mm:ss.SSSZ}, 24 characters, as
   * JavaScript's {@code Date.toISOString()} writes it.
   *
   * @throws IllegalArgumentException if the instant has digits below the millisecond, or is
   *     outside the years 0000 to 9999
   */
  public static String isoMillis(Instant value) {
    exact(value, 1_000_000, "iso-millis", "MILLIS");
    // The default form with its nine fraction digits cut to three: "...:03.369000000Z".
    StringBuilder text = KeyValues.appendInstant(new StringBuilder(30), value);
    text.setLength(23);
    return text.append('Z').toString();
  }

  /** An instant as {@code epoch-seconds}: its epoch second, in decimal, unpadded. */
  public static String epochSeconds(Instant value) {
    exact(value, 1_000_000_000, "epoch-seconds", "SECONDS");
    return Long.toString(seconds(value));
  }

  /** An instant as {@code epoch-seconds(width)}: its epoch second in exactly {@code width} digits. */
  public static String epochSeconds(Instant value, int width) {
    exact(value, 1_000_000_000, "epoch-seconds", "SECONDS");
    long seconds = seconds(value);
    return digits(seconds, width, "epoch-seconds", value);
  }

  /** An instant as {@code epoch-millis}: its epoch millisecond, in decimal, unpadded. */
  public static String epochMillis(Instant value) {
    exact(value, 1_000_000, "epoch-millis", "MILLIS");
    return Long.toString(seconds(value) * 1000 + value.getNano() / 1_000_000);
  }

  /** An instant as {@code epoch-millis(width)}: its epoch millisecond in exactly {@code width} digits. */
  public static String epochMillis(Instant value, int width) {
    exact(value, 1_000_000, "epoch-millis", "MILLIS");
    long millis = seconds(value) * 1000 + value.getNano() / 1_000_000;
    return digits(millis, width, "epoch-millis", value);
  }

  /** A number as {@code unpadded}: in decimal, as {@code Long.toString} writes it. */
  public static String unpadded(long value) {
    return Long.toString(value);
  }

  /**
   * A number as {@code padded(width)}: exactly {@code width} digits.
   *
   * @throws IllegalArgumentException if the value is negative or has more digits
   */
  public static String padded(long value, int width) {
    return digits(value, width, "padded", null);
  }

  /** An enum constant as {@code lower}: its name in lower case ({@link Locale#ROOT}). */
  public static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #isoMillis}. */
  public static Instant parseIsoMillis(String text) {
    if (text.length() != 24 || text.charAt(23) != 'Z') {
      throw notRendered(text, "iso-millis");
    }
    try {
      return KeyValues.parseInstant(text.substring(0, 23) + "000000Z");
    } catch (IllegalArgumentException e) {
      throw notRendered(text, "iso-millis");
    }
  }

  /** Parses {@link #epochSeconds(Instant)}, or with a width {@link #epochSeconds(Instant, int)}. */
  public static Instant parseEpochSeconds(String text, int width) {
    String format = width > 0 ? "epoch-seconds(" + width + ")" : "epoch-seconds";
    return Instant.ofEpochSecond(width > 0
        ? parseDigits(text, width, KeyValues.MAX_EPOCH_SECOND, format)
        : parseDecimal(text, KeyValues.MIN_EPOCH_SECOND, KeyValues.MAX_EPOCH_SECOND, format));
  }

  /** Parses {@link #epochMillis(Instant)}, or with a width {@link #epochMillis(Instant, int)}. */
  public static Instant parseEpochMillis(String text, int width) {
    String format = width > 0 ? "epoch-millis(" + width + ")" : "epoch-millis";
    return Instant.ofEpochMilli(width > 0
        ? parseDigits(text, width, MAX_EPOCH_MILLI, format)
        : parseDecimal(text, MIN_EPOCH_MILLI, MAX_EPOCH_MILLI, format));
  }

  /** Parses {@link #unpadded}: a canonical decimal number from {@code min} to {@code max}. */
  public static long parseUnpadded(String text, long min, long max) {
    return parseDecimal(text, min, max, "unpadded");
  }

  /** Parses {@link #padded}: exactly {@code width} digits, at most {@code max}. */
  public static long parsePadded(String text, int width, long max) {
    return parseDigits(text, width, max, "padded(" + width + ")");
  }

  /** Returns the largest number {@code width} digits hold, or {@code Long.MAX_VALUE} from 19 digits on. */
  public static long largest(int width) {
    return LARGEST[Math.min(width, 19)];
  }

  private static void exact(Instant value, int unitNanos, String format, String unit) {
    if (value.getNano() % unitNanos != 0) {
      throw new IllegalArgumentException("Instant " + value + " has digits below the "
          + (unit.equals("SECONDS") ? "second" : "millisecond") + ", which format " + format
          + " cannot render; truncate it first: instant.truncatedTo(ChronoUnit." + unit + ")");
    }
  }

  private static long seconds(Instant value) {
    long seconds = value.getEpochSecond();
    if (seconds < KeyValues.MIN_EPOCH_SECOND || seconds > KeyValues.MAX_EPOCH_SECOND) {
      throw new IllegalArgumentException(
          "Instant " + value + " is outside the years 0000 to 9999 that keys can render");
    }
    return seconds;
  }

  /**
   * {@code number} in exactly {@code width} digits; {@code instant} is the instant it is the epoch
   * second or millisecond of, or {@code null} for a plain number. The message is built only when
   * the number does not fit (every rendered key passes here), and the digits are joined with
   * {@code concat}, not {@code +}, which would bootstrap indy concatenation on a cold start.
   */
  private static String digits(long number, int width, String format, Instant instant) {
    if (number < 0 || number > largest(width)) {
      String what = instant == null ? "Value " + number : "Instant " + instant + " (epoch "
          + (format.equals("epoch-seconds") ? "second " : "millisecond ") + number + ")";
      throw new IllegalArgumentException(what + " does not fit format " + format + "(" + width + "), which renders"
          + " the numbers 0 to " + largest(width));
    }
    String digits = Long.toString(number);
    return digits.length() == width ? digits : "0".repeat(width - digits.length()).concat(digits);
  }

  private static long parseDecimal(String text, long min, long max, String format) {
    int first = text.startsWith("-") ? 1 : 0;
    boolean canonical = text.length() > first && text.length() <= first + 19
        && (text.charAt(first) != '0' || text.length() == 1)
        && text.chars().skip(first).allMatch(c -> c >= '0' && c <= '9');
    try {
      long value = canonical ? Long.parseLong(text) : 0;
      if (canonical && value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException tooLarge) {
      // reported below
    }
    throw notRendered(text, format);
  }

  private static long parseDigits(String text, int width, long max, String format) {
    if (text.length() != width || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw notRendered(text, format);
    }
    try {
      long value = Long.parseLong(text);
      if (value <= max) {
        return value;
      }
    } catch (NumberFormatException tooLarge) {
      // reported below
    }
    throw notRendered(text, format);
  }

  private static IllegalArgumentException notRendered(String text, String format) {
    return new IllegalArgumentException("\"" + text + "\" is not a key value of format " + format);
  }
}
