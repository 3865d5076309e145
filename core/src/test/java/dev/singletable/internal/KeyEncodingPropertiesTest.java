package dev.singletable.internal;

import static dev.singletable.internal.KeyArbitraries.compareUtf8Bytes;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;

/** Round trip, order and injectivity of {@link KeyEncoding}, under every allowed delimiter. */
class KeyEncodingPropertiesTest {

  @Provide
  Arbitrary<String> values() {
    return KeyArbitraries.values();
  }

  @Provide
  Arbitrary<Tuple2<String, String>> pairs() {
    return KeyArbitraries.valuePairs();
  }

  @Provide
  Arbitrary<Character> delimiters() {
    return KeyArbitraries.delimiters();
  }

  @Provide
  Arbitrary<Character> allowedDelimiterOrHash() {
    return Arbitraries.oneOf(KeyArbitraries.delimiters(), Arbitraries.just('#'));
  }

  @Property
  void decodeInvertsEncode(@ForAll("values") String value, @ForAll("allowedDelimiterOrHash") char delimiter) {
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);

    assertThat(encoding.decode(encoding.encode(value))).isEqualTo(value);
  }

  @Property
  void encodedValueNeverContainsTheDelimiterAndOnlyCharactersAboveIt(
      @ForAll("values") String value, @ForAll("allowedDelimiterOrHash") char delimiter) {
    String encoded = KeyEncoding.forDelimiter(delimiter).encode(value);

    assertThat(encoded.indexOf(delimiter)).isEqualTo(-1);
    assertThat(encoded.chars()).allMatch(c -> c > delimiter);
  }

  @Property
  void encodedOrderByUtf8BytesIsTheValueOrderByUtf8Bytes(
      @ForAll("pairs") Tuple2<String, String> pair, @ForAll("allowedDelimiterOrHash") char delimiter) {
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
    String a = pair.get1();
    String b = pair.get2();

    assertThat(compareUtf8Bytes(encoding.encode(a), encoding.encode(b))).isEqualTo(compareUtf8Bytes(a, b));
  }

  @Property
  void differentValuesNeverEncodeAlike(
      @ForAll("pairs") Tuple2<String, String> pair, @ForAll("allowedDelimiterOrHash") char delimiter) {
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);

    assertThat(encoding.encode(pair.get1()).equals(encoding.encode(pair.get2())))
        .isEqualTo(pair.get1().equals(pair.get2()));
  }

  @Provide
  Arbitrary<Tuple2<String, String>> prefixFollowedByLowCharacter() {
    // b = a + (a character below the delimiter '#') + tail: the case that needs the escaping.
    Arbitrary<Integer> low = Arbitraries.integers().between(0x00, '#' - 1);
    return Combinators.combine(values(), low, values())
        .as((a, c, tail) -> net.jqwik.api.Tuple.of(a, a + (char) (int) c + tail));
  }

  @Property
  void valueSortsBelowItsExtensionByACharacterBelowTheDelimiter(
      @ForAll("prefixFollowedByLowCharacter") Tuple2<String, String> pair) {
    KeyEncoding encoding = KeyEncoding.forDelimiter('#');
    String shorter = encoding.encode(pair.get1()) + '#';
    String longer = encoding.encode(pair.get2()) + '#';

    // As the first segment of a composite key: "x#..." must sort below "x b#...".
    assertThat(compareUtf8Bytes(shorter, longer)).isEqualTo(-1);
  }

  @Property
  void appendWritesTheSameTextAsEncode(
      @ForAll("values") String value, @ForAll("delimiters") char delimiter, @ForAll("values") String before) {
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
    StringBuilder out = new StringBuilder(before);

    assertThat(encoding.append(out, value)).isSameAs(out);
    assertThat(out.toString()).isEqualTo(before + encoding.encode(value));
  }

  @Property
  void characterAboveTheEscapeCharacterIsKeptAndOthersBecomeThreeCharacters(
      @ForAll("values") String value, @ForAll("delimiters") char delimiter) {
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
    long escaped = value.chars().filter(c -> c <= delimiter + 1).count();

    assertThat(encoding.encode(value)).hasSize(value.length() + 2 * (int) escaped);
    assertThat(encoding.encode(value).chars().filter(c -> c == delimiter + 1).count()).isEqualTo(escaped);
  }

  @Property(tries = 300)
  void utf8LengthCountsTheBytesDynamoDbStores(@ForAll("values") String value) {
    assertThat(KeyEncoding.utf8Length(value))
        .isEqualTo(value.codePoints().map(cp -> cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4).sum());
  }
}
