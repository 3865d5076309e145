package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * A value a key cannot hold is refused naming the entity, the key attribute and its template, as a
 * {@code null} value is (issue 12, point 6): not only the value.
 */
class KeyValueRefusalsTest {

  @Test
  void aLoneSurrogateOrTheHighestCodePointNamesEntityAttributeAndTemplate() {
    assertThatThrownBy(() -> PurchaseKeys.pk("u\uD800"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Purchase key attribute PK template \"USER#<userId>\" cannot be rendered: ")
        .hasMessageContaining("surrogate");
    assertThatThrownBy(() -> PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "o\uDBFF\uDFFF"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Purchase key attribute SK template \"ORDER#<date>#<orderId>\" cannot be rendered: ");
  }

  @Test
  void aYearOutsideTheKeyRangeNamesEntityAttributeAndTemplate() {
    assertThatThrownBy(() -> PurchaseKeys.skPrefix(LocalDate.of(10_000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Purchase key attribute SK template \"ORDER#<date>#<orderId>\" cannot be rendered: ")
        .hasMessageContaining("10000");
    assertThatThrownBy(() -> PurchaseKeys.skPrefix(Year.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Purchase key attribute SK template");
  }

  @Test
  void aTooLongKeyKeepsItsOwnMessage() {
    assertThatThrownBy(() -> PurchaseKeys.pk("x".repeat(3000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Purchase key attribute PK of template \"USER#<userId>\"");
  }
}
