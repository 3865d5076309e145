package dev.singletable.examples.ecommerce;

import dev.singletable.Condition;
import dev.singletable.EntityTable;
import dev.singletable.Items;
import dev.singletable.PartitionKey;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import dev.singletable.SortKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Every access pattern of seed 001's list, then the seeds' other queries: each names the request
 * that serves it, in DynamoDB's terms, and prints what comes back.
 */
final class AccessPatterns {

  private final SingleTable shop;
  private final Report report;
  private final EntityTable<User> users;
  private final EntityTable<Order> orders;
  private final EntityTable<Product> products;

  AccessPatterns(SingleTable shop, Report report) {
    this.shop = shop;
    this.report = report;
    this.users = shop.entity(User.class);
    this.orders = shop.entity(Order.class);
    this.products = shop.entity(Product.class);
  }

  void runAll() {
    getUserById();
    getUsersOrders();
    getSpecificOrder();
    getOrdersByStatus();
    getProductById();
    getProductsByCategory();
    getUserByEmail();
    getUserWithOrdersInOneQuery();
    compositeSortKeyGranularity();
    ordersInADateRange();
    getItemsOfAnOrder();
    getAnOrderWithItsNestedLinesAndAddress();
    ordersShippedToACity();
    ordersByAmount();
    flaggedOrders();
    sessionWithTtl();
  }

  private void getUserById() {
    PrimaryKey key = UserKeys.key("CUST-42");
    report.pattern("Get user by ID", "GetItem " + key);
    report.items(users.get(key).stream().toList());
  }

  private void getUsersOrders() {
    PartitionKey pk = OrderKeys.pk("CUST-42");
    SortKey prefix = OrderKeys.skPrefix();
    report.pattern("Get a user's orders, newest first",
        "Query PK=" + pk.value() + " AND begins_with(SK, \"" + prefix.value() + "\"), ScanIndexForward=false");
    report.items(orders.query(pk).beginsWith(prefix).descending().list());
  }

  private void getSpecificOrder() {
    PrimaryKey key = OrderKeys.key("CUST-42", LocalDate.parse("2026-03-15"), "ORD-002");
    report.pattern("Get a specific order", "GetItem " + key);
    report.items(orders.get(key).stream().toList());
  }

  private void getOrdersByStatus() {
    PartitionKey pk = OrderKeys.gsi1Pk(OrderStatus.PENDING);
    report.pattern("Get all orders by status (pending)",
        "Query GSI1 GSI1PK=" + pk.value() + " AND begins_with(GSI1SK, \"" + OrderKeys.gsi1SkPrefix().value() + "\")");
    report.items(orders.query(pk).beginsWith(OrderKeys.gsi1SkPrefix()).list());
  }

  private void getProductById() {
    PrimaryKey key = ProductKeys.key("PROD-A");
    report.pattern("Get product by ID", "GetItem " + key);
    report.items(products.get(key).stream().toList());
  }

  private void getProductsByCategory() {
    PartitionKey pk = ProductKeys.gsi1Pk("electronics");
    report.pattern("Get products by category (electronics)",
        "Query GSI1 GSI1PK=" + pk.value() + " AND begins_with(GSI1SK, \"" + ProductKeys.gsi1SkPrefix().value() + "\")");
    report.items(products.query(pk).beginsWith(ProductKeys.gsi1SkPrefix()).list());
  }

  private void getUserByEmail() {
    PartitionKey pk = UserKeys.gsi1Pk("alex@example.com");
    report.pattern("Get user by email", "Query GSI1 GSI1PK=" + pk.value());
    report.items(users.query(pk).list());
  }

  private void getUserWithOrdersInOneQuery() {
    PartitionKey pk = UserKeys.pk("CUST-42");
    report.pattern("Get a user and all their orders in one query (one request, two entity types)",
        "Query PK=" + pk.value() + " AND SK BETWEEN \"" + OrderKeys.skPrefix().value() + "\" AND \""
            + UserKeys.sk().value() + "\"");
    Items items = shop.query(pk).between(OrderKeys.skPrefix(), UserKeys.sk()).items();
    report.items(items.list());
    Optional<User> profile = items.first(User.class);
    report.note("profile: " + profile.map(User::name).orElse("(none)") + ", orders: " + items.all(Order.class).size());
  }

