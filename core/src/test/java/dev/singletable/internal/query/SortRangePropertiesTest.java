package dev.singletable.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.SortKey;
import dev.singletable.internal.query.KeyConditions.Condition;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link SortRange}: an entity query's key condition selects exactly the keys its condition selects
 * that also start with the entity's literal prefix, evaluated as DynamoDB would, and reaches no key
 * outside the entity's range.
 */
class SortRangePropertiesTest {

  /** Words over characters that make prefixes and orders interesting; never U+10FFFF. */
  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of("#", "$", " ", "a", "b", "\u0000", "\uE000", "\uFFFF", "\uD800\uDC00", "\uDBFF\uDFFE")
        .list().ofMaxSize(4).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> entityPrefixes() {
    return words().filter(w -> !w.isEmpty());
  }

  @Provide
  Arbitrary<SortCondition> conditions() {
    Arbitrary<SortKey> prefixes = words().map(w -> SortKey.prefix(null, "SK", w));
    Arbitrary<SortKey> fulls = words().filter(w -> !w.isEmpty()).map(w -> SortKey.of(null, "SK", w));
    Arbitrary<SortKey> keys = Arbitraries.oneOf(prefixes, fulls);
    Arbitrary<SortCondition> single = net.jqwik.api.Combinators.combine(
        Arbitraries.of(SortCondition.Operator.values()).filter(op -> op != SortCondition.Operator.BETWEEN), keys)
        .as((op, key) -> new SortCondition(op, key, null));
    Arbitrary<SortCondition> between = net.jqwik.api.Combinators.combine(keys, keys)
        .as((from, to) -> new SortCondition(SortCondition.Operator.BETWEEN, from, to))
        .filter(SortRangePropertiesTest::ordered);
    return Arbitraries.oneOf(single, between).injectNull(0.1);
  }

  private static boolean ordered(SortCondition between) {
    try {
      between.toConditional(KeyConditions.PK);
      return true;
    } catch (IllegalArgumentException inverted) {
      return false;
    }
  }

  @Property(tries = 3000)
  void theBoundedConditionSelectsTheConditionsKeysThatStartWithThePrefix(
      @ForAll("conditions") SortCondition condition, @ForAll("entityPrefixes") String prefix,
      @ForAll("words") String key) {
    Condition asWritten = condition == null ? KeyConditions.of((software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional)
        software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional.keyEqualTo(k -> k.partitionValue(KeyConditions.PK)))
        : KeyConditions.of(condition);
    Condition bounded = KeyConditions.of(SortRange.conditional(condition, prefix, KeyConditions.PK));

    assertThat(bounded.matches(key)).as("%s within %s on %s: %s", condition, prefix, key, bounded)
        .isEqualTo(asWritten.matches(key) && key.startsWith(prefix));
  }

  @Property(tries = 1000)
  void theBoundedConditionNeverReachesBeyondTheEntitysRange(
      @ForAll("conditions") SortCondition condition, @ForAll("entityPrefixes") String prefix) {
    Condition bounded = KeyConditions.of(SortRange.conditional(condition, prefix, KeyConditions.PK));

    // Whatever it is, the condition is one DynamoDB evaluates on the entity's keys only: its bounds
    // lie within [prefix, end(prefix)], unless it is the condition as written and inside already.
    switch (bounded.operator()) {
      case "NONE" -> { }
      case "begins_with" -> assertThat(bounded.bounds().get(0)).startsWith(prefix);
      case "BETWEEN", "=" -> assertThat(bounded.bounds()).allSatisfy(bound ->
          assertThat(bound.startsWith(prefix) || bound.equals(SortCondition.end(prefix))).as(bound).isTrue());
      default -> throw new AssertionError("An open-ended condition reaches outside the entity: " + bounded);
    }
  }

  @Test
  void theSeedsSinceQueryBecomesABetweenThatStopsAtTheEndOfTheOrders() {
    SortCondition since = new SortCondition(SortCondition.Operator.GE, SortKey.prefix(null, "SK", "ORDER#2026-03-01#"), null);

    Condition bounded = KeyConditions.of(SortRange.conditional(since, "ORDER#", KeyConditions.PK));

    assertThat(bounded.operator()).isEqualTo("BETWEEN");
    assertThat(bounded.bounds()).containsExactly("ORDER#2026-03-01#", SortCondition.end("ORDER#"));
    assertThat(bounded.matches("PROFILE")).isFalse();
  }

  @Test
  void noConditionReadsTheEntitysPrefixAndAConditionInsideIsSentAsWritten() {
    assertThat(KeyConditions.of(SortRange.conditional(null, "ORDER#", KeyConditions.PK)))
        .isEqualTo(new Condition("begins_with", java.util.List.of("ORDER#")));
    SortCondition day = new SortCondition(SortCondition.Operator.BEGINS_WITH, SortKey.prefix(null, "SK", "ORDER#2026-03-15#"), null);
    assertThat(KeyConditions.of(SortRange.conditional(day, "ORDER#", KeyConditions.PK))).isEqualTo(KeyConditions.of(day));
    assertThat(KeyConditions.of(SortRange.conditional(day, "", KeyConditions.PK))).isEqualTo(KeyConditions.of(day));
  }

  @Test
  void exclusiveBoundsBecomeTheNextAndPreviousStrings() {
    assertThat(SortRange.successor("ORDER#a")).isEqualTo("ORDER#a\u0000");
    assertThat(SortRange.predecessor("ORDER#b")).isEqualTo("ORDER#a\uDBFF\uDFFF");
    assertThat(SortRange.predecessor("ORDER#a\u0000")).isEqualTo("ORDER#a");
    assertThat(SortRange.predecessor("A\uE000")).isEqualTo("A\uD7FF\uDBFF\uDFFF");
    assertThat(SortRange.predecessor("A\uD800\uDC00")).isEqualTo("A\uFFFF\uDBFF\uDFFF");
    assertThat(SortRange.successor("x".repeat(1024))).isNull();
  }
}
