package dev.singletable.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyValueType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Solving segment equations: examples when there is a solution, none when there is not. */
class KeyConstraintsTest {

  private static final KeyEncoding HASH = KeyEncoding.forDelimiter('#');

  private final KeyConstraints constraints = new KeyConstraints();

  private KeyConstraints.Var var(String name, KeyValueType type) {
    return constraints.var(name, ValueLanguages.of(type, List.of(), HASH));
  }

  private static KeyConstraints.Seg seg(String prefix, KeyConstraints.Var var, String suffix) {
    return new KeyConstraints.Seg(prefix, var, suffix);
  }

  @Test
  void aValueWithLiteralTextAroundItMatchesAnotherWithOtherText() {
    KeyConstraints.Var a = var("a", KeyValueType.STRING);
    KeyConstraints.Var n = var("n", KeyValueType.INT);
    constraints.equal(seg("v", a, ""), seg("", n, "")); // "v<a>" never equals an int: ints start with a digit or '-'

    assertThat(constraints.solve()).isEmpty();
  }

  @Test
  void aStringCanSpellAnotherTypesValueAndTheExampleSaysHow() {
    KeyConstraints.Var a = var("a", KeyValueType.STRING);
    KeyConstraints.Var date = var("date", KeyValueType.LOCAL_DATE);
    constraints.equal(seg("D", a, ""), seg("D", date, "x"));

    Map<KeyConstraints.Var, String> values = constraints.solve().orElseThrow();

    assertThat(values.get(a)).isEqualTo(values.get(date) + "x");
    assertThat(Languages.contains(ValueLanguages.of(KeyValueType.LOCAL_DATE, List.of(), HASH), values.get(date)))
        .isTrue();
  }

  @Test
  void aValueSharedByPartitionAndSortKeyMustSatisfyBoth() {
    // User: PK = SK = X#<id>; Other: PK = X#<n> (an int), SK = X#<d> (a date). Each key alone can
    // match, but id cannot be an int and a date at once.
    KeyConstraints.Var id = var("id", KeyValueType.STRING);
    KeyConstraints.Var n = var("n", KeyValueType.INT);
    KeyConstraints.Var d = var("d", KeyValueType.LOCAL_DATE);
    constraints.equal(seg("", id, ""), seg("", n, ""));
    constraints.equal(seg("", id, ""), seg("", d, ""));

    assertThat(constraints.solve()).isEmpty();
  }

  @Test
  void aCycleThroughBothKeysIsSolvedWhenItCloses() {
    // A: PK = <a>, SK = x<a>; B: PK = <b>, SK = <b>x: equal when a = b and xa = ax, as for a = "x".
    KeyConstraints.Var a = var("a", KeyValueType.STRING);
    KeyConstraints.Var b = var("b", KeyValueType.STRING);
    constraints.equal(seg("", a, ""), seg("", b, ""));
    constraints.equal(seg("x", a, ""), seg("", b, "x"));

    Map<KeyConstraints.Var, String> values = constraints.solve().orElseThrow();

    assertThat(values.get(a)).isEqualTo(values.get(b)).matches("x*");
  }

  @Test
  void aCycleThatCannotCloseHasNoSolution() {
    // xa = ay has no solution for x != y.
    KeyConstraints.Var a = var("a", KeyValueType.STRING);
    KeyConstraints.Var b = var("b", KeyValueType.STRING);
    constraints.equal(seg("", a, ""), seg("", b, ""));
    constraints.equal(seg("x", a, ""), seg("", b, "y"));

    assertThat(constraints.solve()).isEmpty();
  }

  @Test
  void literalsMustBeEqualAndPrefixesMustStartTheSegment() {
    KeyConstraints.Var a = var("a", KeyValueType.STRING);
    constraints.equal(seg("ORDER", null, ""), seg("ORDER", null, ""));
    constraints.within(seg("", a, ""), Languages.thenAnything(Nfa.word("2026-03")));

    Optional<Map<KeyConstraints.Var, String>> values = constraints.solve();

    assertThat(values).isPresent();
    assertThat(values.get().get(a)).startsWith("2026-03");
  }

  @Test
  void differentLiteralsNeverMatch() {
    constraints.equal(seg("USER", null, ""), seg("ORDER", null, ""));

    assertThat(constraints.solve()).isEmpty();
  }
}
