package dev.singletable.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.internal.KeyArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@link Cursors}: opaque, URL-safe cursors that round trip and reject anything else. */
class CursorsTest {

  private static final Set<String> TABLE = Set.of("PK", "SK");
  private static final Set<String> GSI1 = Set.of("PK", "SK", "GSI1PK", "GSI1SK");

  private static Map<String, AttributeValue> key(String... namesAndValues) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      key.put(namesAndValues[i], AttributeValue.fromS(namesAndValues[i + 1]));
    }
    return key;
  }

  @Provide
  Arbitrary<String> values() {
    return KeyArbitraries.values();
  }

  @Property
  void tableKeysRoundTripThroughAUrlSafeCursor(@ForAll("values") String pk, @ForAll("values") String sk) {
    Map<String, AttributeValue> key = key("PK", pk, "SK", sk);

    String cursor = Cursors.encode(key);

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(Cursors.decode(cursor, TABLE, "table t")).isEqualTo(key);
  }

  @Property(tries = 300)
  void indexKeysRoundTripInAnyAttributeOrder(
      @ForAll("values") String a, @ForAll("values") String b, @ForAll("values") String c, @ForAll("values") String d) {
    Map<String, AttributeValue> key = key("GSI1SK", d, "PK", a, "GSI1PK", c, "SK", b);

    assertThat(Cursors.decode(Cursors.encode(key), GSI1, "GSI GSI1 of table t")).isEqualTo(key);
  }

  @Property(tries = 300)
  void everyTruncatedCursorIsRejected(
      @ForAll("values") String pk, @ForAll("values") String sk, @ForAll("fractions") double fraction) {
    String cursor = Cursors.encode(key("PK", pk, "SK", sk));
    int cut = (int) (fraction * (cursor.length() - 1)); // 0 .. length-2: always drops a character

    assertThatThrownBy(() -> Cursors.decode(cursor.substring(0, cut), TABLE, "table t"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.doubles().between(0, 1);
  }

  @Test
  void noLastEvaluatedKeyGivesNoCursor() {
    assertThat(Cursors.encode(null)).isNull();
    assertThat(Cursors.encode(Map.of())).isNull();
  }

  @Test
  void aNonStringKeyAttributeCannotBeEncoded() {
    Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromN("1"));
    assertThatThrownBy(() -> Cursors.encode(key))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "!!!", "not a cursor", "AA", "AQ", "AQI", "a+b/", "====", "A"})
  void garbageIsRejectedNamingTheCursor(String cursor) {
    assertThatThrownBy(() -> Cursors.decode(cursor, TABLE, "table t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + cursor + "\"");
  }

  private static String rawCursor(int version, List<String> namesAndValues, byte... trailing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(version);
      out.writeByte(namesAndValues.size() / 2);
      for (String s : namesAndValues) {
        out.writeUTF(s);
      }
      out.write(trailing);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  @Test
  void theHandBuiltFormatIsWhatEncodeWrites() throws IOException {
    // Guards the helper below: version 1, count, then modified-UTF-8 name/value pairs.
    assertThat(rawCursor(1, List.of("PK", "USER#u1", "SK", "PROFILE")))
        .isEqualTo(Cursors.encode(key("PK", "USER#u1", "SK", "PROFILE")));
  }

  @Test
  void aCursorOfAnotherVersionOrWithTrailingBytesIsRejected() throws IOException {
    String otherVersion = rawCursor(2, List.of("PK", "USER#u1", "SK", "PROFILE"));
    String trailing = rawCursor(1, List.of("PK", "USER#u1", "SK", "PROFILE"), (byte) 0);
    assertThatThrownBy(() -> Cursors.decode(otherVersion, TABLE, "table t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a cursor returned by Page.cursor()");
    assertThatThrownBy(() -> Cursors.decode(trailing, TABLE, "table t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(trailing);
  }

  @Test
  void aCursorOfAnotherIndexIsRejectedNamingBothAttributeSets() {
    String gsiCursor = Cursors.encode(key("PK", "USER#u1", "SK", "P", "GSI1PK", "STATUS#X", "GSI1SK", "O"));
    String tableCursor = Cursors.encode(key("PK", "USER#u1", "SK", "PROFILE"));

    assertThatThrownBy(() -> Cursors.decode(gsiCursor, TABLE, "table t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("table t")
        .hasMessageContaining("GSI1PK")
        .hasMessageContaining("another index");
    assertThatThrownBy(() -> Cursors.decode(tableCursor, GSI1, "GSI GSI1 of table t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GSI GSI1 of table t");
    String gsi2Cursor = Cursors.encode(key("PK", "u", "SK", "s", "GSI2PK", "x", "GSI2SK", "y"));
    assertThatThrownBy(() -> Cursors.decode(gsi2Cursor, GSI1, "GSI GSI1 of table t"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
