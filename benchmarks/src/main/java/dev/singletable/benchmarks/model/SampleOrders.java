package dev.singletable.benchmarks.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Realistic orders for the benchmarks; every attribute set, so every mapper writes all of them. */
public final class SampleOrders {

  private SampleOrders() {}

  /** Returns a typical order: seventeen attributes once mapped, keys and type included. */
  public static Order typical() {
    return number("u-1842", 7);
  }

  /**
   * Returns order number {@code n} of user {@code userId}: distinct order ids and dates, so that
   * a user's orders spread over one sort-key range.
   */
  public static Order number(String userId, int n) {
    return new Order(
        userId,
        LocalDate.of(2026, 1, 1).plusDays(n % 365),
        orderId(n),
        OrderStatus.values()[n % OrderStatus.values().length],
        4_999L + n,
        3,
        "EUR",
        n % 2 == 0,
        Instant.parse("2026-03-15T10:15:30.123Z").plusSeconds(n),
        "Leave the parcel with the neighbour at number 12 if nobody answers.",
        List.of("gift", "fragile", "priority"),
        Map.of("sku-1001", 1, "sku-2002", 2, "sku-3003", 5));
  }

  /**
   * Returns {@code o-} and {@code n} in six digits ({@code o-000007}). Neither {@code String.format}
   * nor {@code +}: B2 builds its sample inside the measured call, and a JVM's first
   * {@code String.format} loads the formatter and regex classes (about 85), and each new shape of
   * {@code +} spins method handle classes; no mapper needs either.
   */
  private static String orderId(int n) {
    String digits = Integer.toString(n);
    return "o-".concat("000000".substring(Math.min(digits.length(), 6))).concat(digits);
  }
}
