package dev.singletable.it.interop;

import static dev.singletable.it.interop.JsonItems.fromWire;
import static dev.singletable.it.interop.JsonItems.plus;
import static dev.singletable.it.interop.JsonItems.shape;
import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.EntityTable;
import dev.singletable.Items;
import dev.singletable.SingleTable;
import dev.singletable.it.interop.seed003.Customer;
import dev.singletable.it.interop.seed003.CustomerKeys;
import dev.singletable.it.interop.seed003.CustomerOrder;
import dev.singletable.it.interop.seed003.CustomerOrderKeys;
import dev.singletable.it.interop.seed003.CustomerOrderUpdate;
import dev.singletable.it.interop.seed003.CustomerUpdate;
import dev.singletable.it.interop.seed003.OrderState;
import dev.singletable.it.interop.seed003.Seed003OrdersSchema;
import dev.singletable.it.interop.seed003.Seed003ShopSchema;
import dev.singletable.it.interop.seed003.ShopOrder;
import dev.singletable.it.interop.seed003.ShopOrderKeys;
import dev.singletable.testing.Deviation;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import dev.singletable.testing.DynamoDbServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;

/**
 * Issue 11, point 4: seed 003's own Python scripts (boto3) create and fill their tables; a
 * singletable design of each table reads every item by typed keys, queries and updates them and
 * writes orders of its own, and the seed's read code, run again, prints singletable's items as
 * its own and receives them with the attribute names and types of its own.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class PythonScriptsAndSingletableTest {

  private static final String CUSTOMER = "CUST-42";
  private static final LocalDate SEPTEMBER_1 = LocalDate.of(2024, 9, 1);
  /** Numbers compare by value: DynamoDB stores {@code Decimal('149.00')} as {@code 149}. */
  private static final RecursiveComparisonConfiguration BY_VALUE = RecursiveComparisonConfiguration.builder()
      .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();

  @Test
  void theOrdersTableWhoseKeysArePlainAttributes(DynamoDbServer server, DynamoDbClient client) {
    String tableName = DynamoDbLocal.uniqueTableName("Orders");
    SeedPython python = new SeedPython(server, tableName, "unused");
    assertThat(python.run("seed003_create_orders.py").printed()).contains("Table status: ACTIVE");
    SeedPython.Run written = python.run("seed003_orders.py");
    String normalized = server.backend().deviatesOn(Deviation.NUMBERS_NOT_NORMALIZED) ? "149.00" : "149";
    assertThat(written.printed()).contains("Specific order: 2024-03-22#ORD-002 — $" + normalized,
        "Orders from March 2024 onwards (2 found):");
    EntityTable<CustomerOrder> orders = Seed003OrdersSchema.table(client, tableName).entity(CustomerOrder.class);

    assertThat(orders.get(CustomerOrderKeys.key(CUSTOMER, LocalDate.of(2024, 1, 15), "ORD-001")).orElseThrow())
        .usingRecursiveComparison(BY_VALUE).isEqualTo(new CustomerOrder(CUSTOMER, LocalDate.of(2024, 1, 15), "ORD-001",
            new BigDecimal("59.99"), OrderState.DELIVERED, List.of("Mechanical Keyboard", "USB Hub")));
    CustomerOrder ord2 = orders.get(CustomerOrderKeys.key(CUSTOMER, LocalDate.of(2024, 3, 22), "ORD-002")).orElseThrow();
    assertThat(ord2.status()).isEqualTo(OrderState.DELIVERED); // the script's update_item
    assertThat(ord2.total_usd()).isEqualByComparingTo("149");
    // The seed's between('2024-03-01', '2024-12-31'), typed.
    List<CustomerOrder> fromMarch = orders.query(CustomerOrderKeys.pk(CUSTOMER))
        .between(CustomerOrderKeys.skPrefix(LocalDate.of(2024, 3, 1)), CustomerOrderKeys.skPrefix(LocalDate.of(2024, 12, 31)))
        .list();
    assertThat(fromMarch).extracting(CustomerOrder::orderId).containsExactly("ORD-002", "ORD-003");
    assertThat(written.items(1)).extracting(item -> text(item, "order_date_order_id"))
        .containsExactly("2024-03-22#ORD-002", "2024-06-10#ORD-003");

    orders.update(CustomerOrderKeys.key(CUSTOMER, LocalDate.of(2024, 6, 10), "ORD-003"))
        .set(CustomerOrderUpdate.status(OrderState.SHIPPED)).patch().execute();
    orders.put(new CustomerOrder(CUSTOMER, SEPTEMBER_1, "ORD-004", new BigDecimal("99.5"), OrderState.SHIPPED,
        List.of("Webcam")));

    // The seed's index on the plain attribute status holds singletable's orders as its own.
    python.run("seed003_status_gsi_create.py");
    awaitIndexesActive(client, tableName);
    SeedPython.Run byStatus = python.run("seed003_status_gsi_query.py");
    assertThat(byStatus.printed()).contains("All SHIPPED orders (2 found):",
        "Customer: CUST-42 | Order: 2024-06-10#ORD-003 | Total: $29.99",
        "Customer: CUST-42 | Order: 2024-09-01#ORD-004 | Total: $99.5");
    List<Map<String, AttributeValue>> projected = byStatus.items(0).stream().map(JsonItems::fromWire).toList();
    assertThat(shape(projected.get(1))).isEqualTo(shape(projected.get(0)));
    // The design declares the index KEYS_ONLY (see Seed003Orders): the Python's INCLUDE projection is
    // wider, which createTable's check of the existing table accepts.
    Seed003OrdersSchema.table(client, tableName).createTable();
    // singletable queries the same index by its typed key: keys, and hydrate() for the orders.
    assertThat(orders.query(CustomerOrderKeys.statusByDateGsiPk(OrderState.SHIPPED)).keys()).containsExactly(
        CustomerOrderKeys.key(CUSTOMER, LocalDate.of(2024, 6, 10), "ORD-003"), CustomerOrderKeys.key(CUSTOMER, SEPTEMBER_1, "ORD-004"));
    assertThat(orders.query(CustomerOrderKeys.statusByDateGsiPk(OrderState.DELIVERED)).hydrate())
        .extracting(CustomerOrder::orderId).containsExactly("ORD-001", "ORD-002"); // ORD-002: the Python's update_item

    // The seed's own reads again (the script first puts its three orders back as they were).
    SeedPython.Run again = python.run("seed003_orders.py");
    assertThat(again.printed()).contains("Orders from March 2024 onwards (3 found):",
        "2024-09-01#ORD-004 | $99.5 | SHIPPED");
    List<JsonNode> ranged = again.items(1);
    assertThat(shape(fromWire(ranged.get(2))))
        .isEqualTo(plus(shape(fromWire(ranged.get(1))), "S", "customerId", "orderDate", "orderId", "entityType"));
    assertThat(orders.get(CustomerOrderKeys.key(CUSTOMER, LocalDate.of(2024, 6, 10), "ORD-003")).orElseThrow().status())
        .isEqualTo(OrderState.PROCESSING);
    // The script's put moved ORD-003 back to PROCESSING and its update_item ORD-002 to DELIVERED, in the index too.
    assertThat(orders.query(CustomerOrderKeys.statusByDateGsiPk(OrderState.SHIPPED)).keys())
        .containsExactly(CustomerOrderKeys.key(CUSTOMER, SEPTEMBER_1, "ORD-004"));
    assertThat(orders.query(CustomerOrderKeys.statusByDateGsiPk(OrderState.PROCESSING)).hydrate())
        .extracting(CustomerOrder::orderId).containsExactly("ORD-003");
    // singletable's update moves an order within the index, writing status once.
    orders.update(CustomerOrderKeys.key(CUSTOMER, SEPTEMBER_1, "ORD-004"))
        .set(CustomerOrderUpdate.status(OrderState.DELIVERED)).patch().execute();
    assertThat(orders.query(CustomerOrderKeys.statusByDateGsiPk(OrderState.DELIVERED)).keys())
        .extracting(key -> key.sortKey().value())
        .containsExactly("2024-01-15#ORD-001", "2024-03-22#ORD-002", "2024-09-01#ORD-004");
    assertThat(Seed003OrdersSchema.table(client, tableName).audit(100).allFit()).isTrue();
  }

  @Test
  void theSingleTableWithItsOwnTypeAttribute(DynamoDbServer server, DynamoDbClient client) {
    String tableName = DynamoDbLocal.uniqueTableName("ECommerceApp");
    SeedPython python = new SeedPython(server, "unused", tableName);
    SeedPython.Run written = python.run("seed003_single_table.py");
    assertThat(written.printed()).contains("All items for CUST-42 (3 total):");
    SingleTable shop = Seed003ShopSchema.table(client, tableName);
    EntityTable<Customer> customers = shop.entity(Customer.class);
    EntityTable<ShopOrder> orders = shop.entity(ShopOrder.class);

    Customer alex = new Customer(CUSTOMER, "Alex Rivera", "alex@example.com", "Gold");
    assertThat(customers.get(CustomerKeys.key(CUSTOMER))).contains(alex);
    Items collection = shop.query(CustomerKeys.pk(CUSTOMER)).items();
    assertThat(collection.unrecognized()).isEmpty();
    assertThat(collection.first(Customer.class)).contains(alex);
    assertThat(collection.all(ShopOrder.class)).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
        new ShopOrder(CUSTOMER, LocalDate.of(2024, 1, 15), "ORD-001", new BigDecimal("59.99"), OrderState.DELIVERED),
        new ShopOrder(CUSTOMER, LocalDate.of(2024, 6, 10), "ORD-003", new BigDecimal("29.99"), OrderState.PROCESSING));
    assertThat(orders.query(ShopOrderKeys.pk(CUSTOMER)).beginsWith(ShopOrderKeys.skPrefix(Year.of(2024))).descending()
        .list()).extracting(ShopOrder::orderId).containsExactly("ORD-003", "ORD-001");

    customers.update(CustomerKeys.key(CUSTOMER)).set(CustomerUpdate.loyalty_tier("Platinum")).patch().execute();
    orders.put(new ShopOrder(CUSTOMER, SEPTEMBER_1, "ORD-004", new BigDecimal("99.5"), OrderState.SHIPPED));

    SeedPython.Run read = python.run("seed003_single_table_reads.py");
    assertThat(read.printed()).contains("All items for CUST-42 (4 total):", "[Order] SK=ORDER#2024-09-01#ORD-004",
        "[Customer] SK=PROFILE", "ORDER#2024-09-01#ORD-004 | $99.5 | SHIPPED");
    Map<String, Map<String, AttributeValue>> before = bySortKey(written.items(0));
    Map<String, Map<String, AttributeValue>> after = bySortKey(read.items(0));
    assertThat(after.get("PROFILE")).containsEntry("loyalty_tier", AttributeValue.fromS("Platinum"));
    // An update writes the key's properties too; the type attribute is the seed's own.
    assertThat(shape(after.get("PROFILE"))).isEqualTo(plus(shape(before.get("PROFILE")), "S", "customerId"));
    assertThat(shape(after.get("ORDER#2024-09-01#ORD-004")))
        .isEqualTo(plus(shape(before.get("ORDER#2024-06-10#ORD-003")), "S", "customerId", "orderDate", "orderId"));
  }

  /**
   * Waits until every index of the table is ACTIVE, as the seed's own waiter (table_exists) does
   * not: DynamoDB refuses queries of an index that is still backfilling.
   */
  private static void awaitIndexesActive(DynamoDbClient client, String tableName) {
    Waiter<DescribeTableResponse> indexesActive = Waiter.builder(DescribeTableResponse.class)
        .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(response -> response.table().globalSecondaryIndexes()
            .stream().allMatch(index -> index.indexStatus() == IndexStatus.ACTIVE)))
        .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(response -> true))
        .overrideConfiguration(c -> c.maxAttempts(120).backoffStrategyV2(BackoffStrategy.fixedDelay(Duration.ofMillis(250))))
        .build();
    indexesActive.run(() -> client.describeTable(b -> b.tableName(tableName)));
  }

  private static Map<String, Map<String, AttributeValue>> bySortKey(List<JsonNode> wireItems) {
    Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
    wireItems.stream().map(JsonItems::fromWire).forEach(item -> items.put(item.get("SK").s(), item));
    return items;
  }

  private static String text(JsonNode wireItem, String attribute) {
    return fromWire(wireItem).get(attribute).s();
  }
}
