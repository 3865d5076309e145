package dev.singletable.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples of the fixed-width forms of {@link KeyValues} and the texts their parsers reject. */
class KeyValuesTest {

  private static String render(Function<StringBuilder, StringBuilder> append) {
    return append.apply(new StringBuilder()).toString();
  }

  @Test
  void intsAreTenDigitsAndNegativesAreDashPlusTheValuePlusTwoToThe31() {
    assertThat(render(out -> KeyValues.appendInt(out, 42))).isEqualTo("0000000042");
    assertThat(render(out -> KeyValues.appendInt(out, 0))).isEqualTo("0000000000");
    assertThat(render(out -> KeyValues.appendInt(out, Integer.MAX_VALUE))).isEqualTo("2147483647");
    // -1 + 2^31 = 2147483647; MIN_VALUE + 2^31 = 0.
    assertThat(render(out -> KeyValues.appendInt(out, -1))).isEqualTo("-2147483647");
    assertThat(render(out -> KeyValues.appendInt(out, Integer.MIN_VALUE))).isEqualTo("-0000000000");
    assertThat(render(out -> KeyValues.appendInt(out, -42))).isEqualTo("-2147483606");
  }

  @Test
  void longsAreNineteenDigitsAndNegativesAreDashPlusTheValuePlusTwoToThe63() {
    assertThat(render(out -> KeyValues.appendLong(out, 42L))).isEqualTo("0000000000000000042");
    assertThat(render(out -> KeyValues.appendLong(out, Long.MAX_VALUE))).isEqualTo("9223372036854775807");
    assertThat(render(out -> KeyValues.appendLong(out, -1L))).isEqualTo("-9223372036854775807");
    assertThat(render(out -> KeyValues.appendLong(out, Long.MIN_VALUE))).isEqualTo("-0000000000000000000");
  }

  @Test
  void temporalValuesUseTheDocumentedFixedWidthForms() {
    assertThat(render(out -> KeyValues.appendLocalDate(out, LocalDate.of(2026, 3, 15)))).isEqualTo("2026-03-15");
    assertThat(render(out -> KeyValues.appendYearMonth(out, YearMonth.of(2026, 3)))).isEqualTo("2026-03");
    assertThat(render(out -> KeyValues.appendYear(out, Year.of(7)))).isEqualTo("0007");
    assertThat(render(out -> KeyValues.appendLocalDateTime(out, LocalDateTime.of(2026, 3, 15, 10, 0))))
        .isEqualTo("2026-03-15T10:00:00.000000000");
    assertThat(render(out -> KeyValues.appendInstant(out, Instant.parse("2026-03-15T10:00:00.000000001Z"))))
        .isEqualTo("2026-03-15T10:00:00.000000001Z");
    assertThat(render(out -> KeyValues.appendInstant(out, Instant.parse("0000-01-01T00:00:00Z"))))
        .isEqualTo("0000-01-01T00:00:00.000000000Z");
    assertThat(render(out -> KeyValues.appendInstant(out, Instant.parse("9999-12-31T23:59:59.999999999Z"))))
        .isEqualTo("9999-12-31T23:59:59.999999999Z");
    assertThat(render(out -> KeyValues.appendBoolean(out, false))).isEqualTo("false");
  }

  @Test
  void appendWritesAfterWhatTheBuilderAlreadyHolds() {
    StringBuilder out = new StringBuilder("AMOUNT#");
    assertThat(KeyValues.appendInt(out, 7)).isSameAs(out);
    assertThat(out).hasToString("AMOUNT#0000000007");
  }

