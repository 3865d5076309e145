package dev.singletable.examples.ecommerce;

import dev.singletable.EntityTable;
import dev.singletable.SingleTable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The items of the example: the users, orders and products of seeds 001 and 003. */
final class SampleData {

  static final User ALEX = new User("CUST-42", "Alex Rivera", "alex@example.com", Instant.parse("2026-01-05T09:30:00Z"),
      500, 0);
  static final User SAM = new User("CUST-77", "Sam Lee", "sam@example.com", Instant.parse("2026-02-11T16:00:00Z"),
      100, 0);

  static final Address ALEX_HOME = new Address("Alex Rivera", "12 Harbor St", "Seattle", "98101", "US");
  static final Address SAM_OFFICE = new Address("Sam Lee", "400 Market St", "San Francisco", "94105", "US");

  static final List<Order> ORDERS = List.of(
      Order.of("CUST-42", "2026-02-10", "ORD-001", OrderStatus.DELIVERED, 1250,
          List.of(new LineItem("PROD-C", 1, 1250)), ALEX_HOME),
      Order.of("CUST-42", "2026-03-15", "ORD-002", OrderStatus.SHIPPED, 14900,
          List.of(new LineItem("PROD-A", 1, 8900), new LineItem("PROD-B", 2, 2500), new LineItem("PROD-C", 1, 1000)),
          ALEX_HOME),
      Order.of("CUST-42", "2026-03-28", "ORD-003", OrderStatus.PENDING, 5999,
          List.of(new LineItem("PROD-C", 3, 1999)), ALEX_HOME),
      Order.of("CUST-42", "2026-04-02", "ORD-004", OrderStatus.PENDING, 2999,
          List.of(new LineItem("PROD-B", 1, 2999)), null),
      Order.of("CUST-77", "2026-03-20", "ORD-005", OrderStatus.PENDING, 310000,
          List.of(new LineItem("PROD-A", 34, 8900), new LineItem("PROD-B", 3, 2500)), SAM_OFFICE)
          .flag(Instant.parse("2026-03-20T11:42:00Z"), "Unusual amount"));

  static final List<Product> PRODUCTS = List.of(
      new Product("PROD-A", "Mechanical Keyboard", "electronics", 8900),
      new Product("PROD-B", "USB Hub", "electronics", 2500),
      new Product("PROD-C", "Desk Mat", "office", 1999));

  static final List<OrderItem> ORDER_ITEMS = List.of(
      new OrderItem("ORD-002", "PROD-A", 1, 8900),
      new OrderItem("ORD-002", "PROD-B", 2, 2500),
      new OrderItem("ORD-003", "PROD-C", 3, 1999));

  private SampleData() {}

  /** Writes every sample item (replacing earlier runs' items with the same keys). */
  static void write(SingleTable shop) {
    EntityTable<User> users = shop.entity(User.class);
    for (User user : List.of(ALEX, SAM)) {
      // Users are versioned: a put of a new object never overwrites a stored user, so start over.
      users.delete(users.schema().primaryKey(user));
      users.create(user);
    }
    ORDERS.forEach(shop.entity(Order.class)::put);
    PRODUCTS.forEach(shop.entity(Product.class)::put);
    ORDER_ITEMS.forEach(shop.entity(OrderItem.class)::put);
  }

  /** A session that expires in 24 hours (seed 001's createSession). */
  static Session session(Instant now) {
    return new Session("sess-9f2c", ALEX.userId(), now, now.plus(Duration.ofHours(24)).getEpochSecond());
  }
}
