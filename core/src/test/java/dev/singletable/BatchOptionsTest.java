package dev.singletable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class BatchOptionsTest {

  @Test
  void defaultsAreThoseDocumented() {
    BatchOptions defaults = BatchOptions.defaults();
    assertThat(defaults.parallelism()).isEqualTo(8);
    assertThat(defaults.maxRetries()).isEqualTo(8);
    assertThat(defaults.baseDelay()).isEqualTo(Duration.ofMillis(50));
    assertThat(defaults.maxDelay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(defaults.executor()).isEmpty();
    assertThat(TableOptions.defaults().batchOptions()).isSameAs(defaults);
    assertThat(TableOptions.defaults().capacityListener()).isNull();
  }

  @Test
  void aBuilderCopiesEveryOption() {
    Executor executor = Runnable::run;
    BatchOptions options = BatchOptions.builder().parallelism(3).maxRetries(0).baseDelay(Duration.ZERO)
        .maxDelay(Duration.ofMillis(7)).executor(executor).build();
    BatchOptions copy = options.toBuilder().build();
    assertThat(copy.parallelism()).isEqualTo(3);
    assertThat(copy.maxRetries()).isZero();
    assertThat(copy.baseDelay()).isZero();
    assertThat(copy.maxDelay()).isEqualTo(Duration.ofMillis(7));
    assertThat(copy.executor()).containsSame(executor);
    CapacityListener listener = (operation, capacity) -> { };
    TableOptions table = TableOptions.builder().batchOptions(options).capacityListener(listener).build().toBuilder().build();
    assertThat(table.batchOptions()).isSameAs(options);
    assertThat(table.capacityListener()).isSameAs(listener);
  }

  @Test
  void nonsenseIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> BatchOptions.builder().parallelism(0)).hasMessageContaining("parallelism must be at least 1, not 0");
    assertThatThrownBy(() -> BatchOptions.builder().maxRetries(-1)).hasMessageContaining("maxRetries must not be negative, not -1");
    assertThatThrownBy(() -> BatchOptions.builder().baseDelay(Duration.ofMillis(-1))).hasMessageContaining("baseDelay");
    assertThatThrownBy(() -> BatchOptions.builder().baseDelay(Duration.ofSeconds(10)).build())
        .hasMessageContaining("maxDelay PT5S is below baseDelay PT10S");
  }
}
