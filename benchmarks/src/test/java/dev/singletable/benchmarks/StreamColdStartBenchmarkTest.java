package dev.singletable.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.benchmarks.model.HandWrittenOrderMapper;
import dev.singletable.benchmarks.model.SampleOrders;
import dev.singletable.benchmarks.model.SampleStreamRecords;
import org.junit.jupiter.api.Test;

/** The stream cold start reads the sample record into the typical order. */
class StreamColdStartBenchmarkTest {

  @Test
  void theSampleRecordHoldsWhatAPutOfTheTypicalOrderWrites() {
    assertThat(SampleStreamRecords.orderInsert().dynamodb().newImage())
        .isEqualTo(HandWrittenOrderMapper.toMap(SampleOrders.typical()));
  }

  @Test
  void theLibraryReadsTheTypicalOrder() {
    assertThat(new StreamColdStartBenchmark().library()).isEqualTo(SampleOrders.typical());
  }
}
