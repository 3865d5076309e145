package dev.singletable.internal.query;

import static dev.singletable.internal.query.SortCondition.Operator.BEGINS_WITH;
import static dev.singletable.internal.query.SortCondition.Operator.BETWEEN;
import static dev.singletable.internal.query.SortCondition.Operator.EQ;
import static dev.singletable.internal.query.SortCondition.Operator.GE;
import static dev.singletable.internal.query.SortCondition.Operator.GT;
import static dev.singletable.internal.query.SortCondition.Operator.LE;
import static dev.singletable.internal.query.SortCondition.Operator.LT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.internal.query.KeyConditions.Condition;
import dev.singletable.SortKey;
import dev.singletable.internal.KeyEncoding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The key condition each operator gives the enhanced client, for a full sort key and for a prefix
 * (the range of keys that start with it, ending at prefix + U+10FFFF).
 */
class SortConditionTest {

  private static final String MAX = new String(Character.toChars(0x10FFFF));

  private static SortKey full(String value) {
    return SortKey.of(null, "SK", value);
  }

  private static SortKey prefix(String value) {
    return SortKey.prefix(null, "SK", value);
  }

  private static Condition condition(SortCondition.Operator operator, SortKey first) {
    return KeyConditions.of(new SortCondition(operator, first, null));
  }

  private static Condition between(SortKey from, SortKey to) {
    return KeyConditions.of(new SortCondition(BETWEEN, from, to));
  }

  private static Condition expected(String operator, String... bounds) {
    return new Condition(operator, List.of(bounds));
  }

  @Test
  void theEndOfAPrefixRangeIsTheHighestCodePoint() {
    assertThat(KeyEncoding.MAX_CHAR).isEqualTo(MAX);
  }

  @Test
  void eqOfAFullKeyIsEqualityAndOfAPrefixIsBeginsWith() {
    assertThat(condition(EQ, full("ORDER#2026-03-15#o1"))).isEqualTo(expected("=", "ORDER#2026-03-15#o1"));
    assertThat(condition(EQ, prefix("ORDER#2026-03"))).isEqualTo(expected("begins_with", "ORDER#2026-03"));
    assertThat(condition(EQ, prefix(""))).isEqualTo(expected("ALL"));
  }

  @Test
  void beginsWithUsesTheValueOfAFullKeyOrAPrefix() {
    assertThat(condition(BEGINS_WITH, full("ORDER#2026"))).isEqualTo(expected("begins_with", "ORDER#2026"));
    assertThat(condition(BEGINS_WITH, prefix("ORDER#"))).isEqualTo(expected("begins_with", "ORDER#"));
    assertThat(condition(BEGINS_WITH, prefix(""))).isEqualTo(expected("ALL"));
  }

  @Test
  void gtOfAPrefixStartsAfterEveryKeyThatStartsWithIt() {
    assertThat(condition(GT, full("ORDER#2026-03-15#o1"))).isEqualTo(expected(">", "ORDER#2026-03-15#o1"));
    assertThat(condition(GT, prefix("ORDER#2026-03-15#"))).isEqualTo(expected(">", "ORDER#2026-03-15#" + MAX));
    assertThat(condition(GT, prefix(""))).isEqualTo(expected(">", MAX));
  }

  @Test
  void geOfAPrefixStartsAtItsFirstKey() {
    assertThat(condition(GE, full("ORDER#2026-03-15#o1"))).isEqualTo(expected(">=", "ORDER#2026-03-15#o1"));
    assertThat(condition(GE, prefix("ORDER#2026-03-15#"))).isEqualTo(expected(">=", "ORDER#2026-03-15#"));
    assertThat(condition(GE, prefix(""))).isEqualTo(expected("ALL"));
  }

