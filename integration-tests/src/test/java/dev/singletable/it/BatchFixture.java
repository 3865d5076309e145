package dev.singletable.it;

import dev.singletable.BatchOptions;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import dev.singletable.internal.read.ItemReader;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import dev.singletable.testing.DynamoDbServer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Gives each batch test a fresh {@link Store} table on the run's test server, reached through a client
 * whose batches go through a {@link FaultInjector} (no faults until a test plans some), and mixed
 * sample items.
 */
@ExtendWith(DynamoDbLocalExtension.class)
abstract class BatchFixture {

  /** Retries at once, or nearly: the backoff's timing is not what these tests are about. */
  static final BatchOptions FAST = BatchOptions.builder()
      .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build();

  final FaultInjector faults = new FaultInjector();
  DynamoDbClient client;
  SingleTable store;

  @BeforeEach
  void createTable(DynamoDbServer server) {
    client = FaultInjector.client(server, faults);
    store = StoreSchema.table(client, DynamoDbLocal.uniqueTableName("batch"));
    store.createTable();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  /** {@code count} items of three entities, in turn: customers, orders, products. */
  static List<Object> mixedItems(int count) {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(switch (i % 3) {
        case 0 -> new Customer("c" + i, "Customer " + i, "c" + i + "@example.com", Instant.parse("2026-01-05T09:30:00Z"));
        case 1 -> Purchase.of("c" + (i - 1), "2026-03-" + (10 + i % 19), "o" + i, Status.values()[i / 3 % 3], i * 100L);
        default -> new Product("p" + i, "Product " + i, i % 2 == 0 ? "office" : "electronics", i, i % 4 == 0);
      });
    }
    return items;
  }

  /** Returns the primary key of an item of the store. */
  static PrimaryKey keyOf(Object item) {
    if (item instanceof Customer customer) {
      return CustomerKeys.key(customer.userId());
    }
    if (item instanceof Purchase purchase) {
      return PurchaseKeys.key(purchase.userId(), LocalDate.from(purchase.date()), purchase.orderId());
    }
    if (item instanceof Visit visit) {
      return VisitKeys.key(visit.pageId(), visit.shard());
    }
    return ProductKeys.key(((Product) item).getProductId());
  }

  /** Returns the keys of the items, in order. */
  static List<PrimaryKey> keysOf(List<?> items) {
    return items.stream().map(BatchFixture::keyOf).toList();
  }

  /** Returns the primary key of every item in the table, read with a plain scan. */
  Set<PrimaryKey> storedKeys() {
    Set<PrimaryKey> keys = new HashSet<>();
    for (Map<String, AttributeValue> item : client.scanPaginator(r -> r.tableName(store.tableName())).items()) {
      keys.add(ItemReader.primaryKey(item, store.definition()));
    }
    return keys;
  }

  /** A plan that leaves unprocessed, on every execution, the elements at {@code keys}. */
  static FaultInjector.Plan stuck(List<PrimaryKey> keys) {
    Set<String> stuck = new HashSet<>();
    keys.forEach(key -> stuck.add(key.partitionKey().value() + "|" + key.sortKey().value()));
    return new FaultInjector.Plan() {
      @Override
      public Set<Integer> unprocessed(int execution, List<Map<String, AttributeValue>> elements) {
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
          if (stuck.contains(elements.get(i).get("PK").s() + "|" + elements.get(i).get("SK").s())) {
            positions.add(i);
          }
        }
        return positions;
      }
    };
  }

  /** A plan that leaves every other element unprocessed on the first {@code executions} executions. */
  static FaultInjector.Plan everyOtherUnprocessedAtFirst(int executions) {
    return new FaultInjector.Plan() {
      @Override
      public Set<Integer> unprocessed(int execution, List<Map<String, AttributeValue>> elements) {
        Set<Integer> positions = new HashSet<>();
        for (int i = execution % 2; execution <= executions && i < elements.size(); i += 2) {
          positions.add(i);
        }
        return positions;
      }
    };
  }
}
