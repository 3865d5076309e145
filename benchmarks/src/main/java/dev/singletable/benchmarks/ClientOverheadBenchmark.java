package dev.singletable.benchmarks;

import dev.singletable.EntityTable;
import dev.singletable.SingleTable;
import dev.singletable.benchmarks.model.BenchShopSchema;
import dev.singletable.benchmarks.model.Order;
import dev.singletable.testing.DynamoDbLocal;
import java.net.URI;
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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * B4, client side only: EndToEndBenchmark's requests ({@link Workload}) answered by a
 * {@link ReplayHttpClient} with DynamoDB Local's recorded responses, so no server time and no
 * server noise: what is left is the work each variant does in the client (the SDK's request and
 * response handling, signing, the library's or the hand-written mapping).
 *
 * <p>The difference of the two, per item, is the library's overhead in absolute terms;
 * docs/performance.md sets it against EndToEndBenchmark's time per item.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15, time = 2) // the SDK's request path takes 20 to 30 s to reach its JIT steady state
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class ClientOverheadBenchmark {

  /** Items put, got and queried per operation. */
  @Param("1000")
  public int items;

  private DynamoDbClient client;
  private EntityTable<Order> orders;
  private List<Order> orderList;

  /** Records one round of the requests against DynamoDB Local, then switches to replaying. */
  @Setup(Level.Trial)
  public void setUp() {
    orderList = Workload.orders(items);
    ReplayHttpClient recorder = ReplayHttpClient.recording(UrlConnectionHttpClient.create());
    URI endpoint;
    try (DynamoDbLocal local = DynamoDbLocal.start();
        DynamoDbClient recording = client(local.endpoint(), recorder)) {
      endpoint = local.endpoint();
      BenchShopSchema.table(recording).createTable();
      Workload.rawClient(recording, orderList, item -> {});
    }
    if (recorder.recorded("PutItem") != items || recorder.recorded("GetItem") != items) {
      throw new IllegalStateException("Recorded " + recorder.recorded("PutItem") + " puts and "
          + recorder.recorded("GetItem") + " gets for " + items + " items");
    }
    client = client(endpoint, recorder.replaying());
    SingleTable table = BenchShopSchema.table(client);
    orders = table.entity(Order.class);
  }

  /** Closes the replaying client. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
  }

  /** The library, on replayed responses. */
  @Benchmark
  public int library(Blackhole bh) {
    return Workload.library(orders, orderList, bh::consume);
  }

  /** The raw client with hand-built maps, on the same replayed responses. */
  @Benchmark
  public int rawClient(Blackhole bh) {
    return Workload.rawClient(client, orderList, bh::consume);
  }

  // As DynamoDbLocal.clientFor, with the given HTTP client.
  private static DynamoDbClient client(URI endpoint, SdkHttpClient http) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(http)
        .build();
  }
}
