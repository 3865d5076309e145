package dev.singletable.it.interop;

import static dev.singletable.it.interop.JsonItems.fromJavaScript;
import static dev.singletable.it.interop.JsonItems.plus;
import static dev.singletable.it.interop.JsonItems.shape;
import static dev.singletable.it.interop.Seed001Scenario.ANN;
import static dev.singletable.it.interop.Seed001Scenario.BOB;
import static dev.singletable.it.interop.Seed001Scenario.at;
import static dev.singletable.it.interop.Seed001Scenario.find;
import static dev.singletable.it.interop.Seed001Scenario.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.it.interop.seed001.LineItem;
import dev.singletable.it.interop.seed001.Order;
import dev.singletable.it.interop.seed001.OrderItem;
import dev.singletable.it.interop.seed001.OrderKeys;
import dev.singletable.it.interop.seed001.OrderStatus;
import dev.singletable.it.interop.seed001.OrderUpdate;
import dev.singletable.it.interop.seed001.PageViewShard;
import dev.singletable.it.interop.seed001.PageViewShardAttributes;
import dev.singletable.it.interop.seed001.PageViewShardKeys;
import dev.singletable.it.interop.seed001.Session;
import dev.singletable.it.interop.seed001.SessionKeys;
import dev.singletable.it.interop.seed001.SessionUpdate;
import dev.singletable.it.interop.seed001.User;
import dev.singletable.it.interop.seed001.UserKeys;
import dev.singletable.it.interop.seed001.UserUpdate;
import dev.singletable.testing.DynamoDbLocalExtension;
import dev.singletable.testing.DynamoDbServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Issue 11, point 4: singletable updates what seed 001's JavaScript wrote and writes items of its
 * own; the JavaScript's read functions (getUser, getUserOrders, getOrdersByStatus,
 * getFlaggedOrders, getViewCount) and its points transfer work on them, and return
 * singletable's items with the attribute names and types of the JavaScript's own.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class SingletableWritesJavaScriptReadsTest {

  private static final String CY = "st-cy";
  private static final Instant CREATED = Instant.parse("2026-03-15T10:03:03.369Z");

  @Test
  void theJavaScriptSeesSingletablesUpdatesAndTransfersThePointsSingletableGave(DynamoDbServer server,
      DynamoDbClient client) {
    Seed001Scenario table = new Seed001Scenario(server, client);
    JsonNode annOrders = at(table.writeWithJavaScript(), "orders", ANN);
    Order jso1 = Seed001Scenario.order(find(annOrders, "JSO-1"));
    Order jso2 = Seed001Scenario.order(find(annOrders, "JSO-2"));
    Order jso3 = Seed001Scenario.order(find(annOrders, "JSO-3"));

    Order shipped = table.orders.update(OrderKeys.key(ANN, jso1.createdAt(), "JSO-1"))
        .set(OrderUpdate.status(OrderStatus.SHIPPED), OrderUpdate.updatedAt(jso2.updatedAt().plusSeconds(1)))
        .patch().execute();
    Order flagged = table.orders.update(OrderKeys.key(ANN, jso2.createdAt(), "JSO-2"))
        .set(OrderUpdate.flaggedAt(jso3.flaggedAt().plusSeconds(1)), OrderUpdate.flagReason("Manual review"))
        .patch().execute();
    // createUser writes no points; transferPoints needs them on both users.
    table.users.update(UserKeys.key(ANN)).set(UserUpdate.points(500L)).patch().execute();
    table.users.update(UserKeys.key(BOB)).set(UserUpdate.points(0L)).patch().execute();
    table.pageViews.update(PageViewShardKeys.key("home", 0)).add(PageViewShardAttributes.VIEW_COUNT, 5L).execute();
    Session session = table.sessions.get(SessionKeys.key("S-1")).orElseThrow();
    table.sessions.update(SessionKeys.key("S-1")).set(SessionUpdate.ttl(session.ttl() + 3600)).patch().execute();

    assertThat(at(table.javaScript.run("transfer", transfer(ANN, BOB, 120)), "transferred").asNumber()).isEqualTo("120");
    JsonNode refused = table.javaScript.run("transfer", transfer(BOB, ANN, 1000));
    assertThat(text(refused, "refused")).isEqualTo("TransactionCanceledException");
    assertThat(at(refused, "reasons").asArray()).extracting(JsonNode::asString)
        .containsExactly("ConditionalCheckFailed", "None");
    assertThat(table.users.get(UserKeys.key(ANN)).orElseThrow().points()).isEqualTo(380L);
    assertThat(table.users.get(UserKeys.key(BOB)).orElseThrow().points()).isEqualTo(120L);

    JsonNode read = table.readWithJavaScript(List.of(ANN, BOB), List.of("pending", "shipped"), List.of("home"));
    assertThat(Seed001Scenario.user(at(read, "users", ANN))).isEqualTo(table.users.get(UserKeys.key(ANN)).orElseThrow());
    assertThat(Seed001Scenario.user(at(read, "users", BOB)).points()).isEqualTo(120L);
    JsonNode shippedByJavaScript = at(read, "ordersByStatus", "shipped");
    // Newest first: the driver creates JSO-2 after JSO-1.
    assertThat(Seed001Scenario.orders(shippedByJavaScript))
        .containsExactly(table.orders.get(OrderKeys.key(ANN, jso2.createdAt(), "JSO-2")).orElseThrow(), shipped);
    assertThat(text(find(shippedByJavaScript, "JSO-1"), "status")).isEqualTo("shipped");
    assertThat(text(find(shippedByJavaScript, "JSO-1"), "GSI1PK")).isEqualTo("STATUS#shipped");
    assertThat(Seed001Scenario.orders(at(read, "ordersByStatus", "pending"))).extracting(Order::orderId)
        .containsExactly("JSO-3");
    assertThat(Seed001Scenario.orders(at(read, "flaggedOrders"))).containsExactly(
        table.orders.get(OrderKeys.key(ANN, jso3.createdAt(), "JSO-3")).orElseThrow(), flagged);
    assertThat(at(read, "viewCounts", "home").asNumber()).isEqualTo(String.valueOf(Seed001Scenario.PAGE_VIEWS + 5));
    // An update of an item written without a type attribute adds it, and the key's properties.
    assertThat(table.raw("SESSION#S-1", "METADATA")).containsEntry("entityType", AttributeValue.fromS("Session"))
        .containsEntry("sessionId", AttributeValue.fromS("S-1"));
  }

  @Test
  void theJavaScriptsReadFunctionsReturnWhatSingletableWroteInTheShapeOfTheirOwn(DynamoDbServer server,
      DynamoDbClient client) {
    Seed001Scenario table = new Seed001Scenario(server, client);
    table.writeWithJavaScript();
    User cy = new User(CY, "Cy", "cy@example.com", CREATED, null);
    Order pending = new Order(CY, CREATED.plusMillis(1), "STO-1", OrderStatus.PENDING, new BigDecimal("75.25"),
        null, null, null, List.of(new LineItem("P-07", 3, new BigDecimal("25.08"))));
    Order shipped = new Order(CY, CREATED.plusMillis(2), "STO-2", OrderStatus.SHIPPED, new BigDecimal("5"),
        CREATED.plusSeconds(60), null, null, List.of(new LineItem("P-08", 1, new BigDecimal("5"))));
    Order flagged = new Order(CY, CREATED.plusMillis(3), "STO-3", OrderStatus.PENDING, new BigDecimal("999.99"),
        null, CREATED.plusSeconds(120), "Unusual amount", List.of());
    table.users.put(cy);
    List.of(pending, shipped, flagged).forEach(table.orders::put);
    table.orderItems.put(new OrderItem("STO-1", "P-01", 2, new BigDecimal("19.99")));
    table.sessions.put(new Session("S-2", CY, CREATED, CREATED.getEpochSecond() + 86_400));
    table.pageViews.put(new PageViewShard("about", 3, 4));
    table.pageViews.put(new PageViewShard("about", 7, 6));

    JsonNode read = table.readWithJavaScript(List.of(ANN, CY), List.of("pending", "shipped"), List.of("about"));

    assertThat(Seed001Scenario.user(at(read, "users", CY))).isEqualTo(cy);
    assertThat(shapeOf(at(read, "users", CY))).isEqualTo(shapeOf(at(read, "users", ANN)));
    JsonNode cyOrders = at(read, "userOrders", CY);
    JsonNode annOrders = at(read, "userOrders", ANN);
    assertThat(Seed001Scenario.orders(cyOrders)).containsExactly(flagged, shipped, pending);
    assertThat(shapeOf(find(cyOrders, "STO-1"))).isEqualTo(shapeOf(find(annOrders, "JSO-1")));
    assertThat(shapeOf(find(cyOrders, "STO-2"))).isEqualTo(shapeOf(find(annOrders, "JSO-2")));
    // singletable keeps flaggedAt as an attribute too; the JavaScript keeps it in GSI2SK only.
    assertThat(shapeOf(find(cyOrders, "STO-3")))
        .isEqualTo(plus(shapeOf(find(annOrders, "JSO-3")), "S", "flaggedAt"));
    assertThat(text(find(cyOrders, "STO-3"), "GSI2SK")).isEqualTo("2026-03-15T10:05:03.369Z#STO-3");
    List<Order> pendingByJavaScript = Seed001Scenario.orders(at(read, "ordersByStatus", "pending"));
    assertThat(pendingByJavaScript).extracting(Order::orderId).containsExactlyInAnyOrder("JSO-1", "JSO-3", "STO-1", "STO-3");
    assertThat(pendingByJavaScript).isSortedAccordingTo(Comparator.comparing(Order::createdAt).reversed());
    assertThat(Seed001Scenario.orders(at(read, "ordersByStatus", "shipped"))).contains(shipped);
    assertThat(Seed001Scenario.orders(at(read, "flaggedOrders"))).contains(flagged);
    assertThat(at(read, "viewCounts", "about").asNumber()).isEqualTo("10");

    // What singletable writes beside what the JavaScript does, on items no read function returns:
    // the type attribute where the JavaScript writes none, and the key's properties.
    assertThat(shape(table.raw("SESSION#S-2", "METADATA")))
        .isEqualTo(plus(shape(table.raw("SESSION#S-1", "METADATA")), "S", "entityType", "sessionId"));
    assertThat(shape(table.raw("ORDER#STO-1", "ITEM#P-01")))
        .isEqualTo(plus(shape(table.raw("ORDER#JSO-1", "ITEM#P-01")), "S", "orderId"));
    int jsShard = table.pageViews.query(PageViewShardKeys.pk("home")).list().get(0).shard();
    assertThat(shape(table.raw("PAGE#about", "VIEWS#3")))
        .isEqualTo(plus(plus(shape(table.raw("PAGE#home", "VIEWS#" + jsShard)), "S", "entityType", "pageId"), "N", "shard"));
  }

  private static String transfer(String from, String to, int points) {
    return "{\"from\": \"" + from + "\", \"to\": \"" + to + "\", \"points\": " + points + "}";
  }

  private static Map<String, String> shapeOf(JsonNode javaScriptItem) {
    return shape(fromJavaScript(javaScriptItem));
  }

}
