package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.singletable.EntityTable;
import dev.singletable.ItemTooLargeException;
import dev.singletable.SingleTable;
import dev.singletable.TableOptions;
import dev.singletable.WriteUnits;
import dev.singletable.testing.DynamoDbLocal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * {@link dev.singletable.EntityTable#writeUnits} against what DynamoDB Local reports for the same
 * put ({@code ReturnConsumedCapacity = INDEXES}, through the table's capacity listener), for items
 * of about 0.5, 1.5 and 3.5 KB, in and out of sparse indexes, and in indexes of every projection.
 */
class WriteUnitsTest {

  private static DynamoDbLocal local;
  private static DynamoDbClient client;

  private final List<ConsumedCapacity> reported = new CopyOnWriteArrayList<>();
  private SingleTable store;
  private SingleTable measured;
  private EntityTable<Purchase> purchases;
  private EntityTable<Customer> customers;

  /** DynamoDB Local whatever the run's backend: the estimate is held against what it reports. */
  @BeforeAll
  static void start() {
    local = DynamoDbLocal.start();
    client = local.client();
  }

  @AfterAll
  static void stop() {
    client.close();
    local.close();
  }

  @BeforeEach
  void createTable() {
    store = StoreSchema.table(client, DynamoDbLocal.uniqueTableName("units"));
    store.createTable();
    purchases = store.entity(Purchase.class);
    customers = store.entity(Customer.class);
    measured = store.withOptions(TableOptions.builder().capacityListener((operation, capacity) -> reported.add(capacity)).build());
  }

  /** A table handle whose physical table does not exist: any request sent would fail. */
  private static SingleTable missingTable() {
    return StoreSchema.table(client, DynamoDbLocal.uniqueTableName("never-created"));
  }

  @ParameterizedTest(name = "order of {0} bytes, flagged {1}")
  @CsvSource({"512, false", "512, true", "1536, false", "1536, true", "3584, false", "3584, true"})
  void anOrdersEstimateIsWhatDynamoDbReports(int bytes, boolean flagged) {
    // Table, GSI1, LSI1 (100 bytes of entry overhead), Inverted and, when flagged, the sparse GSI2; all ALL.
    Purchase order = sized(bytes, flagged);
    WriteUnits estimate = measured.entity(Purchase.class).writeUnits(order);
    assertThat(estimate.itemBytes()).isEqualTo(bytes);
    assertThat(estimate.indexes().containsKey("GSI2")).isEqualTo(flagged);

    measured.entity(Purchase.class).put(order);

    assertSame(estimate, lastReported());
  }

  @ParameterizedTest(name = "product of {0} bytes, in a category {1}")
  @CsvSource({"512, true", "512, false", "1536, true", "1536, false", "3584, true", "3584, false"})
  void aProductsEstimateCountsOnlyWhatEachIndexProjects(int bytes, boolean categorized) {
    // GSI1 (ALL) and ByCategory-GSI (INCLUDE name) only with a category; Keys-GSI (KEYS_ONLY) and
    // Inverted (ALL, keyed by the table's own SK and PK) always.
    Product product = new Product("p-" + bytes, "", categorized ? "office" : null, 1999, true);
    long base = measured.entity(Product.class).writeUnits(product).itemBytes();
    product.setName("n".repeat((int) (bytes - base)));
    WriteUnits estimate = measured.entity(Product.class).writeUnits(product);
    assertThat(estimate.itemBytes()).isEqualTo(bytes);
    assertThat(estimate.indexes().keySet()).isEqualTo(categorized
        ? java.util.Set.of("GSI1", "ByCategory-GSI", "Keys-GSI", "Inverted") : java.util.Set.of("Keys-GSI", "Inverted"));
    assertThat(estimate.indexes().get("Keys-GSI")).isEqualTo(1);

    measured.entity(Product.class).put(product);

    assertSame(estimate, lastReported());
  }

  @Test
  void aTransactionCountsEveryUnitTwice() {
    // AWS documents 2 units per KB for transactional writes; DynamoDB Local reports 4, so this is
    // not held against Local.
    WriteUnits estimate = purchases.writeUnits(sized(1536, true));
    WriteUnits transactional = estimate.inTransaction();

    assertThat(transactional.table()).isEqualTo(2 * estimate.table());
    assertThat(transactional.indexes()).isEqualTo(Map.of("GSI1", 4, "GSI2", 4, "LSI1", 4, "Inverted", 4));
    assertThat(transactional.total()).isEqualTo(2 * estimate.total());
    assertThat(transactional.transactional()).isTrue();
    assertThat(transactional.inTransaction()).isSameAs(transactional);
  }

  @Test
  void anItemOverFourHundredKilobytesIsRefusedBeforeAnyRequestWithItsLargestAttributes() {
    Customer customer = new Customer("big", "", "big@example.com", null);
    long base = customers.writeUnits(customer).itemBytes();
    Customer atTheLimit = new Customer("big", "x".repeat((int) (409_600 - base)), "big@example.com", null);
    Customer overTheLimit = new Customer("big", "x".repeat((int) (409_601 - base)), "big@example.com", null);

    assertThat(customers.writeUnits(atTheLimit).itemBytes()).isEqualTo(409_600);
    customers.put(atTheLimit); // DynamoDB accepts 400 KB exactly
    ItemTooLargeException refused = catchThrowableOfType(ItemTooLargeException.class,
        () -> missingTable().entity(Customer.class).put(overTheLimit)); // no table: a request would fail otherwise

    assertThat(refused.sizeBytes()).isEqualTo(409_601);
    assertThat(refused.key()).isEqualTo("PK=USER#big, SK=PROFILE");
    assertThat(refused.largestAttributes().keySet()).startsWith("name", "GSI1PK");
    assertThat(refused).hasMessageStartingWith("Customer at PK=USER#big, SK=PROFILE is 409601 bytes, over DynamoDB's"
        + " limit of 409600 bytes (400 KB) per item; its largest attributes: name 409");
    // DynamoDB draws the line at the same byte.
    DynamoDbException local = catchThrowableOfType(DynamoDbException.class, () -> client.putItem(r -> r
        .tableName(store.tableName()).item(customers.schema().tableSchema().itemToMap(overTheLimit, true))));
    assertThat(local).hasMessageContaining("Item size has exceeded the maximum allowed size");
  }

  @Test
  void aCreateOverFourHundredKilobytesIsRefusedBeforeAnyRequestAloneAndInATransaction() {
    long base = customers.writeUnits(new Customer("big", "", "big@example.com", null)).itemBytes();
    Customer overTheLimit = new Customer("big", "x".repeat((int) (409_601 - base)), "big@example.com", null);
    SingleTable nowhere = missingTable(); // no table: a request would fail otherwise

    assertThatThrownBy(() -> nowhere.entity(Customer.class).create(overTheLimit))
        .isInstanceOf(ItemTooLargeException.class).hasMessageContaining("409601 bytes");
    assertThatThrownBy(() -> nowhere.transactWrite(tx -> tx.create(nowhere.entity(Customer.class), overTheLimit)))
        .isInstanceOf(ItemTooLargeException.class).hasMessageContaining("409601 bytes");
  }

  private Purchase sized(int bytes, boolean flagged) {
    Purchase empty = new Purchase("u-" + bytes + flagged, LocalDate.parse("2026-03-15"), "o1", Status.PENDING, 1250,
        flagged ? Instant.parse("2026-03-16T08:00:00Z") : null, List.of(""), Map.of());
    long base = purchases.writeUnits(empty).itemBytes();
    return new Purchase(empty.userId(), empty.date(), empty.orderId(), empty.status(), empty.total(), empty.flaggedAt(),
        List.of("t".repeat((int) (bytes - base))), Map.of());
  }

  private ConsumedCapacity lastReported() {
    assertThat(reported).isNotEmpty();
    return reported.get(reported.size() - 1);
  }

  private static void assertSame(WriteUnits estimate, ConsumedCapacity capacity) {
    Map<String, Integer> indexes = new LinkedHashMap<>();
    units(capacity.globalSecondaryIndexes()).forEach(indexes::put);
    units(capacity.localSecondaryIndexes()).forEach(indexes::put);
    assertThat(capacity.table().capacityUnits()).as("table").isEqualTo((double) estimate.table());
    assertThat(indexes).as("indexes").isEqualTo(estimate.indexes());
    assertThat(capacity.capacityUnits()).as("total").isEqualTo((double) estimate.total());
  }

  private static Map<String, Integer> units(Map<String, Capacity> capacities) {
    Map<String, Integer> units = new LinkedHashMap<>();
    new ArrayList<>(capacities.keySet()).forEach(index -> units.put(index, capacities.get(index).capacityUnits().intValue()));
    return units;
  }
}
