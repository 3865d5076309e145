package dev.singletable.it.interop;

import dev.singletable.EntityTable;
import dev.singletable.SingleTable;
import dev.singletable.it.interop.seed001.LineItem;
import dev.singletable.it.interop.seed001.Order;
import dev.singletable.it.interop.seed001.OrderItem;
import dev.singletable.it.interop.seed001.OrderStatus;
import dev.singletable.it.interop.seed001.PageViewShard;
import dev.singletable.it.interop.seed001.Seed001Schema;
import dev.singletable.it.interop.seed001.Session;
import dev.singletable.it.interop.seed001.User;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One table of seed 001's design, shared by singletable and seed 001's JavaScript, and the
 * scenario the JavaScript writes into it: two users, three orders of Ann (JSO-2 then shipped,
 * JSO-3 then flagged), a session, 30 order items in batches and 12 page views.
 */
final class Seed001Scenario {

  static final String ANN = "js-ann";
  static final String BOB = "js-bob";
  static final int ORDER_ITEMS = 30;
  static final int PAGE_VIEWS = 12;

  final DynamoDbClient client;
  final String tableName = DynamoDbLocal.uniqueTableName("seed001");
  final SingleTable shop;
  final EntityTable<User> users;
  final EntityTable<Order> orders;
  final EntityTable<OrderItem> orderItems;
  final EntityTable<Session> sessions;
  final EntityTable<PageViewShard> pageViews;
  final SeedJavaScript javaScript;

  /** Creates the table with singletable ({@code PK}/{@code SK}, GSI1, GSI2). */
  Seed001Scenario(DynamoDbServer server, DynamoDbClient client) {
    this.client = client;
    this.shop = Seed001Schema.table(client, tableName);
    shop.createTable();
    this.users = shop.entity(User.class);
    this.orders = shop.entity(Order.class);
    this.orderItems = shop.entity(OrderItem.class);
    this.sessions = shop.entity(Session.class);
    this.pageViews = shop.entity(PageViewShard.class);
    this.javaScript = new SeedJavaScript(server, tableName);
  }

  /** Runs the JavaScript's writes; returns {@code {users: {id: user}, orders: {id: [orders, newest first]}}}. */
  JsonNode writeWithJavaScript() {
    String items = IntStream.range(0, ORDER_ITEMS)
        .mapToObj(i -> "{\"productId\": \"" + productId(i) + "\", \"quantity\": " + quantity(i) + ", \"price\": " + price(i) + "}")
        .collect(Collectors.joining(", "));
    return javaScript.run("write", """
        {"users": [{"id": "%1$s", "name": "Ann", "email": "ann@example.com"},
                   {"id": "%2$s", "name": "Bob", "email": "bob@example.com"}],
         "orders": [
           {"userId": "%1$s", "order": {"id": "JSO-1", "total": 49.99,
             "items": [{"productId": "P-01", "quantity": 2, "price": 19.99}, {"productId": "P-02", "quantity": 1, "price": 10.01}]}},
           {"userId": "%1$s", "order": {"id": "JSO-2", "total": 15.5, "items": [{"productId": "P-03", "quantity": 1, "price": 15.5}]}},
           {"userId": "%1$s", "order": {"id": "JSO-3", "total": 1200, "items": []}}],
         "statusChanges": [{"userId": "%1$s", "orderId": "JSO-2", "status": "shipped"}],
         "flags": [{"userId": "%1$s", "orderId": "JSO-3"}],
         "sessions": [{"userId": "%1$s", "sessionId": "S-1"}],
         "orderItems": [{"orderId": "JSO-1", "items": [%3$s]}],
         "pageViews": [{"pageId": "home", "views": %4$d}]}
        """.formatted(ANN, BOB, items, PAGE_VIEWS));
  }

  /** Runs the JavaScript's read functions: {@code {users, userOrders, ordersByStatus, flaggedOrders, viewCounts}}. */
  JsonNode readWithJavaScript(List<String> userIds, List<String> statuses, List<String> pageIds) {
    return javaScript.run("read", "{\"userIds\": " + array(userIds) + ", \"statuses\": " + array(statuses)
        + ", \"pageIds\": " + array(pageIds) + ", \"flagged\": true}");
  }

  /** Returns the item at a key as DynamoDB holds it, read with the plain client. */
  Map<String, AttributeValue> raw(String pk, String sk) {
    return client.getItem(b -> b.tableName(tableName).consistentRead(true)
        .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))).item();
  }

  static String productId(int i) {
    return String.format(Locale.ROOT, "P-%02d", i);
  }

  static int quantity(int i) {
    return i % 3 + 1;
  }

  /** A price in dollars with cents, as the JavaScript's numbers write them: {@code 0.99}, {@code 1.99}... */
  static BigDecimal price(int i) {
    return new BigDecimal(i + ".99");
  }

  /** The order a JavaScript order should read as, from the JSON the JavaScript returned for it. */
  static Order order(JsonNode js) {
    String flagged = optionalText(js, "GSI2SK");
    String updatedAt = optionalText(js, "updatedAt");
    return new Order(text(js, "userId"), Instant.parse(text(js, "createdAt")), text(js, "orderId"),
        OrderStatus.valueOf(text(js, "status").toUpperCase(Locale.ROOT)), new BigDecimal(js.field("total").orElseThrow().asNumber()),
        updatedAt == null ? null : Instant.parse(updatedAt),
        flagged == null ? null : Instant.parse(flagged.substring(0, flagged.indexOf('#'))),
        optionalText(js, "flagReason"), lineItems(js.field("items").orElse(null)));
  }

  /** The order's lines, from the JavaScript's {@code items}; {@code null} when it has none. */
  private static List<LineItem> lineItems(JsonNode items) {
    if (items == null || items.isNull()) {
      return null;
    }
    return items.asArray().stream().map(item -> new LineItem(text(item, "productId"),
        Integer.parseInt(item.field("quantity").orElseThrow().asNumber()),
        new BigDecimal(item.field("price").orElseThrow().asNumber()))).toList();
  }

  /** The orders the JavaScript returned, read as orders. */
  static List<Order> orders(JsonNode jsArray) {
    return jsArray.asArray().stream().map(Seed001Scenario::order).toList();
  }

  /** The user the JavaScript returned, read as a user. */
  static User user(JsonNode js) {
    JsonNode points = js.field("points").orElse(null);
    return new User(text(js, "userId"), text(js, "name"), text(js, "email"), Instant.parse(text(js, "createdAt")),
        points == null ? null : Long.valueOf(points.asNumber()));
  }

  /** The JavaScript order of {@code orderId} in {@code jsArray}. */
  static JsonNode find(JsonNode jsArray, String orderId) {
    return jsArray.asArray().stream().filter(o -> text(o, "orderId").equals(orderId)).findFirst().orElseThrow();
  }

  static String text(JsonNode object, String field) {
    return object.field(field).orElseThrow(() -> new AssertionError("no " + field + " in " + object)).asString();
  }

  static JsonNode at(JsonNode object, String... path) {
    JsonNode node = object;
    for (String field : path) {
      JsonNode parent = node;
      node = node.field(field).orElseThrow(() -> new AssertionError("no " + field + " in " + parent));
    }
    return node;
  }

  private static String optionalText(JsonNode object, String field) {
    return object.field(field).map(JsonNode::asString).orElse(null);
  }

  private static String array(List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
  }
}
