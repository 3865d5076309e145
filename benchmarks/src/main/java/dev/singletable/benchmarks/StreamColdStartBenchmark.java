package dev.singletable.benchmarks;

import dev.singletable.ChangeEvent;
import dev.singletable.SingleTable;
import dev.singletable.benchmarks.model.BenchShopSchema;
import dev.singletable.benchmarks.model.Order;
import dev.singletable.benchmarks.model.SampleStreamRecords;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * B6: a fresh JVM reading its first DynamoDB Streams record into a typed event, as a Lambda stream
 * handler's first invocation does (issue 10, point 8). Each fork runs one operation, once, so the
 * measured call pays all class loading and the first, interpreted, read. Both variants build the
 * same record inside the call ({@link SampleStreamRecords}).
 *
 * <p>{@code library}: {@code shop.changeEvent(record)} and {@code as(Order.class)}, the table made
 * inside the call. {@code handWritten} (the floor: {@code NewImage}, a switch on the type
 * attribute and a hand-written mapper) goes beside it; the ratio of the two is the figure.
 *
 * <p>No state class and {@code Object} return types on purpose, as in {@link ColdStartBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(30)
public class StreamColdStartBenchmark {

  /**
   * The library: the generated table, then the first record read as a typed change. The client is
   * one that sends no request (reading a record needs none), so that the figure is the reading,
   * not the building of an HTTP client, which a handler pays either way.
   */
  @Benchmark
  public Object library() {
    Record record = SampleStreamRecords.orderInsert();
    SingleTable shop = BenchShopSchema.table(NoRequestClient.INSTANCE);
    return shop.changeEvent(record).as(Order.class).flatMap(ChangeEvent::newItem).orElseThrow();
  }

  /** A {@link DynamoDbClient} for code that sends no request: every operation throws. */
  static final class NoRequestClient implements DynamoDbClient {
    static final NoRequestClient INSTANCE = new NoRequestClient();

    @Override
    public String serviceName() {
      return SERVICE_NAME;
    }

    @Override
    public void close() {}
  }
}
