package dev.singletable.it.interop;

import static dev.singletable.it.interop.Seed001Scenario.ANN;
import static dev.singletable.it.interop.Seed001Scenario.at;
import static dev.singletable.it.interop.Seed001Scenario.find;
import static dev.singletable.it.interop.Seed001Scenario.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.Items;
import dev.singletable.it.interop.seed001.LineItem;
import dev.singletable.it.interop.seed001.Order;
import dev.singletable.it.interop.seed001.OrderItem;
import dev.singletable.it.interop.seed001.OrderItemKeys;
import dev.singletable.it.interop.seed001.OrderKeys;
import dev.singletable.it.interop.seed001.OrderStatus;
import dev.singletable.it.interop.seed001.PageViewShard;
import dev.singletable.it.interop.seed001.PageViewShardKeys;
import dev.singletable.it.interop.seed001.Session;
import dev.singletable.it.interop.seed001.SessionKeys;
import dev.singletable.it.interop.seed001.User;
import dev.singletable.it.interop.seed001.UserKeys;
import dev.singletable.testing.DynamoDbLocalExtension;
import dev.singletable.testing.DynamoDbServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue 11, point 4: seed 001's own JavaScript functions (Node, {@code @aws-sdk/lib-dynamodb})
 * write users, orders, a status change, a flag, a session, order items in batches and page-view
 * shards; singletable's design of the same table reads every one of them by typed keys and
 * queries them as the JavaScript's own read functions do.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class JavaScriptWritesSingletableReadsTest {

  @Test
  void singletableReadsEveryItemTheJavaScriptWroteByTypedKeys(DynamoDbServer server, DynamoDbClient client) {
    Seed001Scenario table = new Seed001Scenario(server, client);
    JsonNode written = table.writeWithJavaScript();
    JsonNode annOrders = at(written, "orders", ANN);
    Instant jso1At = Instant.parse(text(find(annOrders, "JSO-1"), "createdAt"));
    Instant jso2At = Instant.parse(text(find(annOrders, "JSO-2"), "createdAt"));
    Instant jso3At = Instant.parse(text(find(annOrders, "JSO-3"), "createdAt"));

    User ann = table.users.get(UserKeys.key(ANN)).orElseThrow();
    assertThat(ann).isEqualTo(new User(ANN, "Ann", "ann@example.com",
        Instant.parse(text(at(written, "users", ANN), "createdAt")), null));
    assertThat(table.users.query(UserKeys.gsi1Pk("ann@example.com")).list()).containsExactly(ann);

    Order jso1 = table.orders.get(OrderKeys.key(ANN, jso1At, "JSO-1")).orElseThrow();
    assertThat(jso1).isEqualTo(new Order(ANN, jso1At, "JSO-1", OrderStatus.PENDING, new BigDecimal("49.99"),
        null, null, null, List.of(new LineItem("P-01", 2, new BigDecimal("19.99")),
            new LineItem("P-02", 1, new BigDecimal("10.01")))));
    Order jso2 = table.orders.get(OrderKeys.key(ANN, jso2At, "JSO-2")).orElseThrow();
    assertThat(jso2.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(jso2.updatedAt()).isEqualTo(Instant.parse(text(find(annOrders, "JSO-2"), "updatedAt")));
    Order jso3 = table.orders.get(OrderKeys.key(ANN, jso3At, "JSO-3")).orElseThrow();
    String gsi2sk = text(find(annOrders, "JSO-3"), "GSI2SK");
    // The JavaScript writes the flag's time into GSI2SK alone: the read takes it from there.
    assertThat(jso3.flaggedAt()).isEqualTo(Instant.parse(gsi2sk.substring(0, gsi2sk.indexOf('#'))));
    assertThat(jso3.flagReason()).isEqualTo("Unusual amount");
    assertThat(jso3.total()).isEqualTo(new BigDecimal("1200"));

    List<OrderItem> lines = table.orderItems.query(OrderItemKeys.pk("JSO-1")).list();
    assertThat(lines).containsExactlyElementsOf(IntStream.range(0, Seed001Scenario.ORDER_ITEMS)
        .mapToObj(i -> new OrderItem("JSO-1", Seed001Scenario.productId(i), Seed001Scenario.quantity(i),
            Seed001Scenario.price(i)))
        .toList());
    assertThat(table.orderItems.get(OrderItemKeys.key("JSO-1", "P-07"))).contains(lines.get(7));

    // Sessions and page-view shards carry no type attribute: read by the shape of their keys.
    Session session = table.sessions.get(SessionKeys.key("S-1")).orElseThrow();
    assertThat(session.userId()).isEqualTo(ANN);
    assertThat(session.ttl() - session.createdAt().getEpochSecond()).isBetween(86_399L, 86_400L);
    List<PageViewShard> shards = table.pageViews.query(PageViewShardKeys.pk("home"))
        .beginsWith(PageViewShardKeys.skPrefix()).list();
    assertThat(shards).extracting(PageViewShard::pageId).containsOnly("home");
    assertThat(shards).extracting(PageViewShard::shard).allSatisfy(shard -> assertThat(shard).isBetween(0, 9));
    assertThat(shards.stream().mapToLong(PageViewShard::viewCount).sum()).isEqualTo(Seed001Scenario.PAGE_VIEWS);
    for (PageViewShard shard : shards) {
      assertThat(table.pageViews.get(PageViewShardKeys.key("home", shard.shard()))).contains(shard);
    }

    Items collection = table.shop.query(UserKeys.pk(ANN)).items();
    assertThat(collection.unrecognized()).isEmpty();
    assertThat(collection.first(User.class)).contains(ann);
    assertThat(collection.all(Order.class)).containsExactly(jso1, jso2, jso3);
    Items sessionCollection = table.shop.query(SessionKeys.pk("S-1")).items();
    assertThat(sessionCollection.unrecognized()).isEmpty();
    assertThat(sessionCollection.all(Session.class)).containsExactly(session);
  }

  @Test
  void singletableQueriesWhatTheJavaScriptWroteAsTheJavaScriptsOwnReadsDo(DynamoDbServer server, DynamoDbClient client) {
    Seed001Scenario table = new Seed001Scenario(server, client);
    table.writeWithJavaScript();
    JsonNode read = table.readWithJavaScript(List.of(ANN), List.of("pending", "shipped"), List.of("home"));

    // getUserOrders: a user's orders, newest first (ScanIndexForward = false, Limit 20).
    List<Order> newestFirst = Seed001Scenario.orders(at(read, "userOrders", ANN));
    assertThat(newestFirst).extracting(Order::orderId).containsExactly("JSO-3", "JSO-2", "JSO-1");
    assertThat(table.orders.query(OrderKeys.pk(ANN)).beginsWith(OrderKeys.skPrefix()).descending().limit(20).list())
        .containsExactlyElementsOf(newestFirst);
    // getOrdersByStatus: GSI1 STATUS#<status>, newest first.
    for (OrderStatus status : List.of(OrderStatus.PENDING, OrderStatus.SHIPPED)) {
      List<Order> javaScripts = Seed001Scenario.orders(at(read, "ordersByStatus", status.toString()));
      assertThat(javaScripts).isNotEmpty();
      assertThat(table.orders.query(OrderKeys.gsi1Pk(status)).descending().list()).containsExactlyElementsOf(javaScripts);
    }
    assertThat(Seed001Scenario.orders(at(read, "ordersByStatus", "pending"))).extracting(Order::orderId)
        .containsExactly("JSO-3", "JSO-1");
    // getFlaggedOrders: the sparse GSI2.
    List<Order> flagged = Seed001Scenario.orders(at(read, "flaggedOrders"));
    assertThat(flagged).extracting(Order::orderId).containsExactly("JSO-3");
    assertThat(table.orders.query(OrderKeys.gsi2Pk()).list()).containsExactlyElementsOf(flagged);
    assertThat(table.orders.query(OrderKeys.gsi2Pk()).beginsWith(OrderKeys.gsi2SkPrefix(
        flagged.get(0).flaggedAt().atZone(ZoneOffset.UTC).toLocalDate())).list()).containsExactlyElementsOf(flagged);
    // The ISO dates the JavaScript wrote make months and days typed prefixes.
    List<Order> oldestFirst = new ArrayList<>(newestFirst);
    Collections.reverse(oldestFirst);
    YearMonth month = YearMonth.from(oldestFirst.get(0).createdAt().atZone(ZoneOffset.UTC));
    assertThat(table.orders.query(OrderKeys.pk(ANN)).beginsWith(OrderKeys.skPrefix(month)).list())
        .containsExactlyElementsOf(oldestFirst.stream()
            .filter(o -> YearMonth.from(o.createdAt().atZone(ZoneOffset.UTC)).equals(month)).toList());
    // getViewCount: the sum over the shards.
    long views = Long.parseLong(at(read, "viewCounts", "home").asNumber());
    assertThat(views).isEqualTo(Seed001Scenario.PAGE_VIEWS);
    assertThat(table.pageViews.query(PageViewShardKeys.pk("home")).list().stream()
        .mapToLong(PageViewShard::viewCount).sum()).isEqualTo(views);
  }
}
