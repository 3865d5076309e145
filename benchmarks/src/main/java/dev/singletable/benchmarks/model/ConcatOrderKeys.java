package dev.singletable.benchmarks.model;

import dev.singletable.SortKey;
import dev.singletable.internal.KeyEncoding;
import java.time.LocalDate;

/**
 * Prototype, written by hand, of key renderers the processor could generate instead of
 * {@code OrderKeys}' StringBuilder code: one string concatenation ({@code invokedynamic}, one
 * exact-size allocation) of per-value renderings. {@code KeyBenchmark.concatPrototype} measures
 * it. Same text, same checks, same {@link SortKey} objects as {@code OrderKeys.sk} and
 * {@code OrderKeys.skPrefix} (KeyBenchmarkTest checks the text).
 */
public final class ConcatOrderKeys {

  private static final KeyEncoding ENCODING = KeyEncoding.forDelimiter('#');

  private ConcatOrderKeys() {}

  /** As {@code OrderKeys.sk(date, orderId)}. */
  public static SortKey sk(LocalDate date, String orderId) {
    if (date == null || orderId == null) {
      throw new IllegalArgumentException("null key value"); // OrderKeys names them; not measured
    }
    return SortKey.of(null, "SK", "ORDER#" + localDate(date) + '#' + ENCODING.encode(orderId), false,
        OrderKeys.SK_TEMPLATE);
  }

  /** As {@code OrderKeys.skPrefix(date)}. */
  public static SortKey skPrefix(LocalDate date) {
    if (date == null) {
      throw new IllegalArgumentException("null key value");
    }
    return SortKey.of(null, "SK", "ORDER#" + localDate(date) + '#', true, OrderKeys.SK_TEMPLATE);
  }

  /**
   * A date as {@code uuuu-MM-dd}: for the years keys allow, exactly {@code LocalDate.toString()},
   * which the JDK renders fast; in the real design this would be a {@code KeyValues} method.
   */
  static String localDate(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("LocalDate " + date + " is outside the years 0000 to 9999 that keys can render");
    }
    return date.toString();
  }
}
