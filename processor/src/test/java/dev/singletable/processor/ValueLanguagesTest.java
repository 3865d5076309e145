package dev.singletable.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyFormat;
import dev.singletable.internal.KeySpellings;
import dev.singletable.internal.KeyValueType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * The automata of {@link ValueLanguages} hold exactly the texts that core renders, in the default
 * forms and in every key format: every rendered value is a member, and a text is a member only if
 * it parses back to a value that renders to it.
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

  /** A placeholder format with the spellings it needs, and a value to render in it. */
  record Formatted(ValueFormat format, Object value) {
    KeySpellings spellings() {
      return KeySpellings.of(Color.values(), SPELLINGS.toArray(String[]::new));
    }

    String render() {
      return format.format().render(value, format.type(), format.width(), spellings(), HASH);
    }

    boolean isRendering(String text) {
      try {
        Object parsed = format.format().parse(text, format.type(), javaType(), format.width(), spellings(), HASH);
        return format.format().render(parsed, format.type(), format.width(), spellings(), HASH).equals(text);
      } catch (IllegalArgumentException notRendered) {
        return false;
      }
    }

    private Class<?> javaType() {
      return switch (format.type()) {
        case INT -> int.class;
        case LONG -> long.class;
        case ENUM -> Color.class;
        case INSTANT -> Instant.class;
        default -> String.class;
      };
    }
  }

  private static final List<String> SPELLINGS = List.of("r", "g g", "r-2");

  @Property
  void everyValueRenderedInAFormatIsAMember(@ForAll("formatted") Formatted formatted) {
    String rendered;
    try {
      rendered = formatted.render();
    } catch (IllegalArgumentException doesNotFit) {
      return; // a value outside the format (too many digits, a delimiter): refused, never rendered
    }
    assertThat(Languages.contains(ValueLanguages.of(formatted.format(), HASH), rendered))
        .as("%s renders %s", formatted, rendered).isTrue();
  }

  @Property(tries = 3000)
  void aTextIsAMemberOfAFormatExactlyWhenItIsARendering(@ForAll("formatted") Formatted formatted,
      @ForAll @IntRange(max = 30) int at, @ForAll("edits") String edit, @ForAll boolean insert) {
    String rendered;
    try {
      rendered = formatted.render();
    } catch (IllegalArgumentException doesNotFit) {
      rendered = "0";
    }
    int position = Math.min(at, rendered.length());
    String text = insert || position == rendered.length()
        ? rendered.substring(0, position) + edit + rendered.substring(position)
        : rendered.substring(0, position) + edit + rendered.substring(position + 1);

    assertThat(Languages.contains(ValueLanguages.of(formatted.format(), HASH), text))
        .as("%s: %s", formatted.format(), text).isEqualTo(formatted.isRendering(text));
  }

  @ParameterizedTest
  @CsvSource({"9223372036854775807, true", "9300000000000000000, false", "9999999999999999999, false",
      "0000000000000000042, true", "922337203685477580, false"})
  void longsPaddedToNineteenDigitsStopAtLongMax(String text, boolean valid) {
    ValueFormat padded = new ValueFormat(KeyValueType.LONG, KeyFormat.PADDED, 19, List.of(), List.of());

    assertThat(Languages.contains(ValueLanguages.of(padded, HASH), text)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"0, true", "7, true", "-7, true", "2147483647, true", "2147483648, false", "-2147483648, true",
      "-2147483649, false", "07, false", "-0, false", "+7, false", "'', false", "-, false", "99999999999, false"})
  void unpaddedIntsAreCanonicalDecimalsOfTheIntRange(String text, boolean valid) {
    ValueFormat unpadded = new ValueFormat(KeyValueType.INT, KeyFormat.UNPADDED, -1, List.of(), List.of());

    assertThat(Languages.contains(ValueLanguages.of(unpadded, HASH), text)).isEqualTo(valid);
  }

  @Provide
  Arbitrary<Formatted> formatted() {
    Arbitrary<Instant> instants = Combinators.combine(Arbitraries.longs().between(MIN_SECOND, MAX_SECOND),
        Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
    Arbitrary<Instant> millis = instants.map(i -> i.truncatedTo(ChronoUnit.MILLIS));
    Arbitrary<Instant> seconds = Arbitraries.oneOf(instants.map(i -> i.truncatedTo(ChronoUnit.SECONDS)),
        Arbitraries.longs().between(0, 99_999).map(Instant::ofEpochSecond));
    Arbitrary<Long> numbers = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-1000, 100_000));
    Arbitrary<Integer> widths = Arbitraries.integers().between(1, 19);
    return Arbitraries.oneOf(
        millis.map(i -> formatted(KeyFormat.ISO_MILLIS, KeyValueType.INSTANT, -1, i)),
        Combinators.combine(seconds, widths).as((i, w) -> formatted(KeyFormat.EPOCH_SECONDS, KeyValueType.INSTANT,
            w > 12 ? -1 : w, i)),
        Combinators.combine(millis, widths).as((i, w) -> formatted(KeyFormat.EPOCH_MILLIS, KeyValueType.INSTANT,
            w > 15 ? -1 : w, i)),
        numbers.map(n -> formatted(KeyFormat.UNPADDED, KeyValueType.LONG, -1, n)),
        numbers.map(n -> formatted(KeyFormat.UNPADDED, KeyValueType.INT, -1, (int) (long) n)),
        Combinators.combine(numbers, widths).as((n, w) -> formatted(KeyFormat.PADDED, KeyValueType.LONG, w, n)),
        Combinators.combine(numbers, widths).as((n, w) -> formatted(KeyFormat.PADDED, KeyValueType.INT,
            Math.min(w, 10), (int) (long) n)),
        Arbitraries.of(Color.class).map(c -> formatted(KeyFormat.LOWER, KeyValueType.ENUM, -1, c)),
        Arbitraries.of(Color.class).map(c -> formatted(KeyFormat.SPELLED, KeyValueType.ENUM, -1, c)),
        raw().map(t -> formatted(KeyFormat.RAW, KeyValueType.STRING, -1, t)));
  }

  private static Formatted formatted(KeyFormat format, KeyValueType type, int width, Object value) {
    List<String> constants = List.of("RED", "GREEN", "A$B");
    List<String> words = format == KeyFormat.LOWER ? List.of("red", "green", "a$b")
        : format == KeyFormat.SPELLED ? SPELLINGS : List.of();
    return new Formatted(new ValueFormat(type, format, width, type == KeyValueType.ENUM ? constants : List.of(),
        words), value);
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
        "true", "E", "$24", "-0", "r", "g", " ", "ed", "+", "000", "99");
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