  private void compositeSortKeyGranularity() {
    PartitionKey pk = OrderKeys.pk("CUST-42");
    SortKey march = OrderKeys.skPrefix(YearMonth.of(2026, 3));
    report.pattern("Orders of March 2026 (composite sort key)",
        "Query PK=" + pk.value() + " AND begins_with(SK, \"" + march.value() + "\")");
    report.items(orders.query(pk).beginsWith(march).list());
    SortKey day = OrderKeys.skPrefix(LocalDate.parse("2026-03-15"));
    report.pattern("Orders of 15 March 2026", "Query PK=" + pk.value() + " AND begins_with(SK, \"" + day.value() + "\")");
    report.items(orders.query(pk).beginsWith(day).list());
  }

  private void ordersInADateRange() {
    PartitionKey pk = OrderKeys.pk("CUST-42");
    SortKey from = OrderKeys.skPrefix(LocalDate.parse("2026-03-01"));
    SortKey to = OrderKeys.skPrefix(LocalDate.parse("2026-03-31"));
    report.pattern("Orders from 1 to 31 March 2026, both days included",
        "Query PK=" + pk.value() + " AND SK BETWEEN \"" + from.value() + "\" AND \"" + to.value() + "\" + U+10FFFF");
    report.items(orders.query(pk).between(from, to).list());
  }

  private void getItemsOfAnOrder() {
    PartitionKey pk = OrderItemKeys.pk("ORD-002");
    report.pattern("Get all items of an order",
        "Query PK=" + pk.value() + " AND begins_with(SK, \"" + OrderItemKeys.skPrefix().value() + "\")");
    report.items(shop.entity(OrderItem.class).query(pk).beginsWith(OrderItemKeys.skPrefix()).list());
  }

  private void getAnOrderWithItsNestedLinesAndAddress() {
    PrimaryKey key = OrderKeys.key("CUST-42", LocalDate.parse("2026-03-15"), "ORD-002");
    report.pattern("Get an order with its line items and shipping address (nested documents, one GetItem)",
        "GetItem " + key + " (items: a list of maps, shippingAddress: a map)");
    Order order = orders.get(key).orElseThrow();
    report.items(List.of(order));
    report.items(order.items());
    report.items(List.of(order.shippingAddress()));
  }

  private void ordersShippedToACity() {
    PartitionKey pk = OrderKeys.pk("CUST-42");
    report.pattern("A user's orders shipped to Seattle whose first line is for more than one unit",
        "Query PK=" + pk.value() + " AND begins_with(SK, \"ORDER#\"), FilterExpression shippingAddress.city = :city"
            + " AND items[0].quantity > :one");
    report.items(orders.query(pk).beginsWith(OrderKeys.skPrefix())
        .filter(Condition.and(Condition.eq(OrderAttributes.SHIPPING_ADDRESS.city(), "Seattle"),
            Condition.gt(OrderAttributes.ITEMS.at(0).quantity(), 1)))
        .list());
  }

  private void ordersByAmount() {
    PartitionKey pk = OrderKeys.lsi1Pk("CUST-42");
    SortKey from = OrderKeys.lsi1Sk(5000);
    report.pattern("A user's orders of $50.00 or more, largest first (LSI1, strongly consistent)",
        "Query LSI1 PK=" + pk.value() + " AND LSI1SK >= \"" + from.value() + "\", ScanIndexForward=false, ConsistentRead=true");
    report.items(orders.query(pk).ge(from).descending().consistentRead().list());
  }

  private void flaggedOrders() {
    PartitionKey pk = OrderKeys.gsi2Pk();
    report.pattern("Flagged orders (sparse GSI2: only flagged orders have its keys)",
        "Query GSI2 GSI2PK=" + pk.value());
    report.items(orders.query(pk).list());
  }

  private void sessionWithTtl() {
    Session session = SampleData.session(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    EntityTable<Session> sessions = shop.entity(Session.class);
    sessions.put(session);
    PrimaryKey key = SessionKeys.key(session.sessionId());
    report.pattern("A session that DynamoDB deletes after its TTL (24 hours)", "PutItem then GetItem " + key);
    report.items(sessions.get(key).stream().toList());
    report.note("ttl " + session.ttl() + " = " + Instant.ofEpochSecond(session.ttl()) + " (epoch seconds; createTable enabled TTL on \"ttl\")");
  }
}
