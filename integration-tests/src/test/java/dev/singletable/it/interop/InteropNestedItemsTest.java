package dev.singletable.it.interop;

import static dev.singletable.it.interop.JsonItems.fromJavaScript;
import static dev.singletable.it.interop.JsonItems.shape;
import static dev.singletable.it.interop.Seed001Scenario.ANN;
import static dev.singletable.it.interop.Seed001Scenario.at;
import static dev.singletable.it.interop.Seed001Scenario.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.EntityTable;
import dev.singletable.it.interop.seed001.LineItem;
import dev.singletable.it.interop.seed001.Order;
import dev.singletable.it.interop.seed001.OrderKeys;
import dev.singletable.it.interop.seed001.OrderStatus;
import dev.singletable.testing.DynamoDbLocalExtension;
import dev.singletable.testing.DynamoDbServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Seed 001's orders hold {@code items}, a list of maps:
 * singletable reads them, a put of what it read keeps them, and an order singletable writes comes
 * back from the JavaScript's getUserOrders in exactly the shape of the JavaScript's own.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class InteropNestedItemsTest {

  @Test
  void ordersKeepTheirNestedItemsBothWays(DynamoDbServer server, DynamoDbClient client) {
    Seed001Scenario table = new Seed001Scenario(server, client);
    JsonNode annOrders = at(table.writeWithJavaScript(), "orders", ANN);
    EntityTable<Order> orders = table.orders;
    Order jso1 = Seed001Scenario.order(find(annOrders, "JSO-1"));
    String sk = "ORDER#" + Seed001Scenario.text(find(annOrders, "JSO-1"), "createdAt") + "#JSO-1";

    Order read = orders.get(OrderKeys.key(ANN, jso1.createdAt(), "JSO-1")).orElseThrow();
    assertThat(read.items()).containsExactly(new LineItem("P-01", 2, new BigDecimal("19.99")),
        new LineItem("P-02", 1, new BigDecimal("10.01")));
    Map<String, String> before = shape(table.raw("USER#" + ANN, sk));
    orders.put(read.withStatus(OrderStatus.SHIPPED));
    assertThat(shape(table.raw("USER#" + ANN, sk))).isEqualTo(before);
    assertThat(table.raw("USER#" + ANN, sk).get("items")).isEqualTo(fromJavaScript(find(annOrders, "JSO-1")).get("items"));

    Instant created = Instant.parse("2026-03-15T10:03:03.369Z");
    orders.put(new Order("st-cy", created, "STO-1", OrderStatus.PENDING, new BigDecimal("75.25"), null, null,
        null, List.of(new LineItem("P-09", 3, new BigDecimal("25.08")))));
    JsonNode jsRead = table.readWithJavaScript(List.of(ANN, "st-cy"), List.of("pending"), List.of());
    assertThat(shape(fromJavaScript(find(at(jsRead, "userOrders", "st-cy"), "STO-1"))))
        .isEqualTo(shape(fromJavaScript(find(at(jsRead, "userOrders", ANN), "JSO-1"))));
  }
}
