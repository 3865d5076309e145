package dev.singletable.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Generators and reference orders shared by the key property tests. Not a test itself.
 *
 * <p>Strings are valid UTF-16 without U+10FFFF and are biased towards the characters that make key
 * encoding hard: the delimiters and their escape characters, characters below them (space, '!',
 * '"', control characters), BMP characters above the surrogate block (U+E000..U+FFFF, which
 * {@link String#compareTo} sorts above supplementary characters) and supplementary characters.
 */
public final class KeyArbitraries {

  /** Smallest and largest epoch second of the years 0000..9999, computed independently. */
  public static final long MIN_EPOCH_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * 86_400L;
  public static final long MAX_EPOCH_SECOND = LocalDate.of(9999, 12, 31).toEpochDay() * 86_400L + 86_399L;

  private static final List<String> TRICKY = List.of(
      "#", "$", " ", "!", "\"", "\u0000", "\u001F", "%", "+", ",", "-", "0", "A", "a", "\u00E9",
      "\uD7FF", "\uE000", "\uFFFF", "\uD800\uDC00", "\uD83D\uDE00", "\uDBFF\uDFFE");

  private KeyArbitraries() {}

  /** Code points a key value may hold (never a surrogate, never U+10FFFF). */
  public static Arbitrary<Integer> codePoints() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(0x23, 0x24, 0x20, 0x21, 0x22, 0x00, 0x1F, 0x25, 0x2B, 0x2C)),
        Tuple.of(2, Arbitraries.integers().between(0x00, 0x2F)),
        Tuple.of(3, Arbitraries.integers().between(0x30, 0x7E)),
        Tuple.of(1, Arbitraries.integers().between(0x7F, 0xD7FF)),
        Tuple.of(2, Arbitraries.integers().between(0xE000, 0xFFFF)),
        Tuple.of(2, Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT - 1)));
  }

  /** Key values: random code points, or words over a small alphabet of tricky characters. */
  public static Arbitrary<String> values() {
    Arbitrary<String> random = codePoints().list().ofMaxSize(10).map(KeyArbitraries::fromCodePoints);
    Arbitrary<String> tricky = Arbitraries.of(TRICKY).list().ofMaxSize(5).map(parts -> String.join("", parts));
    return Arbitraries.oneOf(random, tricky);
  }

  /**
   * Pairs of values: independent, or sharing a common prefix (so that they differ late), or one a
   * prefix of the other.
   */
  public static Arbitrary<Tuple2<String, String>> valuePairs() {
    Arbitrary<Tuple2<String, String>> independent = Combinators.combine(values(), values()).as(Tuple::of);
    Arbitrary<Tuple2<String, String>> shared = Combinators.combine(values(), values(), values())
        .as((common, x, y) -> Tuple.of(common + x, common + y));
    Arbitrary<Tuple2<String, String>> extended = Combinators.combine(values(), values(), Arbitraries.of(true, false))
        .as((s, tail, swap) -> swap ? Tuple.of(s + tail, s) : Tuple.of(s, s + tail));
    return Arbitraries.oneOf(independent, shared, extended);
  }

  /** Characters of {@link KeyEncoding#ALLOWED_DELIMITERS}. */
  public static Arbitrary<Character> delimiters() {
    return Arbitraries.of(KeyEncoding.ALLOWED_DELIMITERS.chars().mapToObj(c -> (char) c).toList());
  }

  /** ints with their edges. */
  public static Arbitrary<Integer> ints() {
    return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.of(
        Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1_000_000_000, -1, 0, 1, 1_000_000_000, Integer.MAX_VALUE - 1,
        Integer.MAX_VALUE));
  }

  /** longs with their edges. */
  public static Arbitrary<Long> longs() {
    return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.integers().map(Integer::longValue), Arbitraries.of(
        Long.MIN_VALUE, Long.MIN_VALUE + 1, (long) Integer.MIN_VALUE - 1, -1L, 0L, 1L,
        (long) Integer.MAX_VALUE + 1, Long.MAX_VALUE - 1, Long.MAX_VALUE));
  }

  /** Instants of the years 0000..9999, any nanosecond. */
  public static Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds = Arbitraries.oneOf(
        Arbitraries.longs().between(MIN_EPOCH_SECOND, MAX_EPOCH_SECOND),
        Arbitraries.of(MIN_EPOCH_SECOND, MIN_EPOCH_SECOND + 1, -1L, 0L, 1L, MAX_EPOCH_SECOND - 1, MAX_EPOCH_SECOND));
    Arbitrary<Integer> nanos = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 999_999_999), Arbitraries.of(0, 1, 999_999_999));
    return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
  }

  /** Local date-times of the years 0000..9999, any nanosecond. */
  public static Arbitrary<LocalDateTime> localDateTimes() {
    return instants().map(i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC));
  }

  /** Dates of the years 0000..9999. */
  public static Arbitrary<LocalDate> localDates() {
    return Arbitraries.longs()
        .between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Months of the years 0000..9999. */
  public static Arbitrary<YearMonth> yearMonths() {
    return Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(1, 12))
        .as(YearMonth::of);
  }

  /** Years 0000..9999. */
  public static Arbitrary<Year> years() {
    return Arbitraries.integers().between(0, 9999).map(Year::of);
  }

  /** Any UUID, including those with the sign bit set in either half. */
  public static Arbitrary<UUID> uuids() {
    Arbitrary<Long> halves = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
    return Combinators.combine(halves, halves).as(UUID::new);
  }

  /** Compares as DynamoDB does: by the unsigned UTF-8 bytes. */
  public static int compareUtf8Bytes(String a, String b) {
    return Integer.signum(Arrays.compareUnsigned(a.getBytes(UTF_8), b.getBytes(UTF_8)));
  }

  /** Compares UUIDs as unsigned 128-bit numbers (not {@link UUID#compareTo}, which is signed). */
  public static int compareUnsigned(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return Integer.signum(high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits()));
  }

  /** Builds a string from code points. */
  public static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder out = new StringBuilder();
    codePoints.forEach(out::appendCodePoint);
    return out.toString();
  }
}
