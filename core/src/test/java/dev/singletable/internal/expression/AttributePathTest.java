package dev.singletable.internal.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Document paths: their text, their parents, overlaps, and their rendering with placeholders. */
class AttributePathTest {

  private static final AttributePath LINE_QUANTITY = AttributePath.of("lineItems").index(2).member("quantity");

  @Test
  void aPathReadsAsDynamoDbWritesIt() {
    assertThat(AttributePath.of("status")).hasToString("status");
    assertThat(LINE_QUANTITY).hasToString("lineItems[2].quantity");
    assertThat(AttributePath.of("legs").index(0).index(1)).hasToString("legs[0][1]");
    assertThat(LINE_QUANTITY.root()).isEqualTo("lineItems");
    assertThat(LINE_QUANTITY.isNested()).isTrue();
    assertThat(AttributePath.of("status").isNested()).isFalse();
  }

  @Test
  void parentsLeadBackToTheTopLevelAttribute() {
    assertThat(LINE_QUANTITY.parent()).isEqualTo(AttributePath.of("lineItems").index(2));
    assertThat(LINE_QUANTITY.parent().endsWithIndex()).isTrue();
    assertThat(LINE_QUANTITY.parent().parent()).isEqualTo(AttributePath.of("lineItems"));
    assertThat(AttributePath.of("lineItems").parent()).isNull();
  }

  @Test
  void aPathOverlapsItselfAndWhatIsInsideIt() {
    AttributePath address = AttributePath.of("address");

    assertThat(address.overlaps(address.member("city"))).isTrue();
    assertThat(address.member("city").overlaps(address)).isTrue();
    assertThat(address.member("city").overlaps(address.member("zip"))).isFalse();
    assertThat(LINE_QUANTITY.overlaps(AttributePath.of("lineItems").index(1))).isFalse();
    assertThat(AttributePath.of("a").overlaps(AttributePath.of("ab"))).isFalse();
  }

  @Test
  void aNegativeIndexIsRefused() {
    assertThatThrownBy(() -> AttributePath.of("tags").index(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("List index -1 of tags is negative");
  }

  @Test
  void everyNameOfAPathGetsAPlaceholderAndEachNameOnlyOne() {
    ExpressionContext context = new ExpressionContext(null);

    assertThat(context.name(LINE_QUANTITY)).isEqualTo("#st0[2].#st1");
    assertThat(context.name(AttributePath.of("quantity"))).isEqualTo("#st1");
    assertThat(context.name(AttributePath.of("address").member("quantity").member("a.b"))).isEqualTo("#st2.#st1.#st3");
    assertThat(context.names()).containsEntry("#st3", "a.b").hasSize(4);
    assertThat(context.attributes()).containsExactly("lineItems", "quantity", "address");
  }
}
