package dev.singletable.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.internal.KeyArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link Cursors}: URL-safe cursors bound to their query that round trip, with and without an
 * application key, and refuse anything else.
 */
class CursorsTest {

  static final CursorKeys KEYS = CursorKeys.of(bytes("application key number one......."));
  private static final CursorScope TABLE = Scopes.table("USER#u1");
  private static final CursorScope GSI1 = Scopes.gsi1("STATUS#PENDING");

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

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

  @Provide
  Arbitrary<CursorKeys> modes() {
    return Arbitraries.of(KEYS).injectNull(0.5);
  }

  @Property(tries = 300)
  void tableKeysRoundTripThroughAUrlSafeCursor(@ForAll("values") String sk, @ForAll("modes") CursorKeys keys) {
    Map<String, AttributeValue> key = key("PK", "USER#u1", "SK", sk);

    String cursor = Cursors.encode(TABLE, key, keys);

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(Cursors.decode(cursor, TABLE, keys)).isEqualTo(key);
  }

  @Property(tries = 300)
  void indexKeysRoundTripInAnyAttributeOrder(@ForAll("values") String a, @ForAll("values") String b,
      @ForAll("values") String d, @ForAll("modes") CursorKeys keys) {
    Map<String, AttributeValue> key = key("GSI1SK", d, "PK", a, "GSI1PK", "STATUS#PENDING", "SK", b);

    assertThat(Cursors.decode(Cursors.encode(GSI1, key, keys), GSI1, keys)).isEqualTo(key);
  }

  @Test
  void noLastEvaluatedKeyGivesNoCursor() {
    assertThat(Cursors.encode(TABLE, null, null)).isNull();
    assertThat(Cursors.encode(TABLE, Map.of(), KEYS)).isNull();
  }

