package dev.singletable.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.benchmarks.model.HandWrittenChangeReader.Change;
import dev.singletable.benchmarks.model.Order;
import dev.singletable.benchmarks.model.SampleOrders;
import org.junit.jupiter.api.Test;

/** Every side of the stream cold start reads the sample record into the typical order. */
class StreamColdStartBenchmarkTest {

  @Test
  void everySideReadsTheTypicalOrder() {
    StreamColdStartBenchmark benchmark = new StreamColdStartBenchmark();

    assertThat(benchmark.library()).isEqualTo(SampleOrders.typical());
    assertThat(benchmark.streamReader()).isEqualTo(SampleOrders.typical());
    assertThat(benchmark.handWritten()).isEqualTo(new Change("INSERT", Order.class, null, SampleOrders.typical()));
  }
}