  @Test
  void ltOfAPrefixEndsBeforeItsFirstKeyAndLtOfTheEmptyPrefixIsNoQuery() {
    assertThat(condition(LT, full("ORDER#2026-03-15#o1"))).isEqualTo(expected("<", "ORDER#2026-03-15#o1"));
    assertThat(condition(LT, prefix("ORDER#2026-03-15#"))).isEqualTo(expected("<", "ORDER#2026-03-15#"));
    assertThat(new SortCondition(LT, prefix(""), null).toConditional(KeyConditions.PK)).isNull();
  }

  @Test
  void leOfAPrefixEndsAfterItsLastKey() {
    assertThat(condition(LE, full("ORDER#2026-03-15#o1"))).isEqualTo(expected("<=", "ORDER#2026-03-15#o1"));
    assertThat(condition(LE, prefix("ORDER#2026-03-15#"))).isEqualTo(expected("<=", "ORDER#2026-03-15#" + MAX));
    assertThat(condition(LE, prefix(""))).isEqualTo(expected("<=", MAX));
  }

  @Test
  void betweenTwoPrefixesIncludesEveryKeyStartingWithTheUpperPrefix() {
    assertThat(between(prefix("ORDER#2026-03-01"), prefix("ORDER#2026-03-31#")))
        .isEqualTo(expected("BETWEEN", "ORDER#2026-03-01", "ORDER#2026-03-31#" + MAX));
  }

  @Test
  void theEndOfALongPrefixIsTheHighestKeyWithinTheSortKeyLimit() {
    // DynamoDB refuses key condition values over 1,024 bytes: prefix + U+10FFFF (4 bytes) must
    // not be sent for a prefix of more than 1,020 bytes.
    String prefix1020 = "a".repeat(1020);
    assertThat(SortCondition.end(prefix1020)).isEqualTo(prefix1020 + MAX);
    assertThat(SortCondition.end("a".repeat(1021))).isEqualTo("a".repeat(1021) + "\uFFFF");
    assertThat(SortCondition.end("a".repeat(1022))).isEqualTo("a".repeat(1022) + "\u07FF");
    assertThat(SortCondition.end("a".repeat(1023))).isEqualTo("a".repeat(1023) + "\u007F");
    assertThat(SortCondition.end("a".repeat(1024))).isEqualTo("a".repeat(1024));
    String threeByteChars = "\u20AC".repeat(341); // 1,023 bytes in 341 chars
    assertThat(SortCondition.end(threeByteChars)).isEqualTo(threeByteChars + "\u007F");
  }

  @Test
  void theEndOfALongPrefixIsAtOrAboveEveryKeyThatStartsWithItAndBelowTheNextKeys() {
    for (int left = 0; left <= 4; left++) {
      String prefix = "b".repeat(1024 - left);
      String end = SortCondition.end(prefix);
      assertThat(KeyEncoding.utf8Length(end)).as("bytes of the end with %d left", left).isLessThanOrEqualTo(1024);
      // The highest keys that start with the prefix and fit in what is left.
      List<String> longest = switch (left) {
        case 0 -> List.of(prefix);
        case 1 -> List.of(prefix + "\u007F", prefix + "a");
        case 2 -> List.of(prefix + "\u07FF", prefix + "\u007F\u007F");
        case 3 -> List.of(prefix + "\uFFFF", prefix + "\u07FF\u007F", prefix + "\u007F\u007F\u007F");
        default -> List.of(prefix + "\uD8FF\uDFFF", prefix + "\uFFFF\u007F");
      };
      for (String key : longest) {
        assertThat(SortCondition.compareUtf8(key, end)).as("%d left: %s", left, key).isLessThanOrEqualTo(0);
      }
      String next = "b".repeat(1023 - left) + "c";
      assertThat(SortCondition.compareUtf8(next, end)).as("%d left: the next key", left).isGreaterThan(0);
    }
  }

  @Test
  void aLongPrefixAsAnUpperBoundStaysWithinTheLimit() {
    String prefix = "ORDER#" + "x".repeat(1016); // 1,022 bytes
    assertThat(condition(LE, prefix(prefix))).isEqualTo(expected("<=", prefix + "\u07FF"));
    assertThat(condition(GT, prefix(prefix))).isEqualTo(expected(">", prefix + "\u07FF"));
    assertThat(between(prefix("ORDER#"), prefix(prefix)))
        .isEqualTo(expected("BETWEEN", "ORDER#", prefix + "\u07FF"));
  }

