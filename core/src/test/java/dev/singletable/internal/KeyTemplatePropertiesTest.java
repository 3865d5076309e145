package dev.singletable.internal;

import static dev.singletable.internal.KeyArbitraries.compareUtf8Bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

/**
 * Composite keys: rendered tuples order like the tuples, never collide, split back into their
 * values, and their prefixes are prefixes of the keys that share the leading values.
 */
class KeyTemplatePropertiesTest {

  private static String orderTemplate(char d) {
    return "ORDER" + d + "<a>" + d + "<b>";
  }

  private static String render(char delimiter, String a, String b) {
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
    return KeyTemplate.parse(orderTemplate(delimiter), delimiter)
        .render(Map.of("a", encoding.encode(a), "b", encoding.encode(b)));
  }

  private static int tupleOrder(int first, int second) {
    return first != 0 ? first : second;
  }

  @Provide
  Arbitrary<Tuple2<String, String>> pairs() {
    return KeyArbitraries.valuePairs();
  }

  @Provide
  Arbitrary<Character> delimiters() {
    return KeyArbitraries.delimiters();
  }

  @Property
  void renderedStringTuplesOrderLikeTheTuples(
      @ForAll("pairs") Tuple2<String, String> as, @ForAll("pairs") Tuple2<String, String> bs,
      @ForAll("delimiters") char delimiter) {
    String k1 = render(delimiter, as.get1(), bs.get1());
    String k2 = render(delimiter, as.get2(), bs.get2());

    assertThat(compareUtf8Bytes(k1, k2)).as("%s vs %s", k1, k2)
        .isEqualTo(tupleOrder(compareUtf8Bytes(as.get1(), as.get2()), compareUtf8Bytes(bs.get1(), bs.get2())));
  }

  @Provide
  Arbitrary<Tuple2<String, String>> prefixThenCharBelowDelimiter() {
    // a2 = a1 + (a character at or below the highest delimiter '+') + tail, as "x" and "x b"
    Arbitrary<Character> low = Arbitraries.chars().range('\u0000', '+');
    return Combinators.combine(KeyArbitraries.values(), low, KeyArbitraries.values())
        .as((a, c, tail) -> Tuple.of(a, a + c + tail));
  }

  @Property
  void firstValueSortsBelowItsExtensionWhateverTheSecondValues(
      @ForAll("prefixThenCharBelowDelimiter") Tuple2<String, String> as,
      @ForAll("pairs") Tuple2<String, String> bs, @ForAll("delimiters") char delimiter) {
    // Unescaped, "ORDER#x#z" would sort above "ORDER#x b#a" because ' ' < '#'.
    assertThat(compareUtf8Bytes(render(delimiter, as.get1(), bs.get1()), render(delimiter, as.get2(), bs.get2())))
        .isEqualTo(-1);
    assertThat(compareUtf8Bytes(render('#', "x", "z"), render('#', "x b", "a"))).isEqualTo(-1);
  }

  @Provide
  Arbitrary<Tuple2<Tuple2<String, String>, Tuple2<String, String>>> twoSplitsOfOneString() {
    // (s[..i], s[i..]) and (s[..j], s[j..]): without escaping "a#b" + "c" and "a" + "b#c" collide.
    return KeyArbitraries.values().flatMap(s -> {
      int n = s.codePointCount(0, s.length());
      Arbitrary<Integer> cut = Arbitraries.integers().between(0, n).map(k -> s.offsetByCodePoints(0, k));
      return Combinators.combine(cut, cut).as((i, j) -> Tuple.of(
          Tuple.of(s.substring(0, i), s.substring(i)), Tuple.of(s.substring(0, j), s.substring(j))));
    });
  }

  @Property
  void differentTuplesNeverRenderTheSameKey(
      @ForAll("twoSplitsOfOneString") Tuple2<Tuple2<String, String>, Tuple2<String, String>> tuples,
      @ForAll("delimiters") char delimiter) {
    Tuple2<String, String> t1 = tuples.get1();
    Tuple2<String, String> t2 = tuples.get2();

    assertThat(render(delimiter, t1.get1(), t1.get2()).equals(render(delimiter, t2.get1(), t2.get2())))
        .isEqualTo(t1.equals(t2));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return KeyArbitraries.localDates();
  }

  @Property
  void dateThenStringKeysOrderLikeTheTuples(
      @ForAll("dates") LocalDate d1, @ForAll @IntRange(min = -2, max = 2) int dayOffset,
      @ForAll("pairs") Tuple2<String, String> ids) {
    LocalDate shifted = d1.plusDays(dayOffset);
    LocalDate d2 = shifted.getYear() < 0 || shifted.getYear() > 9999 ? d1 : shifted;
    KeyEncoding hash = KeyEncoding.forDelimiter('#');
    KeyTemplate template = KeyTemplate.parse("ORDER#<date>#<orderId>", '#');
    String k1 = template.render(Map.of("date", KeyValueType.LOCAL_DATE.render(d1, hash),
        "orderId", KeyValueType.STRING.render(ids.get1(), hash)));
    String k2 = template.render(Map.of("date", KeyValueType.LOCAL_DATE.render(d2, hash),
        "orderId", KeyValueType.STRING.render(ids.get2(), hash)));

    assertThat(compareUtf8Bytes(k1, k2))
        .isEqualTo(tupleOrder(Integer.signum(d1.compareTo(d2)), compareUtf8Bytes(ids.get1(), ids.get2())));
  }

  @Provide
  Arbitrary<Integer> ints() {
    return KeyArbitraries.ints();
  }

