package dev.singletable.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.benchmarks.model.HandWrittenChangeReader.Change;
import dev.singletable.benchmarks.model.Order;
import dev.singletable.benchmarks.model.SampleOrders;
import org.junit.jupiter.api.Test;

/** Both sides of the stream cold start read the sample record into the typical order. */
class StreamColdStartBenchmarkTest {

  @Test
  void bothSidesReadTheTypicalOrder() {
    StreamColdStartBenchmark benchmark = new StreamColdStartBenchmark();

    assertThat(benchmark.library()).isEqualTo(SampleOrders.typical());
    assertThat(benchmark.handWritten()).isEqualTo(new Change("INSERT", Order.class, null, SampleOrders.typical()));
  }
}
