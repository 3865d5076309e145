package dev.singletable.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link KeyText} returns exactly what the {@link KeyValues} appenders append. */
class KeyTextPropertiesTest {

  @Property
  void intsRenderAsAppended(@ForAll("ints") int value) {
    assertThat(KeyText.intValue(value)).isEqualTo(KeyValues.appendInt(new StringBuilder(), value).toString());
  }

  @Property
  void longsRenderAsAppended(@ForAll("longs") long value) {
    assertThat(KeyText.longValue(value)).isEqualTo(KeyValues.appendLong(new StringBuilder(), value).toString());
  }

  @Property
  void temporalValuesRenderAsAppended(@ForAll("localDates") LocalDate date, @ForAll("yearMonths") YearMonth month,
      @ForAll("years") Year year, @ForAll("localDateTimes") LocalDateTime dateTime, @ForAll("instants") Instant instant) {
    assertThat(KeyText.localDate(date)).isEqualTo(KeyValues.appendLocalDate(new StringBuilder(), date).toString());
    assertThat(KeyText.yearMonth(month)).isEqualTo(KeyValues.appendYearMonth(new StringBuilder(), month).toString());
    assertThat(KeyText.year(year)).isEqualTo(KeyValues.appendYear(new StringBuilder(), year).toString());
    assertThat(KeyText.localDateTime(dateTime))
        .isEqualTo(KeyValues.appendLocalDateTime(new StringBuilder(), dateTime).toString());
    assertThat(KeyText.instant(instant)).isEqualTo(KeyValues.appendInstant(new StringBuilder(), instant).toString());
  }

  @Property
  void uuidsRenderAsAppended(@ForAll("uuids") UUID value) {
    assertThat(KeyText.uuid(value)).isEqualTo(KeyValues.appendUuid(new StringBuilder(), value).toString());
  }

  @Property
  void concatenatesAsPlus(@ForAll List<String> parts) {
    String joined = String.join("", parts);
    String[] array = parts.toArray(String[]::new);
    assertThat(KeyText.concat(array)).isEqualTo(joined);
    if (array.length >= 3 && array.length <= 6) {
      String fixed = switch (array.length) {
        case 3 -> KeyText.concat(array[0], array[1], array[2]);
        case 4 -> KeyText.concat(array[0], array[1], array[2], array[3]);
        case 5 -> KeyText.concat(array[0], array[1], array[2], array[3], array[4]);
        default -> KeyText.concat(array[0], array[1], array[2], array[3], array[4], array[5]);
      };
      assertThat(fixed).isEqualTo(joined);
    }
  }

  @Test
  void concatenatesLatin1AndWiderText() {
    assertThat(KeyText.concat("ORDER#", "2026-01-08", "#", "o-7")).isEqualTo("ORDER#2026-01-08#o-7");
    assertThat(KeyText.concat("A#", "\u00e9t\u00e9", "#", "\ud83d\ude00", "#", "")).isEqualTo("A#\u00e9t\u00e9#\ud83d\ude00#");
    assertThat(KeyText.concat("", "", "")).isEmpty();
  }

  @Test
  void booleansAndEdgesRenderAsAppended() {
    assertThat(KeyText.booleanValue(true)).isEqualTo("true");
    assertThat(KeyText.booleanValue(false)).isEqualTo("false");
    assertThat(KeyText.intValue(0)).isEqualTo("0000000000");
    assertThat(KeyText.intValue(Integer.MIN_VALUE)).isEqualTo("-0000000000");
    assertThat(KeyText.longValue(Long.MAX_VALUE)).isEqualTo("9223372036854775807");
    assertThat(KeyText.localDate(LocalDate.of(7, 1, 2))).isEqualTo("0007-01-02");
    assertThat(KeyText.year(Year.of(0))).isEqualTo("0000");
  }

  @Test
  void yearsOutsideTheRangeFailAsWhenAppended() {
    assertThatThrownBy(() -> KeyText.localDate(LocalDate.of(10_000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LocalDate +10000-01-01 is outside");
    assertThatThrownBy(() -> KeyText.yearMonth(YearMonth.of(-1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the years 0000 to 9999");
    assertThatThrownBy(() -> KeyText.year(Year.of(12_345)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Year 12345");
  }

  @Provide
  Arbitrary<Integer> ints() {
    return KeyArbitraries.ints();
  }

  @Provide
  Arbitrary<Long> longs() {
    return KeyArbitraries.longs();
  }

  @Provide
  Arbitrary<LocalDate> localDates() {
    return KeyArbitraries.localDates();
  }

  @Provide
  Arbitrary<YearMonth> yearMonths() {
    return KeyArbitraries.yearMonths();
  }

  @Provide
  Arbitrary<Year> years() {
    return KeyArbitraries.years();
  }

  @Provide
  Arbitrary<LocalDateTime> localDateTimes() {
    return KeyArbitraries.localDateTimes();
  }

  @Provide
  Arbitrary<Instant> instants() {
    return KeyArbitraries.instants();
  }

  @Provide
  Arbitrary<UUID> uuids() {
    return KeyArbitraries.uuids();
  }
}
