package dev.singletable.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyValueType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The automata of {@link ValueLanguages} hold exactly the texts that core renders: every rendered
 * value is a member, and a text is a member only if it parses back to a value that renders to it.
 */
class ValueLanguagesTest {

  private static final KeyEncoding HASH = KeyEncoding.forDelimiter('#');
  private static final long MIN_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * 86_400L;
  private static final long MAX_SECOND = LocalDate.of(9999, 12, 31).toEpochDay() * 86_400L + 86_399L;

  enum Color { RED, GREEN, A$B }

  @Property
  void everyRenderedValueIsAMember(@ForAll("values") Object value) {
    KeyValueType type = KeyValueType.forClass(value.getClass()).orElseThrow();
    String rendered = type.render(value, HASH);

    assertThat(Languages.contains(language(type), rendered)).as("%s renders %s", value, rendered).isTrue();
  }

  @Property
  void aTextIsAMemberExactlyWhenItIsARendering(@ForAll("values") Object value, @ForAll @IntRange(max = 40) int at,
      @ForAll("edits") String edit, @ForAll boolean insert) {
    KeyValueType type = KeyValueType.forClass(value.getClass()).orElseThrow();
    String rendered = type.render(value, HASH);
    int position = Math.min(at, rendered.length());
    String text = insert || position == rendered.length()
        ? rendered.substring(0, position) + edit + rendered.substring(position)
        : rendered.substring(0, position) + edit + rendered.substring(position + 1);

    assertThat(Languages.contains(language(type), text)).as(text).isEqualTo(isRendering(type, text));
  }

  @Property
  void aStringIsAMemberExactlyWhenItDecodesAndEncodesBack(@ForAll("raw") String text,
      @ForAll("delimiters") char delimiter) {
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
    Nfa strings = ValueLanguages.escapedString(encoding.escape());

    assertThat(Languages.contains(strings, encoding.encode(text))).isTrue();
    assertThat(Languages.contains(strings, text)).as(text).isEqualTo(decodesBack(encoding, text));
  }

  @ParameterizedTest
  @CsvSource({
      "2024-02-29, true", "2000-02-29, true", "0000-02-29, true", "2025-02-29, false", "1900-02-29, false",
      "2026-04-30, true", "2026-04-31, false", "2026-12-31, true", "2026-13-01, false", "2026-00-10, false",
      "2026-01-00, false", "9999-12-31, true"})
  void datesFollowTheCalendar(String text, boolean valid) {
    assertThat(Languages.contains(language(KeyValueType.LOCAL_DATE), text)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"2147483647, true", "2147483648, false", "-0000000000, true", "-2147483647, true", "-2147483648, false",
      "0000000042, true", "000000042, false"})
  void intsHaveTenDigitsUpToTheLargestInt(String text, boolean valid) {
    assertThat(Languages.contains(language(KeyValueType.INT), text)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"RED, true", "GREEN, true", "A$24B, true", "A$B, false", "BLUE, false", "RE, false"})
  void enumsRenderTheirEscapedConstantNames(String text, boolean valid) {
    Nfa colors = ValueLanguages.of(KeyValueType.ENUM, List.of("RED", "GREEN", "A$B"), HASH);

    assertThat(Languages.contains(colors, text)).isEqualTo(valid);
  }

  private static Nfa language(KeyValueType type) {
    return ValueLanguages.of(type, List.of("RED", "GREEN", "A$B"), HASH);
  }

  private static boolean isRendering(KeyValueType type, String text) {
    try {
      return type.render(type.parse(text, Color.class, HASH), HASH).equals(text);
    } catch (IllegalArgumentException notRendered) {
      return false;
    }
  }

  private static boolean decodesBack(KeyEncoding encoding, String text) {
    try {
      return encoding.encode(encoding.decode(text)).equals(text);
    } catch (IllegalArgumentException notEncoded) {
      return false;
    }
  }

  @Provide
  Arbitrary<Object> values() {
    Arbitrary<LocalDate> dates = Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(),
        LocalDate.of(9999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    Arbitrary<Instant> instants = Combinators.combine(Arbitraries.longs().between(MIN_SECOND, MAX_SECOND),
        Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
    return Arbitraries.oneOf(
        Arbitraries.integers().map(Object.class::cast),
        Arbitraries.longs().map(Object.class::cast),
        Arbitraries.of(true, false).map(Object.class::cast),
        Arbitraries.of(Color.class).map(Object.class::cast),
        Arbitraries.integers().between(0, 9999).map(Year::of),
        dates.map(YearMonth::from),
        dates.map(Object.class::cast),
        instants.map(i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC)),
        instants.map(Object.class::cast),
        Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2())));
  }

  @Provide
  Arbitrary<String> edits() {
    return Arbitraries.of("", "0", "1", "2", "3", "9", "-", ":", ".", "T", "Z", "a", "f", "g", "A", "$", "#", "00",
        "true", "E", "$24", "-0");
  }

  @Provide
  Arbitrary<String> raw() {
    return Arbitraries.of("a", "$", "#", " ", "!", "2", "0", "F", "G", "f", "$2", "$23", "$24", "$25", "$1F", "$0A",
        "$2C", "$2D", "\u00E9", "%", "+", ",").list().ofMaxSize(5).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<Character> delimiters() {
    return Arbitraries.of(KeyEncoding.ALLOWED_DELIMITERS.chars().mapToObj(c -> (char) c).toList());
  }
}
