package dev.singletable.internal;

import static dev.singletable.internal.KeyArbitraries.compareUtf8Bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

/**
 * Every {@link KeyFormat} keeps the order it claims and parses back where it claims: a rendering
 * parses back to the value it came from, a text parses only if it is the rendering of what it
 * parses to (so two values never share a key), and rendered values compared by UTF-8 bytes (as
 * DynamoDB compares) order like the values wherever the format says they do.
 */
class KeyFormatPropertiesTest {

  private static final KeyEncoding HASH = KeyEncoding.forDelimiter('#');
  private static final int NO_WIDTH = KeyTemplate.Format.NO_WIDTH;
  /** An independent oracle for iso-millis: JavaScript's {@code Date.toISOString()} pattern. */
  private static final DateTimeFormatter TO_ISO_STRING =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Constants whose lower-case names order differently from their names and their ordinals. */
  enum Shade { ZULU, alpha, BRAVO_2, BRAVO, B, A_B, AB, \u00C9CLAIR }

  private static String render(KeyFormat format, KeyValueType type, Object value, int width) {
    return format.render(value, type, width, null, HASH);
  }

  private static Object parse(KeyFormat format, KeyValueType type, Class<?> javaType, String text, int width) {
    return format.parse(text, type, javaType, width, null, HASH);
  }

  /** Round trip of both values, injectivity, and (if {@code ordered}) their order. */
  private static void check(KeyFormat format, KeyValueType type, Class<?> javaType, int width, Object a, Object b,
      int order, boolean ordered) {
    String ra = render(format, type, a, width);
    String rb = render(format, type, b, width);
    assertThat(parse(format, type, javaType, ra, width)).isEqualTo(a);
    assertThat(parse(format, type, javaType, rb, width)).isEqualTo(b);
    assertThat(ra.equals(rb)).as("%s and %s render alike", a, b).isEqualTo(a.equals(b));
    if (ordered) {
      assertThat(compareUtf8Bytes(ra, rb)).as("order of %s and %s", ra, rb).isEqualTo(Integer.signum(order));
    }
  }

  @Provide
  Arbitrary<Instant> millis() {
    return KeyArbitraries.instants().map(i -> i.truncatedTo(ChronoUnit.MILLIS));
  }

  @Provide
  Arbitrary<Instant> seconds() {
    return KeyArbitraries.instants().map(i -> i.truncatedTo(ChronoUnit.SECONDS));
  }

  @Property
  void isoMillisIsJavaScriptsToIsoStringAndOrdersInTime(@ForAll("millis") Instant a, @ForAll("millis") Instant b) {
    check(KeyFormat.ISO_MILLIS, KeyValueType.INSTANT, Instant.class, NO_WIDTH, a, b, a.compareTo(b), true);
    assertThat(KeyFormatText.isoMillis(a)).hasSize(24).isEqualTo(TO_ISO_STRING.format(a));
  }