  @Test
  void aNonStringKeyAttributeCannotBeEncoded() {
    Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("USER#u1"), "SK", AttributeValue.fromN("1"));
    assertThatThrownBy(() -> Cursors.encode(TABLE, key, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "!!!", "not a cursor", "AA", "AQ", "AQI", "a+b/", "====", "A", "AQID=", "Ag"})
  void garbageIsRejectedNamingTheCursor(String cursor) {
    assertThatThrownBy(() -> Cursors.decode(cursor, TABLE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + cursor + "\"");
    assertThatThrownBy(() -> Cursors.decode(cursor, TABLE, KEYS)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCursorOfAnotherQueryIsRefusedNamingThisOne() {
    String cursor = Cursors.encode(TABLE, key("PK", "USER#u1", "SK", "ORDER#1"), null);

    assertThatThrownBy(() -> Cursors.decode(cursor, Scopes.table("USER#u2"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belongs to another query than the query of Order on table t, PK = \"USER#u2\"");
    assertThatThrownBy(() -> Cursors.decode(cursor, GSI1, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aChangedValueIsRefusedAsChanged() {
    String cursor = Cursors.encode(TABLE, key("PK", "USER#u1", "SK", "ORDER#1"), null);
    byte[] bytes = Base64.getUrlDecoder().decode(cursor);
    bytes[3] ^= 1;
    String changed = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

    assertThatThrownBy(() -> Cursors.decode(changed, TABLE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was changed");
  }

  @Test
  void aTableWithAKeyTakesOnlySealedCursorsAndATableWithoutOnlyCheckedOnes() {
    Map<String, AttributeValue> key = key("PK", "USER#u1", "SK", "ORDER#1");
    String checked = Cursors.encode(TABLE, key, null);
    String sealed = Cursors.encode(TABLE, key, KEYS);

    assertThatThrownBy(() -> Cursors.checkForm(checked, KEYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was made without a cursor key, but this table seals its cursors");
    assertThatThrownBy(() -> Cursors.checkForm(sealed, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TableOptions.builder().cursorKey(...)");
  }

  @Test
  void aSealedCursorHidesItsValues() {
    String email = "alice@example.com";
    String sealed = Cursors.encode(GSI1, key("PK", "USER#" + email, "SK", "PROFILE", "GSI1PK", "STATUS#PENDING",
        "GSI1SK", "EMAIL#" + email), KEYS);
    String checked = Cursors.encode(GSI1, key("PK", "USER#" + email, "SK", "PROFILE", "GSI1PK", "STATUS#PENDING",
        "GSI1SK", "EMAIL#" + email), null);

    assertThat(new String(Base64.getUrlDecoder().decode(checked), StandardCharsets.ISO_8859_1)).contains(email);
    assertThat(new String(Base64.getUrlDecoder().decode(sealed), StandardCharsets.ISO_8859_1)).doesNotContain("alice");
  }

  @Test
  void aRotatedKeyStillOpensTheCursorsItSealedUntilItIsDropped() {
    Map<String, AttributeValue> key = key("PK", "USER#u1", "SK", "ORDER#1");
    String old = Cursors.encode(TABLE, key, KEYS);
    CursorKeys rotated = CursorKeys.of(bytes("application key number two......."), bytes("application key number one......."));
    CursorKeys dropped = CursorKeys.of(bytes("application key number two......."));

    assertThat(Cursors.decode(old, TABLE, rotated)).isEqualTo(key);
    assertThat(Cursors.encode(TABLE, key, rotated)).isNotEqualTo(old);
    assertThatThrownBy(() -> Cursors.decode(old, TABLE, dropped))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("or was sealed with a cursor key the table no longer has");
  }

  @Test
  void keysShorterThan16BytesAreRefusedNamingEach() {
    assertThatThrownBy(() -> CursorKeys.of(new byte[8], new byte[32], new byte[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the current key has 8 bytes")
        .hasMessageContaining("previous key 2 has 15 bytes")
        .hasMessageNotContaining("previous key 1");
  }

  @Test
  void theSamePageOfTheSameQuerySealsToTheSameCursor() {
    Map<String, AttributeValue> key = key("PK", "USER#u1", "SK", "ORDER#1");

    assertThat(Cursors.encode(TABLE, key, KEYS)).isEqualTo(Cursors.encode(Scopes.table("USER#u1"), key, KEYS));
  }

  /** The lengths docs/reading.md quotes: a cursor grows with its key values, by about 4/3. */
  @Test
  void cursorLengths() {
    String sk = "ORDER#2026-03-15#ORD-00042"; // 26 bytes
    Map<String, AttributeValue> table = key("PK", "USER#u1", "SK", sk);
    Map<String, AttributeValue> gsi = key("PK", "USER#u1", "SK", sk, "GSI1PK", "STATUS#PENDING", "GSI1SK", sk);

    // Checked: format byte, a length byte per stored value, the values, 8 check bytes.
    assertThat(Cursors.encode(TABLE, table, null)).hasSize(base64Length(1 + 1 + 26 + 8)); // 48
    assertThat(Cursors.encode(GSI1, gsi, null)).hasSize(base64Length(1 + 3 + 7 + 26 + 26 + 8)); // 95
    // Sealed: format byte, 12-byte nonce, the encrypted lengths and values, 16-byte tag.
    assertThat(Cursors.encode(TABLE, table, KEYS)).hasSize(base64Length(1 + 12 + 1 + 26 + 16)); // 75
    assertThat(Cursors.encode(GSI1, gsi, KEYS)).hasSize(base64Length(1 + 12 + 3 + 7 + 26 + 26 + 16)); // 122
  }

  private static int base64Length(int bytes) {
    return (bytes * 4 + 2) / 3;
  }

  @Property(tries = 500)
  void anySingleChangeIsRefused(@ForAll("values") String sk, @ForAll("modes") CursorKeys keys,
      @ForAll("edits") Edit edit) {
    String cursor = Cursors.encode(TABLE, key("PK", "USER#u1", "SK", sk), keys);
    String changed = edit.apply(cursor);

    assertThatThrownBy(() -> Cursors.decode(changed, TABLE, keys)).as("%s of %s", edit, cursor)
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 500)
  void cursorsOfDifferentQueriesNeverCross(@ForAll("queries") Scopes.Query a, @ForAll("queries") Scopes.Query b,
      @ForAll("values") String sk, @ForAll("modes") CursorKeys keys) {
    String cursor = Cursors.encode(a.scope(), a.lastKey(sk), keys);

    if (a.equals(b)) {
      assertThat(Cursors.decode(cursor, b.scope(), keys)).isEqualTo(a.lastKey(sk));
    } else {
      assertThatThrownBy(() -> Cursors.decode(cursor, b.scope(), keys)).as("%s on %s", a, b)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Provide
  Arbitrary<Scopes.Query> queries() {
    return Scopes.queries();
  }

  /** One change of a cursor: a character replaced, removed or inserted. */
  record Edit(int kind, double at, char with) {
    String apply(String cursor) {
      int i = (int) (at * (cursor.length() - 1));
      return switch (kind) {
        case 0 -> cursor.charAt(i) == with ? cursor.substring(0, i) + (with == 'A' ? 'B' : 'A') + cursor.substring(i + 1)
            : cursor.substring(0, i) + with + cursor.substring(i + 1);
        case 1 -> cursor.substring(0, i) + cursor.substring(i + 1);
        default -> cursor.substring(0, i) + with + cursor.substring(i);
      };
    }
  }

  @Provide
  Arbitrary<Edit> edits() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/";
    return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.doubles().between(0, 1),
        Arbitraries.of(alphabet.chars().mapToObj(c -> (char) c).toList())).as(Edit::new);
  }

  @Test
  void theScopeIgnoresTheOrderOfMapsAndSetsInFilterValues() {
    Map<String, AttributeValue> ab = new LinkedHashMap<>();
    ab.put("a", AttributeValue.fromS("1"));
    ab.put("b", AttributeValue.fromSs(List.of("x", "y")));
    Map<String, AttributeValue> ba = new LinkedHashMap<>();
    ba.put("b", AttributeValue.fromSs(List.of("y", "x")));
    ba.put("a", AttributeValue.fromS("1"));

    assertThat(Scopes.filtered(AttributeValue.fromM(ab)).digest()).isEqualTo(Scopes.filtered(AttributeValue.fromM(ba)).digest());
    assertThat(Scopes.filtered(AttributeValue.fromS("1")).digest()).isNotEqualTo(Scopes.filtered(AttributeValue.fromN("1")).digest());
  }
}
