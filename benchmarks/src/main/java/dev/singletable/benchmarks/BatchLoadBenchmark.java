package dev.singletable.benchmarks;

import dev.singletable.SingleTable;
import dev.singletable.benchmarks.load.LoadItems;
import dev.singletable.benchmarks.load.LoadShopSchema;
import dev.singletable.benchmarks.load.RoundTripDelay;
import dev.singletable.benchmarks.load.SeedLoader;
import dev.singletable.testing.DynamoDbLocal;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * B7: loading {@link #items} mixed items (users, orders, order items; {@link LoadItems}) into an
 * empty table on DynamoDB Local running in the benchmark JVM, one operation per iteration.
 *
 * <ul>
 *   <li>{@code library}: {@code SingleTable.batchPut(items)} with the default
 *       {@link dev.singletable.BatchOptions}: chunks of 25, up to 8 in flight.
 *   <li>{@code sequential}: seed 001's loop on the raw client ({@link SeedLoader}): hand-built
 *       maps, chunks of 25 sent one after the other, unprocessed items retried before the next.
 * </ul>
 *
 * <p>{@link #roundTripMs} adds a wait before every HTTP request ({@link RoundTripDelay}): 0 is
 * DynamoDB Local as it is, about a millisecond away; 10 is an application waiting on a region.
 * After each iteration the table's items are counted (a {@code Scan} with {@code Select.COUNT}):
 * the benchmark fails unless both variants stored every item. Goal with 10 ms: the library at
 * least 4 times the sequential loop's throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class BatchLoadBenchmark {

  private static final AtomicInteger TABLES = new AtomicInteger();

  /** The simulated round trip before every request, in milliseconds. */
  @Param({"0", "10"})
  public int roundTripMs;

  /** Items loaded per operation. */
  @Param("20000")
  public int items;

  private DynamoDbLocal local;
  private DynamoDbClient client;
  private List<Object> itemList;
  private SingleTable table;
  private long cpuAtStart;

  /** Starts DynamoDB Local and builds the items, outside the measurement. */
  @Setup(Level.Trial)
  public void setUp() {
    local = DynamoDbLocal.start();
    client = local.clientBuilder()
        .overrideConfiguration(o -> {
          if (roundTripMs > 0) {
            o.addExecutionInterceptor(new RoundTripDelay(roundTripMs));
          }
        })
        .build();
    itemList = LoadItems.mixed(items);
  }

  /** Creates an empty table for the iteration (the same design for both variants). */
  @Setup(Level.Iteration)
  public void createTable() {
    table = LoadShopSchema.table(client, "load-" + TABLES.incrementAndGet());
    table.createTable();
    cpuAtStart = processCpuNanos();
  }

  /**
   * Checks that every item was stored, then drops the table. Prints the items stored and the CPU
   * time the whole JVM (client and DynamoDB Local) spent on the iteration: on a shared machine the
   * wall-clock times are noisy, the CPU times much less so.
   */
  @TearDown(Level.Iteration)
  public void countAndDropTable() {
    long cpuMillis = (processCpuNanos() - cpuAtStart) / 1_000_000;
    long stored = 0;
    for (ScanResponse page : client.scanPaginator(r -> r.tableName(table.tableName()).select(Select.COUNT))) {
      stored += page.count();
    }
    System.out.println("items stored: " + stored + ", process CPU: " + cpuMillis + " ms");
    client.deleteTable(r -> r.tableName(table.tableName()));
    if (stored != items) {
      throw new IllegalStateException("The table holds " + stored + " items, not " + items);
    }
  }

  /** Closes the client and stops DynamoDB Local. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    local.close();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** The library: one {@code batchPut} of every item. */
  @Benchmark
  public int library() {
    table.batchPut(itemList);
    return itemList.size();
  }

  /** Seed 001's sequential chunk loop on the raw client. */
  @Benchmark
  public int sequential() {
    return SeedLoader.load(client, table.tableName(), itemList);
  }
}