  @Property
  void isoMillisRefusesDigitsBelowTheMillisecondRatherThanMergingTwoInstants(@ForAll("millis") Instant a,
      @ForAll @IntRange(min = 1, max = 999_999) int nanos) {
    Instant finer = a.getEpochSecond() == KeyArbitraries.MAX_EPOCH_SECOND ? a.minusNanos(nanos) : a.plusNanos(nanos);
    assertThatThrownBy(() -> KeyFormatText.isoMillis(finer)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has digits below the millisecond, which format iso-millis cannot render");
  }

  @Property
  void epochSecondsParseBackAndOrderWhileTheyHaveAsManyDigits(@ForAll("seconds") Instant a,
      @ForAll("seconds") Instant b) {
    String ra = KeyFormatText.epochSeconds(a);
    String rb = KeyFormatText.epochSeconds(b);
    assertThat(ra).isEqualTo(Long.toString(a.getEpochSecond()));
    boolean sameShape = ra.length() == rb.length() && a.getEpochSecond() >= 0 && b.getEpochSecond() >= 0;
    check(KeyFormat.EPOCH_SECONDS, KeyValueType.INSTANT, Instant.class, NO_WIDTH, a, b, a.compareTo(b), sameShape);
  }

  @Property
  void epochMillisParseBackAndOrderWhileTheyHaveAsManyDigits(@ForAll("millis") Instant a,
      @ForAll("millis") Instant b) {
    String ra = KeyFormatText.epochMillis(a);
    String rb = KeyFormatText.epochMillis(b);
    assertThat(ra).isEqualTo(Long.toString(a.toEpochMilli()));
    boolean sameShape = ra.length() == rb.length() && a.toEpochMilli() >= 0 && b.toEpochMilli() >= 0;
    check(KeyFormat.EPOCH_MILLIS, KeyValueType.INSTANT, Instant.class, NO_WIDTH, a, b, a.compareTo(b), sameShape);
  }

  @Property
  void epochNumbersWithAWidthAreZeroPaddedAndOrderedOrRefused(@ForAll("millis") Instant a, @ForAll("millis") Instant b,
      @ForAll @IntRange(min = 1, max = 15) int width) {
    long largest = KeyFormatText.largest(width);
    boolean fit = a.toEpochMilli() >= 0 && b.toEpochMilli() >= 0 && a.toEpochMilli() <= largest
        && b.toEpochMilli() <= largest;
    if (fit) {
      check(KeyFormat.EPOCH_MILLIS, KeyValueType.INSTANT, Instant.class, width, a, b, a.compareTo(b), true);
      assertThat(KeyFormatText.epochMillis(a, width)).hasSize(width);
    } else {
      Instant outside = a.toEpochMilli() < 0 || a.toEpochMilli() > largest ? a : b;
      assertThatThrownBy(() -> KeyFormatText.epochMillis(outside, width))
          .hasMessageContaining("does not fit format epoch-millis(" + width + ")");
    }
    Instant sa = a.truncatedTo(ChronoUnit.SECONDS);
    Instant sb = b.truncatedTo(ChronoUnit.SECONDS);
    if (sa.getEpochSecond() >= 0 && sb.getEpochSecond() >= 0 && Math.max(sa.getEpochSecond(), sb.getEpochSecond())
        <= KeyFormatText.largest(Math.min(width, 12))) {
      check(KeyFormat.EPOCH_SECONDS, KeyValueType.INSTANT, Instant.class, Math.min(width, 12), sa, sb,
          sa.compareTo(sb), true);
    }
  }

  @Property
  void unpaddedNumbersAreLongToStringAndOrderWhileTheyHaveAsManyDigits(@ForAll("longs") long a,
      @ForAll("longs") long b) {
    String ra = KeyFormatText.unpadded(a);
    boolean sameShape = ra.length() == Long.toString(b).length() && a >= 0 && b >= 0;
    assertThat(ra).isEqualTo(Long.toString(a));
    check(KeyFormat.UNPADDED, KeyValueType.LONG, long.class, NO_WIDTH, a, b, Long.compare(a, b), sameShape);
    int ia = (int) a;
    int ib = (int) b;
    boolean intShape = Integer.toString(ia).length() == Integer.toString(ib).length() && ia >= 0 && ib >= 0;
    check(KeyFormat.UNPADDED, KeyValueType.INT, int.class, NO_WIDTH, ia, ib, Integer.compare(ia, ib), intShape);
  }

  @Property
  void paddedNumbersHaveTheirWidthAndOrderOrAreRefused(@ForAll("longs") long a, @ForAll("longs") long b,
      @ForAll @IntRange(min = 1, max = 19) int width) {
    long largest = KeyFormatText.largest(width);
    if (a >= 0 && b >= 0 && a <= largest && b <= largest) {
      check(KeyFormat.PADDED, KeyValueType.LONG, long.class, width, a, b, Long.compare(a, b), true);
      assertThat(KeyFormatText.padded(a, width)).hasSize(width);
    } else {
      long outside = a < 0 || a > largest ? a : b;
      assertThatThrownBy(() -> KeyFormatText.padded(outside, width))
          .hasMessageContaining("does not fit format padded(" + width + "), which renders the numbers 0 to " + largest);
    }
  }

  @Property(tries = 300)
  void lowerCaseEnumsParseBackAndOrderByTheirLowerCaseNames(@ForAll Shade a, @ForAll Shade b) {
    String ra = render(KeyFormat.LOWER, KeyValueType.ENUM, a, NO_WIDTH);
    assertThat(ra).isEqualTo(a.name().toLowerCase(Locale.ROOT));
    check(KeyFormat.LOWER, KeyValueType.ENUM, Shade.class, NO_WIDTH, a, b,
        compareUtf8Bytes(ra, render(KeyFormat.LOWER, KeyValueType.ENUM, b, NO_WIDTH)), true);
  }

  @Property(tries = 300)
  void spelledEnumsParseBackAndOrderByTheirSpellings(@ForAll Shade a, @ForAll Shade b) {
    List<String> words = List.of("z", "in progress", "b-2", "b", "\u00E9", "a_b", "ab", "E");
    KeySpellings spellings = KeySpellings.of(Shade.values(), words.toArray(String[]::new));
    String ra = KeyFormat.SPELLED.render(a, KeyValueType.ENUM, NO_WIDTH, spellings, HASH);
    String rb = KeyFormat.SPELLED.render(b, KeyValueType.ENUM, NO_WIDTH, spellings, HASH);
    assertThat(ra).isEqualTo(words.get(a.ordinal()));
    assertThat(KeyFormat.SPELLED.parse(ra, KeyValueType.ENUM, Shade.class, NO_WIDTH, spellings, HASH)).isEqualTo(a);
    assertThat(ra.equals(rb)).isEqualTo(a == b);
  }

  @Provide
  Arbitrary<Tuple2<String, String>> stringPairs() {
    return KeyArbitraries.valuePairs();
  }

  @Property
  void rawStringsAreTheValuesThemselvesWithoutTheDelimiter(@ForAll("stringPairs") Tuple2<String, String> pair,
      @ForAll("delimiters") char delimiter) {
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
    for (String value : List.of(pair.get1(), pair.get2())) {
      if (value.indexOf(delimiter) >= 0) {
        assertThatThrownBy(() -> encoding.raw(value)).hasMessageContaining("contains the delimiter '" + delimiter + "'");
      } else {
        assertThat(encoding.raw(value)).isSameAs(value);
        assertThat(KeyFormat.RAW.parse(value, KeyValueType.STRING, String.class, NO_WIDTH, null, encoding))
            .isEqualTo(value);
      }
    }
  }

  /**
   * With an ordered format before the delimiter, a composite key orders like the tuple of its
   * values: {@code ORDER#<at:iso-millis>#<n:padded(4)>#<id>}.
   */
  @Property
  void compositeKeysOfOrderedFormatsOrderLikeTheirTuples(@ForAll("millis") Instant a, @ForAll("millis") Instant b,
      @ForAll @IntRange(max = 9999) int m, @ForAll @IntRange(max = 9999) int n, @ForAll("stringPairs") Tuple2<String, String> ids) {
    KeyField field = KeyField.sort("Order", null, "SK", "ORDER#<at:iso-millis>#<n:padded(4)>#<id>", '#');
    String ka = field.template().render(Map.of("at", field.renderValue("at", a), "n", field.renderValue("n", m),
        "id", field.renderValue("id", ids.get1())));
    String kb = field.template().render(Map.of("at", field.renderValue("at", b), "n", field.renderValue("n", n),
        "id", field.renderValue("id", ids.get2())));
    int expected = a.compareTo(b) != 0 ? a.compareTo(b) : m != n ? Integer.compare(m, n)
        : compareUtf8Bytes(ids.get1(), ids.get2());
    assertThat(compareUtf8Bytes(ka, kb)).isEqualTo(Integer.signum(expected));
  }

  /** A text parses only if it is the rendering of what it parses to: no two texts for one value. */
  @Property(tries = 2000)
  void aTextParsesOnlyIfItIsTheRenderingOfItsValue(@ForAll("texts") String text, @ForAll("formats") KeyFormat format,
      @ForAll @IntRange(min = 1, max = 4) int width) {
    for (KeyValueType type : format.types()) {
      if (format == KeyFormat.SPELLED) {
        continue; // a lookup of the given spellings: checked above
      }
      Class<?> javaType = type == KeyValueType.INT ? int.class : type == KeyValueType.LONG ? long.class
          : type == KeyValueType.ENUM ? Shade.class : type == KeyValueType.INSTANT ? Instant.class : String.class;
      int w = format.width() == KeyFormat.Width.NONE ? NO_WIDTH : width;
      Object value;
      try {
        value = parse(format, type, javaType, text, w);
      } catch (IllegalArgumentException notRendered) {
        continue;
      }
      assertThat(render(format, type, value, w)).as("%s %s of %s", format, type, text).isEqualTo(text);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("0", "1", "9", "-", "+", "00", "12", "-0", "2026-03-15T10:03:03.369Z", "2026-02-30T00:00:00.000Z",
        "T", "Z", ".", ":", "24", "60", "alpha", "bravo_2", "a_b", "A", "#", "\u00E9", " ").list().ofMaxSize(3)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<KeyFormat> formats() {
    return Arbitraries.of(KeyFormat.class);
  }

  @Provide
  Arbitrary<Long> longs() {
    return Arbitraries.oneOf(KeyArbitraries.longs(), Arbitraries.longs().between(0, 100_000),
        Arbitraries.of(9L, 10L, 99L, 100L, 999_999_999L, 1_000_000_000L));
  }

  @Provide
  Arbitrary<Character> delimiters() {
    return KeyArbitraries.delimiters();
  }
}
