package dev.singletable.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Order-preserving, fixed-width text forms of the non-string placeholder types. <b>Not API.</b>
 *
 * <p>Every form sorts, as a string, like its values, and none contains a character at or below
 * {@code ,}, so none needs escaping under any allowed delimiter:
 *
 * <ul>
 *   <li>{@code int}: 10 digits, zero-padded ({@code 0000000042}); a negative value is {@code -}
 *       followed by the 10 digits of {@code value + 2^31}, which sorts below every non-negative
 *       value because {@code -} sorts below {@code 0}. {@code long}: the same with 19 digits and
 *       {@code 2^63}.
 *   <li>{@code boolean}: {@code false}, {@code true}.
 *   <li>{@code LocalDate} {@code 2026-03-15}, {@code YearMonth} {@code 2026-03}, {@code Year}
 *       {@code 2026}: years 0000 to 9999.
 *   <li>{@code LocalDateTime}: {@code 2026-03-15T10:00:00.000000000} (nanoseconds: lossless).
 *   <li>{@code Instant}: UTC, {@code 2026-03-15T10:00:00.000000000Z}.
 *   <li>{@code UUID}: the canonical lower-case form (sorts like the unsigned 128-bit value).
 * </ul>
 *
 * <p>Coarser temporal values render as prefixes of finer ones: a {@code YearMonth} is a prefix of
 * the dates in it, a {@code LocalDate} of the instants on that (UTC) day.
 *
 * <p>All methods are static and thread-safe. Parse methods throw {@link IllegalArgumentException}
 * naming the text when it is not in the rendered form.
 */
public final class KeyValues {

  static final long MIN_EPOCH_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
  static final long MAX_EPOCH_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59Z
  /** {@code POWERS_OF_TEN[i]} is 10^i. */
  private static final long[] POWERS_OF_TEN = new long[19];
  /** {@code ZEROS[i]} is {@code i} zeros: the padding of a fixed-width number. */
  private static final String[] ZEROS = new String[19];