  @Test
  void betweenFullKeysUsesTheirValues() {
    assertThat(between(full("ORDER#1"), full("ORDER#2"))).isEqualTo(expected("BETWEEN", "ORDER#1", "ORDER#2"));
    assertThat(between(full("ORDER#1"), full("ORDER#1"))).isEqualTo(expected("BETWEEN", "ORDER#1", "ORDER#1"));
    assertThat(between(full("ORDER#1"), prefix("ORDER#2"))).isEqualTo(expected("BETWEEN", "ORDER#1", "ORDER#2" + MAX));
    assertThat(between(prefix("ORDER#1"), full("ORDER#2"))).isEqualTo(expected("BETWEEN", "ORDER#1", "ORDER#2"));
  }

  @Test
  void betweenWithAnEmptyPrefixIsOpenOnThatSide() {
    assertThat(between(prefix(""), prefix("ORDER#2026-03-31#")))
        .isEqualTo(expected("<=", "ORDER#2026-03-31#" + MAX));
    assertThat(between(prefix(""), full("ORDER#2"))).isEqualTo(expected("<=", "ORDER#2"));
    assertThat(between(prefix("ORDER#2"), prefix(""))).isEqualTo(expected("BETWEEN", "ORDER#2", MAX));
  }

  @Test
  void betweenAFullKeyAndAPrefixItStartsWithIsAValidRange() {
    // "AB" starts with "A", so it is below "A" + U+10FFFF.
    assertThat(between(full("AB"), prefix("A"))).isEqualTo(expected("BETWEEN", "AB", "A" + MAX));
  }

  @Test
  void betweenWithTheLowerBoundAboveTheUpperBoundIsRejected() {
    assertThatThrownBy(() -> between(full("ORDER#2"), full("ORDER#1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower bound sorts above the upper bound")
        .hasMessageContaining("ORDER#2")
        .hasMessageContaining("ORDER#1");
    assertThatThrownBy(() -> between(prefix("ORDER#2026-04"), prefix("ORDER#2026-03")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> between(full("B"), prefix("A"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void betweenComparesBoundsByCodePointsNotByUtf16Units() {
    String privateUse = "K\uE000";       // U+E000
    String supplementary = "K\uD800\uDC00"; // U+10000: above U+E000 in UTF-8, below it in String.compareTo
    assertThat(between(full(privateUse), full(supplementary)))
        .isEqualTo(expected("BETWEEN", privateUse, supplementary));
    assertThatThrownBy(() -> between(full(supplementary), full(privateUse)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void compareUtf8OrdersByCodePoints() {
    assertThat(SortCondition.compareUtf8("\uE000", "\uD800\uDC00")).isNegative();
    assertThat(SortCondition.compareUtf8("\uD800\uDC00", "\uE000")).isPositive();
    assertThat(SortCondition.compareUtf8("\uFFFF", "\uD800\uDC00")).isNegative();
    assertThat(SortCondition.compareUtf8("", "a")).isNegative();
    assertThat(SortCondition.compareUtf8("a", "")).isPositive();
    assertThat(SortCondition.compareUtf8("ab", "ab")).isZero();
    assertThat(SortCondition.compareUtf8("a", "a" + MAX)).isNegative();
    assertThat(SortCondition.compareUtf8("a#", "a b")).isPositive();
  }

  @Test
  void describeNamesTheOperatorAndItsKeys() {
    SortCondition sort = new SortCondition(BETWEEN, prefix("ORDER#2026-03"), full("ORDER#2026-04-01#o1"));
    assertThat(sort.describe()).startsWith("between(").contains("ORDER#2026-03").contains("ORDER#2026-04-01#o1");
    assertThat(new SortCondition(GT, full("X"), null).describe()).startsWith("gt(").contains("\"X\"");
  }
}
