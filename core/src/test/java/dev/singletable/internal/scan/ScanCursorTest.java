package dev.singletable.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.internal.scan.ScanCursor.Position;
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

/** A scan cursor holds where every segment stands, and continues only its own scan, unchanged. */
class ScanCursorTest {

  private static final Set<String> KEYS = Set.of("PK", "SK");
  private static final String IDENTITY = "scan\nshop\nOrder\n";

  private static Map<String, AttributeValue> key(String pk, String sk) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put("PK", AttributeValue.fromS(pk));
    key.put("SK", AttributeValue.fromS(sk));
    return key;
  }

  private static final List<Position> POSITIONS = List.of(
      Position.FRESH, Position.after(key("USER#u1", "ORDER#2026-03-15#o1")), Position.FINISHED,
      Position.after(key("USER#ü", "PROFILE")));

  @Test
  void positionsRoundTrip() {
    String cursor = ScanCursor.encode(IDENTITY, POSITIONS);

    assertThat(ScanCursor.decode(cursor, IDENTITY, 4, KEYS, "scan")).isEqualTo(POSITIONS);
    assertThat(cursor).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void aScanWhoseSegmentsAreAllDoneHasNoCursor() {
    assertThat(ScanCursor.encode(IDENTITY, List.of(Position.FINISHED, Position.FINISHED))).isNull();
    assertThat(ScanCursor.fresh(3)).containsExactly(Position.FRESH, Position.FRESH, Position.FRESH);
  }

  @Test
  void aCursorOfAnotherScanIsRefused() {
    String cursor = ScanCursor.encode(IDENTITY, POSITIONS);

    assertThatThrownBy(() -> ScanCursor.decode(cursor, "scan\nshop\n*\n", 4, KEYS, "scan of table shop"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comes from another scan than this scan of table shop");
    assertThatThrownBy(() -> ScanCursor.decode(cursor, IDENTITY, 2, KEYS, "scan"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in 4 segments, not 2");
    assertThatThrownBy(() -> ScanCursor.decode(cursor, IDENTITY, 4, Set.of("PK", "SK", "GSI1PK"), "scan"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds the key attributes");
  }

  @Property(tries = 500)
  void anySingleChangeIsRefused(@ForAll @IntRange(min = 0, max = 10_000) int where, @ForAll("letters") char to) {
    String cursor = ScanCursor.encode(IDENTITY, POSITIONS);
    int at = where % cursor.length();
    String changed = cursor.substring(0, at) + to + cursor.substring(at + 1);
    if (changed.equals(cursor)) {
      return;
    }

    assertThatThrownBy(() -> ScanCursor.decode(changed, IDENTITY, 4, KEYS, "scan"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aChangeOfTheLastCharacterIsRefusedEvenWhereItOnlyTouchesUnusedBits() {
    String cursor = ScanCursor.encode(IDENTITY, POSITIONS);
    String head = cursor.substring(0, cursor.length() - 1);
    for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray()) {
      if (c != cursor.charAt(cursor.length() - 1)) {
        assertThatThrownBy(() -> ScanCursor.check(head + c)).isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Provide
  Arbitrary<Character> letters() {
    return Arbitraries.chars().with("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
  }

  @Test
  void aTruncatedOrForeignCursorIsRefused() {
    String cursor = ScanCursor.encode(IDENTITY, POSITIONS);

    assertThatThrownBy(() -> ScanCursor.check(cursor.substring(0, cursor.length() - 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("or was changed");
    assertThatThrownBy(() -> ScanCursor.check("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScanCursor.check("%%%")).isInstanceOf(IllegalArgumentException.class);
  }
}