  static {
    POWERS_OF_TEN[0] = 1;
    ZEROS[0] = "";
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
      ZEROS[i] = ZEROS[i - 1] + "0";
    }
  }

  private KeyValues() {}

  /** Appends the 10-digit form of an {@code int}. */
  public static StringBuilder appendInt(StringBuilder out, int value) {
    if (value < 0) {
      out.append('-');
      return appendDigits(out, (long) value - Integer.MIN_VALUE, 10);
    }
    return appendDigits(out, value, 10);
  }

  /** Appends the 19-digit form of a {@code long}. */
  public static StringBuilder appendLong(StringBuilder out, long value) {
    if (value < 0) {
      out.append('-');
      return appendDigits(out, value - Long.MIN_VALUE, 19);
    }
    return appendDigits(out, value, 19);
  }

  /** Appends {@code false} or {@code true}. */
  public static StringBuilder appendBoolean(StringBuilder out, boolean value) {
    return out.append(value ? "true" : "false");
  }

  /** Appends {@code uuuu}. */
  public static StringBuilder appendYear(StringBuilder out, Year value) {
    return appendYear(out, value.getValue(), value);
  }

  /** Appends {@code uuuu-MM}. */
  public static StringBuilder appendYearMonth(StringBuilder out, YearMonth value) {
    appendYear(out, value.getYear(), value);
    return appendTwoDigits(out.append('-'), value.getMonthValue());
  }

  /** Appends {@code uuuu-MM-dd}. */
  public static StringBuilder appendLocalDate(StringBuilder out, LocalDate value) {
    appendYear(out, value.getYear(), value);
    appendTwoDigits(out.append('-'), value.getMonthValue());
    return appendTwoDigits(out.append('-'), value.getDayOfMonth());
  }

  /** Appends {@code uuuu-MM-ddTHH:mm:ss.nnnnnnnnn}. */
  public static StringBuilder appendLocalDateTime(StringBuilder out, LocalDateTime value) {
    appendYear(out, value.getYear(), value);
    appendTwoDigits(out.append('-'), value.getMonthValue());
    appendTwoDigits(out.append('-'), value.getDayOfMonth());
    appendTwoDigits(out.append('T'), value.getHour());
    appendTwoDigits(out.append(':'), value.getMinute());
    appendTwoDigits(out.append(':'), value.getSecond());
    return appendNanos(out.append('.'), value.getNano());
  }

  /** Appends {@code uuuu-MM-ddTHH:mm:ss.nnnnnnnnnZ}, in UTC. */
  public static StringBuilder appendInstant(StringBuilder out, Instant value) {
    return appendLocalDateTime(out, utc(value)).append('Z');
  }

  /** Appends the canonical lower-case form of a UUID. */
  public static StringBuilder appendUuid(StringBuilder out, UUID value) {
    return out.append(value.toString());
  }

  /** Parses the form of {@link #appendInt}. */
  public static int parseInt(String text) {
    return (int) parseSigned(text, 10, Integer.MIN_VALUE, "int");
  }

  /** Parses the form of {@link #appendLong}. */
  public static long parseLong(String text) {
    return parseSigned(text, 19, Long.MIN_VALUE, "long");
  }

  /** Parses {@code true} or {@code false}. */
  public static boolean parseBoolean(String text) {
    switch (text) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw notRendered(text, "boolean");
    }
  }

  /** Parses the form of {@link #appendYear}. */
  public static Year parseYear(String text) {
    if (text.length() != 4) {
      throw notRendered(text, "Year");
    }
    return Year.of(fixedNumber(text, 0, 4, "Year"));
  }

  /** Parses the form of {@link #appendYearMonth}. */
  public static YearMonth parseYearMonth(String text) {
    if (text.length() != 7 || text.charAt(4) != '-') {
      throw notRendered(text, "YearMonth");
    }
    try {
      return YearMonth.of(fixedNumber(text, 0, 4, "YearMonth"), fixedNumber(text, 5, 2, "YearMonth"));
    } catch (java.time.DateTimeException e) {
      throw notRendered(text, "YearMonth");
    }
  }

  /** Parses the form of {@link #appendLocalDate}. */
  public static LocalDate parseLocalDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw notRendered(text, "LocalDate");
    }
    try {
      return LocalDate.of(fixedNumber(text, 0, 4, "LocalDate"), fixedNumber(text, 5, 2, "LocalDate"),
          fixedNumber(text, 8, 2, "LocalDate"));
    } catch (java.time.DateTimeException e) {
      throw notRendered(text, "LocalDate");
    }
  }

  /** Parses the form of {@link #appendLocalDateTime}. */
  public static LocalDateTime parseLocalDateTime(String text) {
    if (text.length() != 29 || text.charAt(10) != 'T' || text.charAt(13) != ':'
        || text.charAt(16) != ':' || text.charAt(19) != '.') {
      throw notRendered(text, "LocalDateTime");
    }
    try {
      return LocalDateTime.of(parseLocalDate(text.substring(0, 10)),
          java.time.LocalTime.of(fixedNumber(text, 11, 2, "LocalDateTime"),
              fixedNumber(text, 14, 2, "LocalDateTime"), fixedNumber(text, 17, 2, "LocalDateTime"),
              fixedNumber(text, 20, 9, "LocalDateTime")));
    } catch (java.time.DateTimeException | IllegalArgumentException e) {
      throw notRendered(text, "LocalDateTime");
    }
  }

  /** Parses the form of {@link #appendInstant}. */
  public static Instant parseInstant(String text) {
    if (text.length() != 30 || text.charAt(29) != 'Z') {
      throw notRendered(text, "Instant");
    }
    try {
      return parseLocalDateTime(text.substring(0, 29)).toInstant(ZoneOffset.UTC);
    } catch (IllegalArgumentException e) {
      throw notRendered(text, "Instant");
    }
  }

  /** Parses the canonical form of a UUID; only the lower-case form is accepted. */
  public static UUID parseUuid(String text) {
    if (text.length() != 36 || !text.equals(text.toLowerCase(java.util.Locale.ROOT))) {
      throw notRendered(text, "UUID");
    }
    try {
      UUID uuid = UUID.fromString(text);
      if (!uuid.toString().equals(text)) {
        throw notRendered(text, "UUID");
      }
      return uuid;
    } catch (IllegalArgumentException e) {
      throw notRendered(text, "UUID");
    }
  }

  private static LocalDateTime utc(Instant value) {
    long seconds = value.getEpochSecond();
    if (seconds < MIN_EPOCH_SECOND || seconds > MAX_EPOCH_SECOND) {
      throw new IllegalArgumentException(
          "Instant " + value + " is outside the years 0000 to 9999 that keys can render");
    }
    return LocalDateTime.ofEpochSecond(seconds, value.getNano(), ZoneOffset.UTC);
  }

  private static StringBuilder appendYear(StringBuilder out, int year, Object value) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException(
          value.getClass().getSimpleName() + " " + value + " is outside the years 0000 to 9999 that keys can render");
    }
    return appendTwoDigits(appendTwoDigits(out, year / 100), year % 100);
  }

  // Dates and times render with straight-line appends of single chars, with no loop and no
  // indexed write: for ORDER#<date>#<orderId> this is more than twice as fast as a digit loop
  // and as fast as the JDK's own LocalDate.toString concatenation (KeyBenchmark).

  /** Appends {@code value}, 0 to 99, as two digits. */
  private static StringBuilder appendTwoDigits(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** Appends {@code value}, 0 to 999,999,999, as nine digits. */
  private static StringBuilder appendNanos(StringBuilder out, int value) {
    out.append((char) ('0' + value / 100_000_000));
    appendTwoDigits(out, value / 1_000_000 % 100);
    appendTwoDigits(out, value / 10_000 % 100);
    appendTwoDigits(out, value / 100 % 100);
    return appendTwoDigits(out, value % 100);
  }

  /**
   * Appends {@code value}, non-negative with at most {@code width} digits, as exactly
   * {@code width} digits: the zeros in one append, then the JDK's digit writer, which writes two
   * digits per step into the builder's array instead of one indexed write per digit.
   */
  private static StringBuilder appendDigits(StringBuilder out, long value, int width) {
    int digits = 1;
    while (digits < width && value >= POWERS_OF_TEN[digits]) {
      digits++;
    }
    return out.append(ZEROS[width - digits]).append(value);
  }

  /**
   * Parses {@code digits} digits, optionally after {@code -}; {@code offset} is the type's
   * {@code MIN_VALUE}, which the rendering added to negative values.
   */
  private static long parseSigned(String text, int digits, long offset, String type) {
    boolean negative = text.length() == digits + 1 && text.charAt(0) == '-';
    if (!negative && text.length() != digits) {
      throw notRendered(text, type);
    }
    long max = -(offset + 1); // the type's MAX_VALUE: the largest magnitude either form can hold
    long magnitude = 0;
    for (int i = negative ? 1 : 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9' || magnitude > (max - (c - '0')) / 10) {
        throw notRendered(text, type);
      }
      magnitude = magnitude * 10 + (c - '0');
    }
    return negative ? magnitude + offset : magnitude;
  }

  private static int fixedNumber(String text, int start, int width, String type) {
    if (start + width > text.length()) {
      throw notRendered(text, type);
    }
    int value = 0;
    for (int i = start; i < start + width; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw notRendered(text, type);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static IllegalArgumentException notRendered(String text, String type) {
    return new IllegalArgumentException("\"" + text + "\" is not a rendered " + type + " key value");
  }
}