  @Provide
  Arbitrary<UUID> uuids() {
    return KeyArbitraries.uuids();
  }

  @Property
  void intThenUuidKeysOrderLikeTheTuples(
      @ForAll("ints") int t1, @ForAll("ints") int t2, @ForAll boolean sameTotal,
      @ForAll("uuids") UUID u1, @ForAll("uuids") UUID u2, @ForAll("delimiters") char delimiter) {
    int total2 = sameTotal ? t1 : t2;
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
    KeyTemplate template = KeyTemplate.parse("AMOUNT" + delimiter + "<total>" + delimiter + "<id>", delimiter);
    String k1 = template.render(Map.of("total", KeyValueType.INT.render(t1, encoding),
        "id", KeyValueType.UUID.render(u1, encoding)));
    String k2 = template.render(Map.of("total", KeyValueType.INT.render(total2, encoding),
        "id", KeyValueType.UUID.render(u2, encoding)));

    assertThat(compareUtf8Bytes(k1, k2))
        .isEqualTo(tupleOrder(Integer.signum(Integer.compare(t1, total2)), KeyArbitraries.compareUnsigned(u1, u2)));
  }

  private static final List<String> NAMES = List.of("a", "b", "c");

  /** Encoded values of a, b, c for a template "ITEM#<a>#v<b>x#<c>" under {@code delimiter}. */
  private static Map<String, String> encoded(KeyEncoding encoding, List<String> raw) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < NAMES.size(); i++) {
      values.put(NAMES.get(i), encoding.encode(raw.get(i)));
    }
    return values;
  }

  private static KeyTemplate itemTemplate(char d) {
    return KeyTemplate.parse("ITEM" + d + "<a>" + d + "v<b>x" + d + "<c>", d);
  }

  @Provide
  Arbitrary<Tuple2<List<String>, List<String>>> tuplesSharingSomeValues() {
    Arbitrary<List<String>> triple = KeyArbitraries.values().list().ofSize(3);
    Arbitrary<List<Boolean>> keep = Arbitraries.of(true, false).list().ofSize(3);
    return Combinators.combine(triple, triple, keep).as((v1, other, same) -> {
      List<String> v2 = List.of(same.get(0) ? v1.get(0) : other.get(0),
          same.get(1) ? v1.get(1) : other.get(1), same.get(2) ? v1.get(2) : other.get(2));
      return Tuple.of(v1, v2);
    });
  }

  @Property
  void renderPrefixIsAPrefixOfEveryKeyWithTheSameLeadingValuesAndOfNoOther(
      @ForAll("tuplesSharingSomeValues") Tuple2<List<String>, List<String>> tuples,
      @ForAll("delimiters") char delimiter) {
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
    KeyTemplate template = itemTemplate(delimiter);
    List<String> v1 = tuples.get1();
    List<String> v2 = tuples.get2();
    String key1 = template.render(encoded(encoding, v1));
    String key2 = template.render(encoded(encoding, v2));

    assertThat(template.renderPrefix(encoded(encoding, v1), 3)).isEqualTo(key1);
    // n = 3 is the whole key, which also starts keys whose last value merely extends the last value.
    for (int n = 0; n < 3; n++) {
      String prefix = template.renderPrefix(encoded(encoding, v1), n);
      assertThat(key1).startsWith(prefix);
      assertThat(template.renderPrefix(encoded(encoding, v1), n + 1)).startsWith(prefix);
      boolean sameLeadingValues = v1.subList(0, n).equals(v2.subList(0, n));
      assertThat(key2.startsWith(prefix)).as("n=%d prefix %s key %s", n, prefix, key2).isEqualTo(sameLeadingValues);
    }
  }

  @Property
  void matchOfARenderedKeyGivesBackTheEncodedValues(
      @ForAll("tuplesSharingSomeValues") Tuple2<List<String>, List<String>> tuples,
      @ForAll("delimiters") char delimiter) {
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
    KeyTemplate template = itemTemplate(delimiter);
    Map<String, String> values = encoded(encoding, tuples.get1());

    Map<String, String> matched = template.match(template.render(values)).orElseThrow();

    assertThat(matched).containsExactlyEntriesOf(values);
    assertThat(NAMES.stream().map(n -> encoding.decode(matched.get(n))).toList()).isEqualTo(tuples.get1());
  }

  @Property
  void matchIsEmptyForKeysOfTemplatesOfAnotherShape(
      @ForAll("tuplesSharingSomeValues") Tuple2<List<String>, List<String>> tuples,
      @ForAll("ints") int number, @ForAll("delimiters") char d) {
    KeyEncoding encoding = KeyEncoding.forDelimiter(d);
    Map<String, String> values = encoded(encoding, tuples.get1());
    values.put("n", KeyValueType.INT.render(number, encoding));
    KeyTemplate item = itemTemplate(d);
    List<String> others = List.of(
        "ITEM" + d + "<a>" + d + "v<b>x",                        // one segment fewer
        "ITEM" + d + "<a>" + d + "v<b>x" + d + "<c>" + d + "<n>", // one segment more
        "ITEMS" + d + "<a>" + d + "v<b>x" + d + "<c>",           // other literal
        "ITEM" + d + "<a>" + d + "<n>" + d + "<c>");             // no "v" before a rendered int
    for (String other : others) {
      String key = KeyTemplate.parse(other, d).render(values);
      assertThat(item.match(key)).as("%s rendered as %s", other, key).isEmpty();
    }
  }
}
