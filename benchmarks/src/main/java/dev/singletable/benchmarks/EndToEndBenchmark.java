package dev.singletable.benchmarks;

import dev.singletable.EntityTable;
import dev.singletable.Page;
import dev.singletable.SingleTable;
import dev.singletable.benchmarks.model.BenchShopSchema;
import dev.singletable.benchmarks.model.HandWrittenOrderMapper;
import dev.singletable.benchmarks.model.Order;
import dev.singletable.benchmarks.model.OrderKeys;
import dev.singletable.benchmarks.model.SampleOrders;
import dev.singletable.testing.DynamoDbLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * B4: per operation, 10,000 puts, 10,000 gets and a query of all 10,000 items in pages of 100,
 * against DynamoDB Local running in the benchmark JVM (in memory, started once per fork).
 *
 * <ul>
 *   <li>{@code library}: {@link EntityTable#put}, {@link EntityTable#get} and
 *       {@code query(pk).limit(100).after(cursor).page()}.
 *   <li>{@code rawClient}: the same requests with the {@link DynamoDbClient} and
 *       {@link HandWrittenOrderMapper}'s maps: {@code PutItem}, {@code GetItem} by key, and a
 *       {@code Query} with the same key condition, type filter and limit, following
 *       {@code LastEvaluatedKey}.
 * </ul>
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

  static final int PAGE_SIZE = 100;
  private static final String USER = "u-bench";

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
    orderList = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      orderList.add(SampleOrders.number(USER, i));
    }
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
    for (Order order : orderList) {
      orders.put(order);
    }
    for (Order order : orderList) {
      bh.consume(orders.get(OrderKeys.key(order.userId(), order.date(), order.orderId())).orElseThrow());
    }
    int read = 0;
    String cursor = null;
    do {
      Page<Order> page = orders.query(OrderKeys.pk(USER)).limit(PAGE_SIZE).after(cursor).page();
      for (Order order : page.items()) {
        bh.consume(order);
      }
      read += page.items().size();
      cursor = page.cursor();
    } while (cursor != null);
    return checked(read);
  }

  /** The raw client: the same requests with hand-built maps. */
  @Benchmark
  public int rawClient(Blackhole bh) {
    String tableName = BenchShopSchema.TABLE_NAME;
    for (Order order : orderList) {
      client.putItem(r -> r.tableName(tableName).item(HandWrittenOrderMapper.toMap(order)));
    }
    for (Order order : orderList) {
      GetItemResponse response = client.getItem(r -> r.tableName(tableName).key(HandWrittenOrderMapper.key(order)));
      bh.consume(HandWrittenOrderMapper.fromMap(response.item()));
    }
    QueryRequest.Builder query = QueryRequest.builder()
        .tableName(tableName)
        .keyConditionExpression("#pk = :pk")
        .filterExpression("#type = :type")
        .expressionAttributeNames(Map.of("#pk", "PK", "#type", "entityType"))
        .expressionAttributeValues(Map.of(
            ":pk", AttributeValue.fromS(OrderKeys.pk(USER).value()),
            ":type", AttributeValue.fromS("Order")))
        .limit(PAGE_SIZE);
    int read = 0;
    Map<String, AttributeValue> startKey = null;
    do {
      QueryResponse response = client.query(query.exclusiveStartKey(startKey).build());
      for (Map<String, AttributeValue> item : response.items()) {
        bh.consume(HandWrittenOrderMapper.fromMap(item));
      }
      read += response.items().size();
      startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
          ? response.lastEvaluatedKey()
          : null;
    } while (startKey != null);
    return checked(read);
  }

  private int checked(int read) {
    // Both variants must read every item back, or they would not be doing the same work.
    if (read != items) {
      throw new IllegalStateException("The query read " + read + " items, not " + items);
    }
    return read;
  }
}
