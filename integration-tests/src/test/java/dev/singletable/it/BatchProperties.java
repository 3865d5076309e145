package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.BatchOptions;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import dev.singletable.internal.read.ItemReader;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbServer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Batches lose nothing: a random mixed set of items (duplicate keys included), put and then partly
 * deleted under random patterns of unprocessed elements and throttled requests, leaves the table
 * holding exactly the expected set, each item as last given.
 */
class BatchProperties {

  private static DynamoDbServer server;
  private static final FaultInjector faults = new FaultInjector();
  private static DynamoDbClient client;

  @BeforeContainer
  static void start() {
    server = DynamoDbServer.start(); // the run's backend
    client = FaultInjector.client(server, faults);
  }

  @AfterContainer
  static void stop() {
    client.close();
    server.close();
  }

  @Property(tries = 25)
  void aRandomMixedSetLandsExactlyUnderRandomFaults(
      @ForAll("items") List<Object> items,
      @ForAll long seed,
      @ForAll @DoubleRange(min = 0, max = 0.9) double unprocessedShare,
      @ForAll @DoubleRange(min = 0, max = 0.3) double throttledShare,
      @ForAll @IntRange(min = 0, max = 30) int faultyExecutions,
      @ForAll @IntRange(min = 1, max = 8) int parallelism,
      @ForAll @DoubleRange(min = 0, max = 1) double deletedShare) {
    SingleTable store = StoreSchema.table(client, DynamoDbLocal.uniqueTableName("property"));
    faults.plan(FaultInjector.NONE);
    store.createTable();
    int first = faults.executions() + 1;
    faults.plan(randomFaults(seed, first, first + faultyExecutions, unprocessedShare, throttledShare));
    BatchOptions options = BatchOptions.builder().parallelism(parallelism).maxRetries(faultyExecutions + 1)
        .baseDelay(Duration.ZERO).maxDelay(Duration.ZERO).build();

    store.batchPut(items, options);
    Map<PrimaryKey, Object> expected = new LinkedHashMap<>();
    items.forEach(item -> expected.put(BatchFixture.keyOf(item), item)); // the last of a key wins
    List<PrimaryKey> deleted = new ArrayList<>();
    SplittableRandom pick = new SplittableRandom(seed);
    expected.keySet().forEach(key -> {
      if (pick.nextDouble() < deletedShare) {
        deleted.add(key);
      }
    });
    store.batchDelete(deleted, options);
    deleted.forEach(expected::remove);

    faults.plan(FaultInjector.NONE);
    assertThat(storedKeys(store)).containsExactlyInAnyOrderElementsOf(expected.keySet());
    assertThat(store.batchGet(List.copyOf(expected.keySet())).list()).containsExactlyElementsOf(expected.values());
    client.deleteTable(r -> r.tableName(store.tableName()));
  }

  /** Per element and execution, unprocessed or throttled by a hash of the seed, the execution and the key. */
  private static FaultInjector.Plan randomFaults(long seed, int from, int until, double unprocessed, double throttled) {
    return new FaultInjector.Plan() {
      @Override
      public Set<Integer> unprocessed(int execution, List<Map<String, AttributeValue>> elements) {
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; execution >= from && execution < until && i < elements.size(); i++) {
          if (random(execution, elements.get(i)).nextDouble() < unprocessed) {
            positions.add(i);
          }
        }
        return positions;
      }

      @Override
      public boolean throttled(int execution, List<Map<String, AttributeValue>> elements) {
        return execution >= from && execution < until && random(execution, elements.get(0)).nextDouble() < throttled;
      }

      private SplittableRandom random(int execution, Map<String, AttributeValue> element) {
        return new SplittableRandom(seed * 31 + execution * 1_000_003L + element.get("PK").s().hashCode() * 17L
            + element.get("SK").s().hashCode());
      }
    };
  }

  private static Set<PrimaryKey> storedKeys(SingleTable store) {
    Set<PrimaryKey> keys = new HashSet<>();
    for (Map<String, AttributeValue> item : client.scanPaginator(r -> r.tableName(store.tableName())).items()) {
      keys.add(ItemReader.primaryKey(item, store.definition()));
    }
    return keys;
  }

  @Provide
  Arbitrary<List<Object>> items() {
    Arbitrary<Object> customer = Combinators.combine(Arbitraries.integers().between(0, 29), Arbitraries.strings().alpha().ofMaxLength(20))
        .as((id, name) -> new Customer("u" + id, name, "u" + id + "@example.com", Instant.ofEpochSecond(1_700_000_000L + id)));
    Arbitrary<Object> purchase = Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(1, 5),
            Arbitraries.integers().between(0, 19), Arbitraries.of(Status.class), Arbitraries.longs().between(-10_000, 10_000))
        .as((user, day, order, status, total) -> new Purchase("u" + user, LocalDate.of(2026, 3, day), "o" + order, status,
            total, order % 4 == 0 ? Instant.ofEpochSecond(1_800_000_000L + order) : null, List.of("t" + order), Map.of()));
    Arbitrary<Object> product = Combinators.combine(Arbitraries.integers().between(0, 29), Arbitraries.of("office", "toys"),
            Arbitraries.integers().between(0, 99_999), Arbitraries.of(true, false))
        .as((id, category, price, active) -> new Product("p" + id, "Product " + id, category, price, active));
    Arbitrary<Object> visit = Combinators.combine(Arbitraries.of("home", "about"), Arbitraries.integers().between(0, 9),
            Arbitraries.longs().between(0, 1_000_000))
        .as((page, shard, views) -> new Visit(page, shard, views, null, List.of()));
    return Arbitraries.oneOf(customer, purchase, product, visit).list().ofMinSize(1).ofMaxSize(120);
  }
}
