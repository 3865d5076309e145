package dev.singletable.benchmarks;

import dev.singletable.ChangeEvent;
import dev.singletable.SingleTable;
import dev.singletable.StreamReader;
import dev.singletable.benchmarks.model.BenchShopSchema;
import dev.singletable.benchmarks.model.HandWrittenChangeReader;
import dev.singletable.benchmarks.model.Order;
import dev.singletable.benchmarks.model.SampleRecords;
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
 * B6: a fresh JVM's first DynamoDB Streams record read into a typed change, as a stream handler in
 * AWS Lambda pays it on every cold start. Each fork runs one operation, once, like {@link
 * ColdStartBenchmark}: the record ({@link SampleRecords#orderInserted()}, an INSERT of an order
 * with its new image) is built inside the call, then read.
 *
 * <p>{@code handWritten} is the floor: the image as a map, a switch on the type attribute and the
 * hand-written mapper ({@link HandWrittenChangeReader}). {@code library} reads the same record
 * with {@code shop.changeEvent(record)} and {@code as(Order.class)}, the table made inside the
 * call. {@code streamReader} reads it as a handler that only reads records does, with the
 * generated {@code BenchShopSchema.streamReader()}, which needs no client. Goal: library at most
 * 1.3x of handWritten.
 *
 * <p>{@code Object} return types on purpose: a signature of an SDK type could make the harness
 * load it before the clock starts.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(30)
public class StreamColdStartBenchmark {

  /** The floor: the record's image read by hand, after a switch on its type attribute. */
  @Benchmark
  public Object handWritten() {
    return HandWrittenChangeReader.read(SampleRecords.orderInserted());
  }

  /**
   * The library: the generated table, then the record read as a typed change. The table's client
   * sends no request (reading a record needs none), so that the figure is the reading, not the
   * building of an HTTP client, which a handler pays either way.
   */
  @Benchmark
  public Object library() {
    Record record = SampleRecords.orderInserted();
    SingleTable shop = BenchShopSchema.table(NoRequestClient.INSTANCE);
    return shop.changeEvent(record).as(Order.class).flatMap(ChangeEvent::newItem).orElseThrow();
  }

  /**
   * The library without a client: the generated stream reader, then the record read as a typed
   * change, as a stream handler that only reads its records does it.
   */
  @Benchmark
  public Object streamReader() {
    Record record = SampleRecords.orderInserted();
    StreamReader shop = BenchShopSchema.streamReader();
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
