package dev.singletable.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.UUID;

/**
 * The rendered key forms of {@link KeyValues}, as strings: what generated key builders
 * concatenate ({@code "ORDER#" + KeyText.localDate(date) + '#' + ENCODING.encode(orderId)}), so
 * that a key costs one exact-size allocation. <b>Not API.</b>
 *
 * <p>Where the JDK's own {@code toString()} already is the key form (UUIDs), it is used; dates
 * and year-months of the years 0000 to 9999 are concatenated from their numbers after a range
 * check. Every method returns exactly what the matching {@code KeyValues.append...} method
 * appends, and throws the same {@link IllegalArgumentException} for a value out of range. Static
 * and thread-safe.
 */
public final class KeyText {

  private static final String ZEROS = "0000000000000000000"; // 19: the width of a long

  private KeyText() {}

  /** An {@code int} as 10 digits; a negative one as {@code -} and the digits of value + 2^31. */
  public static String intValue(int value) {
    return value < 0 ? "-" + padded((long) value - Integer.MIN_VALUE, 10) : padded(value, 10);
  }

  /** A {@code long} as 19 digits; a negative one as {@code -} and the digits of value + 2^63. */
  public static String longValue(long value) {
    return value < 0 ? "-" + padded(value - Long.MIN_VALUE, 19) : padded(value, 19);
  }

  /** {@code true} or {@code false}. */
  public static String booleanValue(boolean value) {
    return value ? "true" : "false";
  }

  /** A year as {@code uuuu}. */
  public static String year(Year value) {
    int year = value.getValue();
    checkYear(year, value);
    return yearPadding(year) + year;
  }

  /** A year-month as {@code uuuu-MM}. */
  public static String yearMonth(YearMonth value) {
    int year = value.getYear();
    checkYear(year, value);
    int month = value.getMonthValue();
    return yearPadding(year) + year + (month < 10 ? "-0" : "-") + month;
  }

  /**
   * A date as {@code uuuu-MM-dd}. One concatenation of the numbers and constant padding, so the
   * result is the only allocation ({@code LocalDate.toString()} fills a StringBuilder and copies
   * it: twice the objects, measured in KeyBenchmark).
   */
  public static String localDate(LocalDate value) {
    int year = value.getYear();
    checkYear(year, value);
    int month = value.getMonthValue();
    int day = value.getDayOfMonth();
    return yearPadding(year) + year + (month < 10 ? "-0" : "-") + month + (day < 10 ? "-0" : "-") + day;
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

  /** The zeros before a year of 0 to 9999 to make it four digits. */
  private static String yearPadding(int year) {
    return year >= 1000 ? "" : year >= 100 ? "0" : year >= 10 ? "00" : "000";
  }

  private static String padded(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : ZEROS.substring(0, width - digits.length()) + digits;
  }

  private static void checkYear(int year, Object value) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException(
          value.getClass().getSimpleName() + " " + value + " is outside the years 0000 to 9999 that keys can render");
    }
  }
}
