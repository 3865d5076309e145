package dev.singletable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A {@code null} condition is refused where it is given, with a message, not at execute() (issue 12, point 6). */
class ConditionNullsTest {

  private static final Attribute<String, String> NAME = Attribute.of(String.class, "name");
  private static final Condition<String> EXISTS = Condition.attributeExists(NAME);

  @Test
  void notOfNullIsRefusedWhenItIsMade() {
    assertThatThrownBy(() -> Condition.not(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Condition.not(null)");
  }

  @Test
  void andAndOrNameThePositionOfANullCondition() {
    assertThatThrownBy(() -> Condition.and(EXISTS, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Condition.and(...): condition 2 of 2 is null");
    assertThatThrownBy(() -> Condition.or(null, EXISTS, EXISTS))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Condition.or(...): condition 1 of 3 is null");
    assertThatThrownBy(() -> EXISTS.and((Condition<String>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Condition.and(...): condition 2 of 2 is null");
  }
}
