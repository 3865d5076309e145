package dev.singletable.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Coarse temporal renderings are prefixes of finer ones ({@link KeyValueType#coarser()}), and
 * temporal values outside the years 0000..9999 are rejected naming the value.
 */
class TemporalPrefixPropertiesTest {

  private static final KeyEncoding HASH = KeyEncoding.forDelimiter('#');

  /** The value of {@code coarse} type that contains {@code value} (instants taken in UTC). */
  private static Object coarsen(Object value, KeyValueType coarse) {
    Temporal local = value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : (Temporal) value;
    return switch (coarse) {
      case LOCAL_DATE -> LocalDate.from(local);
      case YEAR_MONTH -> YearMonth.from(local);
      case YEAR -> Year.from(local);
      default -> throw new AssertionError(coarse);
    };
  }

  private static void checkCoarserRenderingsArePrefixes(KeyValueType type, Object value) {
    String fine = type.render(value, HASH);
    for (KeyValueType coarse : type.coarser()) {
      String prefix = coarse.render(coarsen(value, coarse), HASH);
      assertThat(fine).as("%s of %s", coarse, value).startsWith(prefix);
    }
  }

  @Test
  void coarserListsTheTemporalTypesWhoseRenderingsArePrefixesFinestFirst() {
    assertThat(KeyValueType.INSTANT.coarser())
        .containsExactly(KeyValueType.LOCAL_DATE, KeyValueType.YEAR_MONTH, KeyValueType.YEAR);
    assertThat(KeyValueType.LOCAL_DATE_TIME.coarser())
        .containsExactly(KeyValueType.LOCAL_DATE, KeyValueType.YEAR_MONTH, KeyValueType.YEAR);
    assertThat(KeyValueType.LOCAL_DATE.coarser()).containsExactly(KeyValueType.YEAR_MONTH, KeyValueType.YEAR);
    assertThat(KeyValueType.YEAR_MONTH.coarser()).containsExactly(KeyValueType.YEAR);
    for (KeyValueType type : List.of(KeyValueType.YEAR, KeyValueType.STRING, KeyValueType.ENUM, KeyValueType.INT,
        KeyValueType.LONG, KeyValueType.BOOLEAN, KeyValueType.UUID)) {
      assertThat(type.coarser()).as("%s", type).isEmpty();
    }
  }

  @Provide
  Arbitrary<Instant> instants() {
    return KeyArbitraries.instants();
  }

  @Provide
  Arbitrary<LocalDateTime> localDateTimes() {
    return KeyArbitraries.localDateTimes();
  }

  @Provide
  Arbitrary<LocalDate> localDates() {
    return KeyArbitraries.localDates();
  }

  @Provide
  Arbitrary<YearMonth> yearMonths() {
    return KeyArbitraries.yearMonths();
  }

  @Property(tries = 300)
  void coarserRenderingsOfAnInstantAreItsUtcDateMonthAndYearPrefixes(@ForAll("instants") Instant instant) {
    checkCoarserRenderingsArePrefixes(KeyValueType.INSTANT, instant);
  }

  @Property(tries = 300)
  void coarserRenderingsOfALocalDateTimeArePrefixes(@ForAll("localDateTimes") LocalDateTime dateTime) {
    checkCoarserRenderingsArePrefixes(KeyValueType.LOCAL_DATE_TIME, dateTime);
  }

  @Property(tries = 300)
  void coarserRenderingsOfALocalDateArePrefixes(@ForAll("localDates") LocalDate date) {
    checkCoarserRenderingsArePrefixes(KeyValueType.LOCAL_DATE, date);
    checkCoarserRenderingsArePrefixes(KeyValueType.YEAR_MONTH, YearMonth.from(date));
  }

  @Property
  void monthRenderingIsAPrefixOfADateExactlyWhenTheDateIsInThatMonth(
      @ForAll("localDates") LocalDate date, @ForAll("yearMonths") YearMonth month, @ForAll boolean sameYear) {
    // Half the time pick a month of the date's own year so that near misses are common.
    YearMonth candidate = sameYear ? YearMonth.of(date.getYear(), month.getMonthValue()) : month;
    String renderedDate = KeyValueType.LOCAL_DATE.render(date, HASH);
    String renderedMonth = KeyValueType.YEAR_MONTH.render(candidate, HASH);

    assertThat(renderedDate.startsWith(renderedMonth)).isEqualTo(YearMonth.from(date).equals(candidate));
  }

  @Property
  void dateRenderingIsAPrefixOfAnInstantExactlyWhenTheInstantIsOnThatUtcDay(
      @ForAll("instants") Instant instant, @ForAll int dayOffset) {
    LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
    LocalDate candidate = day.plusDays(dayOffset % 3); // the day before, of, or after
    if (candidate.getYear() < 0 || candidate.getYear() > 9999) {
      candidate = day;
    }
    String renderedInstant = KeyValueType.INSTANT.render(instant, HASH);

    assertThat(renderedInstant.startsWith(KeyValueType.LOCAL_DATE.render(candidate, HASH)))
        .isEqualTo(candidate.equals(day));
  }

  @Provide
  Arbitrary<Integer> yearsOutsideTheRange() {
    return Arbitraries.oneOf(Arbitraries.integers().between(-999_999, -1), Arbitraries.integers().between(10_000, 999_999));
  }

  @Property(tries = 200)
  void renderingAnyTemporalWithAYearOutside0000To9999FailsNamingTheValue(
      @ForAll("yearsOutsideTheRange") int year, @ForAll("localDateTimes") LocalDateTime inRange) {
    LocalDateTime dateTime = inRange.withYear(year);
    Instant instant = dateTime.toInstant(ZoneOffset.UTC);
    List<Object[]> cases = List.of(
        new Object[] {KeyValueType.YEAR, Year.of(year)},
        new Object[] {KeyValueType.YEAR_MONTH, YearMonth.from(dateTime)},
        new Object[] {KeyValueType.LOCAL_DATE, dateTime.toLocalDate()},
        new Object[] {KeyValueType.INSTANT, instant});
    for (Object[] c : cases) {
      KeyValueType type = (KeyValueType) c[0];
      assertThatThrownBy(() -> type.render(c[1], HASH))
          .as("%s %s", type, c[1])
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(c[1].getClass().getSimpleName() + " " + c[1])
          .hasMessageContaining("0000 to 9999");
    }
    // A LocalDateTime is rejected too (KeyValuesTest checks how its message names it).
    assertThatThrownBy(() -> KeyValueType.LOCAL_DATE_TIME.render(dateTime, HASH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dateTime.toLocalDate().toString())
        .hasMessageContaining("0000 to 9999");
  }
}
