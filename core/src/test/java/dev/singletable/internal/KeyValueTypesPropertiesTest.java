package dev.singletable.internal;

import static dev.singletable.internal.KeyArbitraries.compareUtf8Bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;

/**
 * For every {@link KeyValueType}: {@code parse(render(v)) == v}, rendered values compared by UTF-8
 * bytes (as DynamoDB compares) order like the values, and different values render differently.
 */
class KeyValueTypesPropertiesTest {

  /** Constants whose name order differs from declaration order and from {@link String#compareTo}. */
  enum Glyph {
    ZULU, ALPHA, A$B, A, AB, A_B, $DOLLAR, \u00C9CLAIR, \uFF21, X\uD835\uDC9C, lower
  }

  /**
   * Checks round trip, order and injectivity of one pair of values; {@code expectedOrder} is the
   * sign of the values' own comparison.
   */
  private static void checkPair(KeyValueType type, Class<?> javaType, Object a, Object b, int expectedOrder,
      char delimiter) {
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
    String ra = type.render(a, encoding);
    String rb = type.render(b, encoding);

    assertThat(type.parse(ra, javaType, encoding)).isEqualTo(a);
    assertThat(type.parse(rb, javaType, encoding)).isEqualTo(b);
    assertThat(compareUtf8Bytes(ra, rb)).as("order of %s and %s", ra, rb).isEqualTo(Integer.signum(expectedOrder));
    assertThat(ra.equals(rb)).as("%s and %s render alike", a, b).isEqualTo(a.equals(b));
    assertThat(ra.indexOf(delimiter)).isEqualTo(-1);
  }

  @Provide
  Arbitrary<Character> delimiters() {
    return KeyArbitraries.delimiters();
  }

  @Provide
  Arbitrary<Tuple2<String, String>> stringPairs() {
    return KeyArbitraries.valuePairs();
  }

  @Property
  void stringsRoundTripAndOrderByUtf8BytesOfTheRawValue(
      @ForAll("stringPairs") Tuple2<String, String> pair, @ForAll("delimiters") char delimiter) {
    checkPair(KeyValueType.STRING, String.class, pair.get1(), pair.get2(),
        compareUtf8Bytes(pair.get1(), pair.get2()), delimiter);
  }

  @Property(tries = 300)
  void enumsRoundTripAndOrderByUtf8BytesOfTheirName(
      @ForAll Glyph a, @ForAll Glyph b, @ForAll("delimiters") char delimiter) {
    checkPair(KeyValueType.ENUM, Glyph.class, a, b, compareUtf8Bytes(a.name(), b.name()), delimiter);
  }

  @Provide
  Arbitrary<Integer> ints() {
    return KeyArbitraries.ints();
  }

  @Property
  void intsRoundTripAndOrderNumericallyIncludingNegativesAndBounds(
      @ForAll("ints") int a, @ForAll("ints") int b, @ForAll("delimiters") char delimiter) {
    checkPair(KeyValueType.INT, int.class, a, b, Integer.compare(a, b), delimiter);
  }

  @Provide
  Arbitrary<Long> longs() {
    return KeyArbitraries.longs();
  }

  @Property
  void longsRoundTripAndOrderNumericallyIncludingNegativesAndBounds(
      @ForAll("longs") long a, @ForAll("longs") long b, @ForAll("delimiters") char delimiter) {
    checkPair(KeyValueType.LONG, long.class, a, b, Long.compare(a, b), delimiter);
  }

  @Property(tries = 50)
  void booleansRoundTripAndOrderFalseBeforeTrue(@ForAll boolean a, @ForAll boolean b) {
    checkPair(KeyValueType.BOOLEAN, boolean.class, a, b, Boolean.compare(a, b), '#');
  }

  @Provide
  Arbitrary<Instant> instants() {
    return KeyArbitraries.instants();
  }

  @Property
  void instantsOfYears0000To9999RoundTripWithNanosecondsAndOrderInTime(
      @ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("delimiters") char delimiter) {
    checkPair(KeyValueType.INSTANT, Instant.class, a, b, a.compareTo(b), delimiter);
  }

  @Property
  void instantsCloseTogetherOrderInTime(
      @ForAll("instants") Instant a, @ForAll("nanoDeltas") long deltaNanos) {
    Instant b = a.plusNanos(deltaNanos);
    if (b.getEpochSecond() < KeyArbitraries.MIN_EPOCH_SECOND || b.getEpochSecond() > KeyArbitraries.MAX_EPOCH_SECOND) {
      b = a.minusNanos(deltaNanos);
    }
    checkPair(KeyValueType.INSTANT, Instant.class, a, b, a.compareTo(b), '#');
  }

