package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** DynamoDB itself sorts rendered keys like the values: numbers, instants, escaped strings. */
class KeyOrderTest extends StoreFixture {

  private static Sample sample(String group, int number, long count, Instant at) {
    return new Sample(group, number, count, number % 2 == 0, at, LocalDateTime.of(2026, 3, 15, 10, 0),
        YearMonth.of(2026, 3), Year.of(2026), UUID.nameUUIDFromBytes(Long.toString(count).getBytes()), Status.PENDING);
  }

  @Test
  void negativeAndPositiveNumbersSortNumerically() {
    long[] counts = {Long.MIN_VALUE, -1_000_000, -1, 0, 7, 42, Long.MAX_VALUE};
    int[] numbers = {Integer.MIN_VALUE, -5, -1, 0, 3, 10, Integer.MAX_VALUE};
    List<Sample> written = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      // Insert in reverse so that the result order cannot come from insertion order.
      int j = counts.length - 1 - i;
      Sample s = sample("g", numbers[j], counts[j], Instant.EPOCH.plusSeconds(j));
      samples.put(s);
      written.add(s);
    }

    List<Sample> byCount = samples.query(SampleKeys.lsi1Pk("g")).beginsWith(SampleKeys.lsi1SkPrefix()).list();
    List<Sample> bySortKey = samples.query(SampleKeys.pk("g")).list();

    assertThat(byCount).extracting(Sample::count).containsExactly(
        Long.MIN_VALUE, -1_000_000L, -1L, 0L, 7L, 42L, Long.MAX_VALUE);
    assertThat(bySortKey).extracting(Sample::number).isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(bySortKey).containsExactlyInAnyOrderElementsOf(written);
  }

  @Test
  void instantsSortChronologicallyAcrossCenturiesAndNanoseconds() {
    Instant[] instants = {
        Instant.parse("1969-12-31T23:59:59.999999999Z"), Instant.parse("1970-01-01T00:00:00Z"),
        Instant.parse("2026-03-15T10:00:00.000000001Z"), Instant.parse("2026-03-15T10:00:00.1Z"),
        Instant.parse("9999-12-31T23:59:59.999999999Z")};
    for (int i = instants.length - 1; i >= 0; i--) {
      samples.put(sample("t", i, i, instants[i]));
    }

    assertThat(samples.query(SampleKeys.gsi1Pk("t")).list()).extracting(Sample::at).containsExactly(instants);
  }

  @Test
  void valuesWithTheDelimiterAndEscapeCharacterRoundTripThroughKeys() {
    Sample tricky = sample("a#b $c\u00e9\uD83D\uDE00", 1, 1, Instant.EPOCH);
    samples.put(tricky);

    assertThat(samples.query(SampleKeys.pk("a#b $c\u00e9\uD83D\uDE00")).list()).containsExactly(tricky);
    assertThat(SampleKeys.pk("a#b $c").value()).isEqualTo("SAMPLE#a$23b$20$24c");
  }
}
