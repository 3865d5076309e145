package dev.singletable.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.benchmarks.model.OrderKeys;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** KeyBenchmark's variants must render the same text, or the comparison would be meaningless. */
class KeyBenchmarkTest {

  @Test
  void concatenationRendersWhatTheGeneratedBuildersRender() {
    LocalDate date = LocalDate.of(2026, 3, 15);
    String orderId = "o-000042";

    assertThat(OrderKeys.sk(date, orderId).value())
        .isEqualTo("ORDER#" + date + "#" + orderId)
        .isEqualTo(String.format("ORDER#%s#%s", date, orderId));
    assertThat(OrderKeys.skPrefix(date).value())
        .isEqualTo("ORDER#" + date + "#")
        .isEqualTo(String.format("ORDER#%s#", date));
  }
}
