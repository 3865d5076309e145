package dev.singletable.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.internal.query.CursorKeys;
import dev.singletable.internal.scan.ScanCursor.Position;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A scan cursor holds where every segment stands, and continues only its own scan, unchanged;
 * with a cursor key it is sealed, and its keys cannot be read.
 */
class ScanCursorTest {

  private static final Set<String> KEYS = Set.of("PK", "SK");
  private static final String IDENTITY = "scan\nshop\nOrder\n";
  private static final CursorKeys SEAL = CursorKeys.of("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
  private static final CursorKeys ROTATED = CursorKeys.of("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8),
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

  private static Map<String, AttributeValue> key(String pk, String sk) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put("PK", AttributeValue.fromS(pk));
    key.put("SK", AttributeValue.fromS(sk));
    return key;
  }

  private static final List<Position> POSITIONS = List.of(
      Position.FRESH, Position.after(key("USER#alice@example.com", "ORDER#2026-03-15#o1")), Position.FINISHED,
      Position.after(key("USER#ü", "PROFILE")));

  @Test
  void positionsRoundTripInBothForms() {
    String checked = ScanCursor.encode(IDENTITY, POSITIONS, null);
    String sealed = ScanCursor.encode(IDENTITY, POSITIONS, SEAL);

    assertThat(ScanCursor.decode(checked, IDENTITY, 4, KEYS, "scan", null)).isEqualTo(POSITIONS);
    assertThat(ScanCursor.decode(sealed, IDENTITY, 4, KEYS, "scan", SEAL)).isEqualTo(POSITIONS);
    assertThat(ScanCursor.decode(sealed, IDENTITY, 4, KEYS, "scan", ROTATED)).isEqualTo(POSITIONS);
    assertThat(List.of(checked, sealed)).allMatch(cursor -> cursor.matches("[A-Za-z0-9_-]+"));
  }

  @Test
  void aSealedCursorDoesNotShowItsKeys() {
    String checked = ScanCursor.encode(IDENTITY, POSITIONS, null);
    String sealed = ScanCursor.encode(IDENTITY, POSITIONS, SEAL);

    assertThat(new String(java.util.Base64.getUrlDecoder().decode(checked), StandardCharsets.UTF_8)).contains("alice@example.com");
    assertThat(new String(java.util.Base64.getUrlDecoder().decode(sealed), StandardCharsets.UTF_8)).doesNotContain("alice");
  }

  @Test
  void eachTableTakesOnlyTheFormItIssues() {
    String checked = ScanCursor.encode(IDENTITY, POSITIONS, null);
    String sealed = ScanCursor.encode(IDENTITY, POSITIONS, SEAL);

    assertThatThrownBy(() -> ScanCursor.check(checked, SEAL)).hasMessageContaining("this table seals its cursors");
    assertThatThrownBy(() -> ScanCursor.check(sealed, null)).hasMessageContaining("this table has no cursor key");
    assertThatThrownBy(() -> ScanCursor.decode(sealed, IDENTITY, 4, KEYS, "scan",
        CursorKeys.of("another key, 32 bytes long......".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("sealed with a cursor key the table no longer has");
  }

  @Test
  void aScanWhoseSegmentsAreAllDoneHasNoCursor() {
    assertThat(ScanCursor.encode(IDENTITY, List.of(Position.FINISHED, Position.FINISHED), null)).isNull();
    assertThat(ScanCursor.fresh(3)).containsExactly(Position.FRESH, Position.FRESH, Position.FRESH);
  }

  @Test
  void aCursorOfAnotherScanIsRefused() {
    String cursor = ScanCursor.encode(IDENTITY, POSITIONS, null);
    String sealed = ScanCursor.encode(IDENTITY, POSITIONS, SEAL);

    assertThatThrownBy(() -> ScanCursor.decode(cursor, "scan\nshop\n*\n", 4, KEYS, "scan of table shop", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comes from another scan than this scan of table shop");
    assertThatThrownBy(() -> ScanCursor.decode(sealed, "scan\nshop\n*\n", 4, KEYS, "scan of table shop", SEAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comes from another scan");
    assertThatThrownBy(() -> ScanCursor.decode(cursor, IDENTITY, 2, KEYS, "scan", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in 4 segments, not 2");
    assertThatThrownBy(() -> ScanCursor.decode(cursor, IDENTITY, 4, Set.of("PK", "SK", "GSI1PK"), "scan", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds the key attributes");
  }

  @Property(tries = 300)
  void anySingleChangeIsRefused(@ForAll @IntRange(min = 0, max = 10_000) int where, @ForAll("letters") char to,
      @ForAll boolean sealed) {
    CursorKeys keys = sealed ? SEAL : null;
    String cursor = ScanCursor.encode(IDENTITY, POSITIONS, keys);
    int at = where % cursor.length();
    String changed = cursor.substring(0, at) + to + cursor.substring(at + 1);
    if (changed.equals(cursor)) {
      return;
    }

    assertThatThrownBy(() -> ScanCursor.decode(changed, IDENTITY, 4, KEYS, "scan", keys))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aChangeOfTheLastCharacterIsRefusedEvenWhereItOnlyTouchesUnusedBits() {
    String cursor = ScanCursor.encode(IDENTITY, POSITIONS, null);
    String head = cursor.substring(0, cursor.length() - 1);
    for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray()) {
      if (c != cursor.charAt(cursor.length() - 1)) {
        assertThatThrownBy(() -> ScanCursor.check(head + c, null)).isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Provide
  Arbitrary<Character> letters() {
    return Arbitraries.chars().with("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
  }

  @Test
  void aTruncatedOrForeignCursorIsRefused() {
    String cursor = ScanCursor.encode(IDENTITY, POSITIONS, null);

    assertThatThrownBy(() -> ScanCursor.check(cursor.substring(0, cursor.length() - 3), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("or was changed");
    assertThatThrownBy(() -> ScanCursor.check("", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScanCursor.check("%%%", null)).isInstanceOf(IllegalArgumentException.class);
  }
}
