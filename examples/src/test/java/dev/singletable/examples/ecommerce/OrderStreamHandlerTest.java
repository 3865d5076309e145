package dev.singletable.examples.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.ChangeEvent;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** The handler's decisions on hand-made stream records: which orders reach analytics, what leaves the index. */
class OrderStreamHandlerTest {

  private static final DynamoDbClient UNUSED = DynamoDbClient.builder().region(Region.US_EAST_1).build();
  private static final SingleTable SHOP = ShopSchema.table(UNUSED);
  private static final Order SHIPPED = Order.of("CUST-42", "2026-03-15", "ORD-002", OrderStatus.SHIPPED, 14900,
      List.of(), null);
  private static final Order DELIVERED = Order.of("CUST-42", "2026-03-15", "ORD-002", OrderStatus.DELIVERED, 14900,
      List.of(), null);

  private final List<String> calls = new ArrayList<>();
  private final OrderStreamHandler handler = new OrderStreamHandler(order -> calls.add("analytics " + order.orderId()),
      new OrderStreamHandler.SearchIndex() {
        @Override
        public void index(Order order) {
          calls.add("index " + order.orderId());
        }

        @Override
        public void remove(PrimaryKey key, Optional<?> item) {
          calls.add("remove " + key.sortKey().value());
        }
      });

  @AfterAll
  static void close() {
    UNUSED.close();
  }

  private static Map<String, AttributeValue> image(Order order) {
    return OrderSchema.INSTANCE.tableSchema().itemToMap(order, true);
  }

  private static ChangeEvent<?> event(String name, Order oldItem, Order newItem) {
    PrimaryKey key = OrderKeys.key("CUST-42", LocalDate.parse("2026-03-15"), "ORD-002");
    return SHOP.changeEvent(Record.builder().eventID("e").eventName(name).dynamodb(d -> d
        .keys(key.toAttributeMap())
        .oldImage(oldItem == null ? null : image(oldItem))
        .newImage(newItem == null ? null : image(newItem))).build());
  }

  @Test
  void anOrderThatBecomesDeliveredGoesToAnalyticsAndTheIndexOnce() {
    handler.handle(event("MODIFY", SHIPPED, DELIVERED));
    handler.handle(event("MODIFY", DELIVERED, DELIVERED)); // modified again after delivery
    handler.handle(event("INSERT", null, SHIPPED));

    assertThat(calls).containsExactly("analytics ORD-002", "index ORD-002");
  }

  @Test
  void aRemovedItemLeavesTheIndexByItsKey() {
    handler.handle(event("REMOVE", DELIVERED, null));
    handler.handle(event("REMOVE", null, null)); // keys only

    assertThat(calls).containsExactly("remove ORDER#2026-03-15#ORD-002", "remove ORDER#2026-03-15#ORD-002");
  }
}
