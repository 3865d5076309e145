package dev.singletable.internal.query;

import static dev.singletable.internal.KeyArbitraries.compareUtf8Bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.internal.query.KeyConditions.Condition;
import dev.singletable.SortKey;
import dev.singletable.internal.KeyArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The prefix-as-range semantics of sort conditions, checked by evaluating the generated key
 * condition on sort keys as DynamoDB would (by UTF-8 bytes), against the documented meaning:
 * {@code between(from, to)} includes every key that starts with a prefix {@code to}; {@code gt(p)}
 * starts after all keys starting with {@code p}, {@code ge(p)} at the first, {@code lt(p)} ends
 * before the first, {@code le(p)} after the last; a full key compares as its value.
 */
class SortConditionPropertiesTest {

  /** Words over characters that make prefixes and orders interesting; never U+10FFFF. */
  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of("#", "$", " ", "a", "b", "\uE000", "\uFFFF", "\uD800\uDC00", "\uDBFF\uDFFE")
        .list().ofMaxSize(4).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<SortKey> sortKeys() {
    Arbitrary<SortKey> prefixes = words().map(w -> SortKey.prefix(null, "SK", w));
    Arbitrary<SortKey> fulls = words().filter(w -> !w.isEmpty()).map(w -> SortKey.of(null, "SK", w));
    return Arbitraries.oneOf(prefixes, fulls);
  }

  @Provide
  Arbitrary<SortCondition.Operator> singleKeyOperators() {
    return Arbitraries.of(SortCondition.Operator.values()).filter(op -> op != SortCondition.Operator.BETWEEN);
  }

  /** Whether {@code key} is at or above the start of {@code bound}: its value, or its first key. */
  private static boolean atOrAfterStart(String key, SortKey bound) {
    return compareUtf8Bytes(key, bound.value()) >= 0;
  }

  /** Whether {@code key} is at or below the end of {@code bound}: its value, or its last key. */
  private static boolean atOrBeforeEnd(String key, SortKey bound) {
    return compareUtf8Bytes(key, bound.value()) <= 0 || (bound.isPrefix() && key.startsWith(bound.value()));
  }

  private static boolean intended(SortCondition.Operator operator, SortKey first, SortKey second, String key) {
    return switch (operator) {
      case EQ -> first.isPrefix() ? key.startsWith(first.value()) : key.equals(first.value());
      case BEGINS_WITH -> key.startsWith(first.value());
      case GT -> !atOrBeforeEnd(key, first);
      case GE -> atOrAfterStart(key, first);
      case LT -> !atOrAfterStart(key, first);
      case LE -> atOrBeforeEnd(key, first);
      case BETWEEN -> atOrAfterStart(key, first) && atOrBeforeEnd(key, second);
    };
  }

  @Property
  void singleKeyConditionsSelectExactlyTheDocumentedKeys(
      @ForAll("singleKeyOperators") SortCondition.Operator operator, @ForAll("sortKeys") SortKey bound,
      @ForAll("words") String key) {
    Condition condition = KeyConditions.of(new SortCondition(operator, bound, null));

    assertThat(condition.matches(key)).as("%s(%s) on %s: %s", operator, bound, key, condition)
        .isEqualTo(intended(operator, bound, null, key));
  }

  @Property
  void betweenSelectsExactlyTheKeysFromTheStartOfTheLowerToTheEndOfTheUpperBound(
      @ForAll("sortKeys") SortKey from, @ForAll("sortKeys") SortKey to, @ForAll("words") String key) {
    // The range is empty, and DynamoDB would reject it, exactly when from starts above the end of to.
    boolean inverted = !atOrBeforeEnd(from.value(), to);
    SortCondition sort = new SortCondition(SortCondition.Operator.BETWEEN, from, to);
    if (inverted) {
      assertThatThrownBy(() -> sort.toConditional(KeyConditions.PK)).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    Condition condition = KeyConditions.of(sort);

    assertThat(condition.matches(key)).as("between(%s, %s) on %s: %s", from, to, key, condition)
        .isEqualTo(intended(SortCondition.Operator.BETWEEN, from, to, key));
    if (condition.operator().equals("BETWEEN")) {
      List<String> bounds = condition.bounds();
      assertThat(compareUtf8Bytes(bounds.get(0), bounds.get(1))).isLessThanOrEqualTo(0);
    }
  }

  @Provide
  Arbitrary<String> values() {
    return KeyArbitraries.values();
  }

  @Property
  void compareUtf8HasTheSignOfTheUtf8ByteComparison(@ForAll("values") String a, @ForAll("values") String b) {
    assertThat(Integer.signum(SortCondition.compareUtf8(a, b))).isEqualTo(compareUtf8Bytes(a, b));
    assertThat(Integer.signum(SortCondition.compareUtf8(a + b, a))).isEqualTo(b.isEmpty() ? 0 : 1);
  }
}
