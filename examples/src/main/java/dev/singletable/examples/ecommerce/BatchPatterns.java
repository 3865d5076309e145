package dev.singletable.examples.ecommerce;

import dev.singletable.EntityTable;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import dev.singletable.WriteUnits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Seed 001's bulk writes and its cost model: the order items loaded in batches of 25
 * ({@code batchCreateOrderItems}, here one {@code batchPut} of any size that retries what DynamoDB
 * leaves unprocessed), a batch read of items of four entities, and what a write costs, estimated
 * before it is sent and as DynamoDB reports it.
 */
final class BatchPatterns {

  /** How many items the bulk order has: more than one request of 25. */
  static final int BULK_ITEMS = 30;

  private final SingleTable shop;
  private final Report report;

  BatchPatterns(SingleTable shop, Report report) {
    this.shop = shop;
    this.report = report;
  }

  void runAll() {
    loadTheItemsOfAnOrder();
    readItemsOfFourEntitiesByKey();
    costOfAWrite();
  }

  /** The 30 lines of ORD-004, each a product of the catalogue's bulk range. */
  static List<OrderItem> bulkOrderItems() {
    List<OrderItem> lines = new ArrayList<>();
    for (int i = 1; i <= BULK_ITEMS; i++) {
      lines.add(new OrderItem("ORD-004", String.format(Locale.ROOT, "SKU-%02d", i), 1 + i % 3, 99L * i));
    }
    return lines;
  }

  private void loadTheItemsOfAnOrder() {
    EntityTable<OrderItem> orderItems = shop.entity(OrderItem.class);
    List<OrderItem> lines = bulkOrderItems();
    report.pattern("Load the " + lines.size() + " items of an order in one batch (seed 001's batchCreateOrderItems)",
        "BatchWriteItem x2 (25 + " + (lines.size() - 25) + " puts, sent in parallel; unprocessed items sent again"
            + " with backoff and jitter, or thrown, never dropped)");
    orderItems.batchPut(lines);
    report.items(orderItems.query(OrderItemKeys.pk("ORD-004")).list());
  }

  private void readItemsOfFourEntitiesByKey() {
    List<PrimaryKey> keys = List.of(UserKeys.key("CUST-42"), OrderKeys.key("CUST-42", LocalDate.parse("2026-03-15"), "ORD-002"),
        ProductKeys.key("PROD-A"), OrderItemKeys.key("ORD-004", "SKU-07"));
    report.pattern("Read a user, an order, a product and an order item by key, in one request",
        "BatchGetItem " + keys.size() + " keys; the items come back in key order, each as its entity");
    report.items(shop.batchGet(keys).list());
  }

  private void costOfAWrite() {
    Order order = Order.of("CUST-77", "2026-04-01", "ORD-006", OrderStatus.PENDING, 12500, List.of(), null)
        .flag(Instant.parse("2026-04-01T12:00:00Z"), "New customer, large basket");
    List<ConsumedCapacity> reported = new ArrayList<>();
    EntityTable<Order> measured = shop.withOptions(shop.options().toBuilder()
        .capacityListener((operation, capacity) -> reported.add(capacity)).build()).entity(Order.class);
    WriteUnits estimate = measured.writeUnits(order);
    report.pattern("What a write costs: estimated before sending, and as DynamoDB reports it",
        "PutItem " + OrderKeys.key(order.userId(), order.date(), order.orderId()) + " with ReturnConsumedCapacity=INDEXES");
    measured.delete(OrderKeys.key(order.userId(), order.date(), order.orderId())); // a new item, also on a rerun
    reported.clear();
    measured.put(order);
    ConsumedCapacity capacity = reported.get(0);
    report.note("estimate: " + estimate.total() + " write units for " + estimate.itemBytes() + " bytes: table "
        + estimate.table() + ", indexes " + estimate.indexes() + "; in a transaction " + estimate.inTransaction().total());
    report.note("reported: " + units(capacity.capacityUnits()) + " write units: table " + units(capacity.table().capacityUnits())
        + ", GSIs " + capacity.globalSecondaryIndexes().keySet().stream().sorted()
            .map(i -> i + "=" + units(capacity.globalSecondaryIndexes().get(i).capacityUnits())).toList()
        + ", LSIs " + capacity.localSecondaryIndexes().keySet().stream().sorted()
            .map(i -> i + "=" + units(capacity.localSecondaryIndexes().get(i).capacityUnits())).toList());
  }

  private static String units(Double value) {
    return value == null ? "?" : String.format(Locale.ROOT, "%.0f", value);
  }
}
