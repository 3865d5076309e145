package dev.singletable.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.benchmarks.model.ConcatOrderKeys;
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
    assertThat(ConcatOrderKeys.sk(date, orderId)).isEqualTo(OrderKeys.sk(date, orderId));
    assertThat(ConcatOrderKeys.skPrefix(date)).isEqualTo(OrderKeys.skPrefix(date));
    assertThat(ConcatOrderKeys.sk(date, "a#b c")).isEqualTo(OrderKeys.sk(date, "a#b c"));
    assertThat(ConcatOrderKeys.sk(LocalDate.of(7, 1, 2), orderId)).isEqualTo(OrderKeys.sk(LocalDate.of(7, 1, 2), orderId));
  }
}