  @Test
  void uuidsUseTheCanonicalLowerCaseForm() {
    UUID uuid = new UUID(0x123E4567E89B12D3L, 0xA456426614174000L);
    assertThat(render(out -> KeyValues.appendUuid(out, uuid))).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "42", "000000042", "00000000042", "+000000042", "-+00000042", "2147483648",
      "9999999999", "-2147483648", "-9999999999", " 000000042", "000000004a", "-000000000", "--000000000",
      "\uFF10000000042"})
  void parseIntRejectsWrongWidthSignsAndOutOfRangeValues(String text) {
    assertThatThrownBy(() -> KeyValues.parseInt(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"" + text + "\" is not a rendered int key value");
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "000000000000000042", "00000000000000000042", "+000000000000000042",
      "9223372036854775808", "9999999999999999999", "-9223372036854775808", "-9999999999999999999", "0000000042"})
  void parseLongRejectsWrongWidthSignsAndOutOfRangeValues(String text) {
    assertThatThrownBy(() -> KeyValues.parseLong(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"" + text + "\" is not a rendered long key value");
  }

  @Test
  void parseIntAndLongAcceptTheirExtremes() {
    assertThat(KeyValues.parseInt("2147483647")).isEqualTo(Integer.MAX_VALUE);
    assertThat(KeyValues.parseInt("-2147483647")).isEqualTo(-1);
    assertThat(KeyValues.parseInt("-0000000000")).isEqualTo(Integer.MIN_VALUE);
    assertThat(KeyValues.parseLong("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    assertThat(KeyValues.parseLong("-9223372036854775807")).isEqualTo(-1L);
    assertThat(KeyValues.parseLong("-0000000000000000000")).isEqualTo(Long.MIN_VALUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "TRUE", "True", "1", "yes", "true "})
  void parseBooleanAcceptsOnlyTrueAndFalse(String text) {
    assertThatThrownBy(() -> KeyValues.parseBoolean(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "202", "20260", "-001", "+202", "20a6", "\uFF12026"})
  void parseYearRejectsAnythingButFourDigits(String text) {
    assertThatThrownBy(() -> KeyValues.parseYear(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\" is not a rendered Year");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13", "2026-00", "2026/03", "2026-3", "202603", "2026-03-01", "+026-03", "2026-+3"})
  void parseYearMonthRejectsMalformedAndImpossibleMonths(String text) {
    assertThatThrownBy(() -> KeyValues.parseYearMonth(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\" is not a rendered YearMonth");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-03-00", "2026-3-15",
      "2026-03-15T", "2026/03/15", "20260315", "2026-03-1a"})
  void parseLocalDateRejectsMalformedAndImpossibleDates(String text) {
    assertThatThrownBy(() -> KeyValues.parseLocalDate(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\" is not a rendered LocalDate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-15T24:00:00.000000000", "2026-03-15T10:60:00.000000000",
      "2026-03-15T10:00:60.000000000", "2026-03-15 10:00:00.000000000", "2026-03-15T10:00:00.00000000",
      "2026-03-15T10:00:00.000000000Z", "2026-02-30T10:00:00.000000000", "2026-03-15T10:00:00",
      "2026-03-15T1a:00:00.000000000", "2026-03-15T10:00:00.-00000000"})
  void parseLocalDateTimeRejectsMalformedAndImpossibleTimes(String text) {
    assertThatThrownBy(() -> KeyValues.parseLocalDateTime(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\" is not a rendered LocalDateTime");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-15T10:00:00.000000000", "2026-03-15T10:00:00.000000000z",
      "2026-03-15T10:00:00.000000000+", "2026-03-15T10:00:00Z", "2026-03-15T25:00:00.000000000Z",
      "2026-03-15T10:00:00.000000000ZZ"})
  void parseInstantRejectsMissingOrWrongZoneAndImpossibleTimes(String text) {
    assertThatThrownBy(() -> KeyValues.parseInstant(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\" is not a rendered Instant");
  }

  @ParameterizedTest
  @ValueSource(strings = {"123E4567-E89B-12D3-A456-426614174000", "123e4567-e89b-12d3-a456-42661417400A",
      "123e4567e89b12d3a456426614174000", "1-2-3-4-5", "+23e4567-e89b-12d3-a456-426614174000",
      "123e4567-e89b-12d3-a456-4266141740000", "123e4567-e89b-12d3-a4564-26614174000",
      "g23e4567-e89b-12d3-a456-426614174000", ""})
  void parseUuidRejectsUpperCaseAndNonCanonicalForms(String text) {
    assertThatThrownBy(() -> KeyValues.parseUuid(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\" is not a rendered UUID");
  }

  @Test
  void parseUuidAcceptsTheCanonicalLowerCaseForm() {
    assertThat(KeyValues.parseUuid("123e4567-e89b-12d3-a456-426614174000"))
        .isEqualTo(new UUID(0x123E4567E89B12D3L, 0xA456426614174000L));
    assertThat(KeyValues.parseUuid("ffffffff-ffff-ffff-ffff-ffffffffffff")).isEqualTo(new UUID(-1L, -1L));
  }

  @Test
  void renderingAYearOutside0000To9999FailsNamingTheValue() {
    LocalDate tooEarly = LocalDate.of(-1, 12, 31);
    LocalDate tooLate = LocalDate.of(10000, 1, 1);
    assertThatThrownBy(() -> KeyValues.appendLocalDate(new StringBuilder(), tooEarly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LocalDate -0001-12-31 is outside the years 0000 to 9999 that keys can render");
    assertThatThrownBy(() -> KeyValues.appendLocalDate(new StringBuilder(), tooLate))
        .hasMessageContaining("+10000-01-01");
    assertThatThrownBy(() -> KeyValues.appendYear(new StringBuilder(), Year.of(10000)))
        .hasMessageContaining("Year 10000");
    assertThatThrownBy(() -> KeyValues.appendYearMonth(new StringBuilder(), YearMonth.of(-5, 1)))
        .hasMessageContaining("YearMonth -0005-01");
    LocalDateTime lateDateTime = LocalDateTime.of(10000, 1, 1, 0, 0);
    assertThatThrownBy(() -> KeyValues.appendLocalDateTime(new StringBuilder(), lateDateTime))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LocalDateTime " + lateDateTime);
    Instant justBefore = Instant.parse("0000-01-01T00:00:00Z").minusNanos(1);
    assertThatThrownBy(() -> KeyValues.appendInstant(new StringBuilder(), justBefore))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Instant " + justBefore)
        .hasMessageContaining("0000 to 9999");
    Instant justAfter = Instant.parse("9999-12-31T23:59:59.999999999Z").plusNanos(1);
    assertThatThrownBy(() -> KeyValues.appendInstant(new StringBuilder(), justAfter))
        .hasMessageContaining("Instant " + justAfter);
  }
}
