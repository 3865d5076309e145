package dev.singletable.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.UUID;

/**
 * The rendered key forms of {@link KeyValues}, as strings, and the concatenation of a key's parts:
 * what generated key builders render with
 * ({@code KeyText.concat("ORDER#", KeyText.localDate(date), "#", ENCODING.encode(orderId))}), so
 * that a key is one exact-size string plus the few objects of its values. <b>Not API.</b>
 *
 * <p>Where the JDK's own {@code toString()} already is the key form (UUIDs), it is used; years,
 * year-months and dates of the years 0000 to 9999 are written digit by digit after a range check.
 * Every method returns exactly what the matching {@code KeyValues.append...} method appends, and
 * throws the same {@link IllegalArgumentException} for a value out of range. Static and
 * thread-safe.
 */
public final class KeyText {

  private static final String ZEROS = "0000000000000000000"; // 19: the width of a long

  private KeyText() {}

  /** An {@code int} as 10 digits; a negative one as {@code -} and the digits of value + 2^31. */
  public static String intValue(int value) {
    return value < 0 ? "-".concat(padded((long) value - Integer.MIN_VALUE, 10)) : padded(value, 10);
  }

  /** A {@code long} as 19 digits; a negative one as {@code -} and the digits of value + 2^63. */
  public static String longValue(long value) {
    return value < 0 ? "-".concat(padded(value - Long.MIN_VALUE, 19)) : padded(value, 19);
  }

  /** {@code true} or {@code false}. */
  public static String booleanValue(boolean value) {
    return value ? "true" : "false";
  }

  /** A year as {@code uuuu}. */
  public static String year(Year value) {
    int year = value.getValue();
    checkYear(year, value);
    byte[] text = new byte[4];
    writeYear(text, year);
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  /** A year-month as {@code uuuu-MM}. */
  public static String yearMonth(YearMonth value) {
    int year = value.getYear();
    checkYear(year, value);
    byte[] text = new byte[7];
    writeYearMonth(text, year, value.getMonthValue());
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  /**
   * A date as {@code uuuu-MM-dd}, written as Latin-1 bytes: fewer objects than
   * {@code LocalDate.toString()}, which fills a StringBuilder and copies it. Not a string
   * concatenation of the numbers: its first call makes the JDK spin classes for that
   * concatenation shape, about 15 to 27 of them, a cold start cost (ColdStartBenchmark).
   */
  public static String localDate(LocalDate value) {
    int year = value.getYear();
    checkYear(year, value);
    byte[] text = new byte[10];
    writeYearMonth(text, year, value.getMonthValue());
    text[7] = '-';
    writeTwoDigits(text, 8, value.getDayOfMonth());
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  /** A date-time as {@code uuuu-MM-ddTHH:mm:ss.nnnnnnnnn}. */
  public static String localDateTime(LocalDateTime value) {
    return KeyValues.appendLocalDateTime(new StringBuilder(29), value).toString();
  }

  /** An instant, in UTC, as {@code uuuu-MM-ddTHH:mm:ss.nnnnnnnnnZ}. */
  public static String instant(Instant value) {
    return KeyValues.appendInstant(new StringBuilder(30), value).toString();
  }

  /** A UUID in its canonical lower-case form. */
  public static String uuid(UUID value) {
    return value.toString();
  }

  /**
   * The parts of a key in one exact-size string: what generated key builders render with, in
   * place of {@code +} (two parts use {@link String#concat}). Not {@code +}: a compiled
   * concatenation bootstraps {@code StringConcatFactory} on its first call, and spins method
   * handle classes for each new shape (about 20 classes and 5 ms in a fresh JVM for
   * {@code "ORDER#" + date + '#' + id}), which a stream handler's cold start would pay to check
   * its first record's key. A {@code StringBuilder} of exactly the parts' length, with every part
   * computed before it, is one the JIT fuses into a single allocation, as it does {@code +}
   * (KeyBenchmark: the same time and bytes).
   */
  public static String concat(String a, String b, String c) {
    return new StringBuilder(a.length() + b.length() + c.length()).append(a).append(b).append(c).toString();
  }

  /** Four parts in one string; see {@link #concat(String, String, String)}. */
  public static String concat(String a, String b, String c, String d) {
    return new StringBuilder(a.length() + b.length() + c.length() + d.length())
        .append(a).append(b).append(c).append(d).toString();
  }

  /** Five parts in one string; see {@link #concat(String, String, String)}. */
  public static String concat(String a, String b, String c, String d, String e) {
    return new StringBuilder(a.length() + b.length() + c.length() + d.length() + e.length())
        .append(a).append(b).append(c).append(d).append(e).toString();
  }

  /** Six parts in one string; see {@link #concat(String, String, String)}. */
  public static String concat(String a, String b, String c, String d, String e, String f) {
    return new StringBuilder(a.length() + b.length() + c.length() + d.length() + e.length() + f.length())
        .append(a).append(b).append(c).append(d).append(e).append(f).toString();
  }

  /** Any number of parts in one string (keys of more than six parts); see {@link #concat(String, String, String)}. */
  public static String concat(String... parts) {
    int length = 0;
    for (String part : parts) {
      length += part.length();
    }
    StringBuilder text = new StringBuilder(length);
    for (String part : parts) {
      text.append(part);
    }
    return text.toString();
  }

  /** Writes a year of 0 to 9999 as four digits at the start of {@code text}. */
  private static void writeYear(byte[] text, int year) {
    writeTwoDigits(text, 0, year / 100);
    writeTwoDigits(text, 2, year % 100);
  }

  /** Writes {@code uuuu-MM} at the start of {@code text}. */
  private static void writeYearMonth(byte[] text, int year, int month) {
    writeYear(text, year);
    text[4] = '-';
    writeTwoDigits(text, 5, month);
  }

  private static void writeTwoDigits(byte[] text, int at, int value) {
    text[at] = (byte) ('0' + value / 10);
    text[at + 1] = (byte) ('0' + value % 10);
  }

  private static String padded(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : ZEROS.substring(0, width - digits.length()).concat(digits);
  }

  private static void checkYear(int year, Object value) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException(
          value.getClass().getSimpleName() + " " + value + " is outside the years 0000 to 9999 that keys can render");
    }
  }
}
