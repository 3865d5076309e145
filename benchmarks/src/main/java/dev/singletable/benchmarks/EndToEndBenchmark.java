package dev.singletable.benchmarks;

import dev.singletable.EntityTable;
import dev.singletable.SingleTable;
import dev.singletable.benchmarks.model.BenchShopSchema;
import dev.singletable.benchmarks.model.Order;
import dev.singletable.testing.DynamoDbLocal;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * B4: per operation, 10,000 puts, 10,000 gets and a query of all 10,000 items in pages of 100,
 * against DynamoDB Local running in the benchmark JVM (in memory, started once per fork).
 *
 * <ul>
 *   <li>{@code library}: {@link EntityTable#put}, {@link EntityTable#get} and
 *       {@code query(pk).limit(100).after(cursor).page()}.
 *   <li>{@code rawClient}: the same requests with the {@link DynamoDbClient} and hand-built maps:
 *       {@code PutItem}, {@code GetItem} by key, and a {@code Query} with the same key condition,
 *       type filter and limit, following {@code LastEvaluatedKey}.
 * </ul>
 *
 * <p>The requests are {@link Workload}'s, shared with {@link ClientOverheadBenchmark}.
 *
 * <p>Both run on one client and one server per fork, over loopback HTTP: DynamoDB Local's own time
 * dominates, so the difference is the library's overhead plus noise. Goal: within 5%.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class EndToEndBenchmark {

  /** Items put, got and queried per operation; run.sh --quick lowers it to stay within minutes. */
  @Param("10000")
  public int items;

  private DynamoDbLocal local;
  private DynamoDbClient client;
  private EntityTable<Order> orders;
  private List<Order> orderList;

  /** Starts DynamoDB Local, creates the table and builds the items, outside the measurement. */
  @Setup(Level.Trial)
  public void setUp() {
    local = DynamoDbLocal.start();
    client = local.client();
    SingleTable table = BenchShopSchema.table(client);
    table.createTable();
    orders = table.entity(Order.class);
    orderList = Workload.orders(items);
  }

  /** Closes the client and stops DynamoDB Local. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    local.close();
  }

  /** The library: puts, gets and a paged entity query. */
  @Benchmark
  public int library(Blackhole bh) {
    return Workload.library(orders, orderList, bh::consume);
  }

  /** The raw client: the same requests with hand-built maps. */
  @Benchmark
  public int rawClient(Blackhole bh) {
    return Workload.rawClient(client, orderList, bh::consume);
  }
}
