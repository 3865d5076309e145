package dev.singletable.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.benchmarks.model.SampleOrders;
import org.junit.jupiter.api.Test;

/** The sample orders keep the ids {@code String.format("o-%06d", n)} gave them. */
class SampleOrdersTest {

  @Test
  void orderIdsHaveSixDigits() {
    assertThat(SampleOrders.number("u", 7).orderId()).isEqualTo("o-000007");
    assertThat(SampleOrders.number("u", 0).orderId()).isEqualTo("o-000000");
    assertThat(SampleOrders.number("u", 123_456).orderId()).isEqualTo("o-123456");
    assertThat(SampleOrders.typical().orderId()).isEqualTo(String.format("o-%06d", 7));
  }
}