  @Provide
  Arbitrary<Long> nanoDeltas() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-2_000_000_000L, 2_000_000_000L),
        Arbitraries.of(-1L, 1L, 999_999_999L, 1_000_000_000L, 86_400_000_000_000L, -86_400_000_000_000L));
  }

  @Provide
  Arbitrary<LocalDateTime> localDateTimes() {
    return KeyArbitraries.localDateTimes();
  }

  @Property
  void localDateTimesRoundTripWithNanosecondsAndOrderInTime(
      @ForAll("localDateTimes") LocalDateTime a, @ForAll("localDateTimes") LocalDateTime b,
      @ForAll("nanoDeltas") long deltaNanos) {
    checkPair(KeyValueType.LOCAL_DATE_TIME, LocalDateTime.class, a, b, a.compareTo(b), '#');
    LocalDateTime near = a.plusNanos(deltaNanos);
    if (near.getYear() >= 0 && near.getYear() <= 9999) {
      checkPair(KeyValueType.LOCAL_DATE_TIME, LocalDateTime.class, a, near, a.compareTo(near), '#');
    }
  }

  @Provide
  Arbitrary<LocalDate> localDates() {
    return KeyArbitraries.localDates();
  }

  @Property
  void localDatesRoundTripAndOrderInTime(
      @ForAll("localDates") LocalDate a, @ForAll("localDates") LocalDate b, @ForAll int days) {
    checkPair(KeyValueType.LOCAL_DATE, LocalDate.class, a, b, a.compareTo(b), '#');
    LocalDate near = a.plusDays(days % 400);
    if (near.getYear() >= 0 && near.getYear() <= 9999) {
      checkPair(KeyValueType.LOCAL_DATE, LocalDate.class, a, near, a.compareTo(near), '#');
    }
  }

  @Provide
  Arbitrary<YearMonth> yearMonths() {
    return KeyArbitraries.yearMonths();
  }

  @Property
  void yearMonthsRoundTripAndOrderInTime(@ForAll("yearMonths") YearMonth a, @ForAll("yearMonths") YearMonth b) {
    checkPair(KeyValueType.YEAR_MONTH, YearMonth.class, a, b, a.compareTo(b), '#');
  }

  @Provide
  Arbitrary<Year> years() {
    return KeyArbitraries.years();
  }

  @Property(tries = 300)
  void yearsRoundTripAndOrderInTime(@ForAll("years") Year a, @ForAll("years") Year b) {
    checkPair(KeyValueType.YEAR, Year.class, a, b, a.compareTo(b), '#');
  }

  @Provide
  Arbitrary<UUID> uuids() {
    return KeyArbitraries.uuids();
  }

  @Property
  void uuidsRoundTripAndOrderAsUnsigned128BitNumbers(
      @ForAll("uuids") UUID a, @ForAll("uuids") UUID b, @ForAll("delimiters") char delimiter) {
    checkPair(KeyValueType.UUID, UUID.class, a, b, KeyArbitraries.compareUnsigned(a, b), delimiter);
    // The canonical lower-case string orders alike, as the brief states the intended order.
    assertThat(compareUtf8Bytes(a.toString(), b.toString())).isEqualTo(KeyArbitraries.compareUnsigned(a, b));
  }

  @Property(tries = 300)
  void nonStringRenderingsAreFixedWidthAndNeedNoEscapingUnderAnyDelimiter(
      @ForAll("ints") int i, @ForAll("longs") long l, @ForAll("instants") Instant instant, @ForAll("uuids") UUID uuid) {
    KeyEncoding encoding = KeyEncoding.forDelimiter('+'); // the highest escape character: ','
    LocalDateTime dateTime = LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    String[] rendered = {
        KeyValueType.INT.render(i, encoding), KeyValueType.LONG.render(l, encoding),
        KeyValueType.INSTANT.render(instant, encoding), KeyValueType.LOCAL_DATE_TIME.render(dateTime, encoding),
        KeyValueType.LOCAL_DATE.render(dateTime.toLocalDate(), encoding),
        KeyValueType.YEAR_MONTH.render(YearMonth.from(dateTime), encoding),
        KeyValueType.YEAR.render(Year.from(dateTime), encoding), KeyValueType.UUID.render(uuid, encoding)};
    int[] widths = {i < 0 ? 11 : 10, l < 0 ? 20 : 19, 30, 29, 10, 7, 4, 36};
    for (int k = 0; k < rendered.length; k++) {
      assertThat(rendered[k]).hasSize(widths[k]);
      assertThat(rendered[k].chars()).allMatch(c -> c > ',');
    }
  }
}
