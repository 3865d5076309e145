package dev.singletable.examples.ecommerce;

import dev.singletable.EntityTable;
import dev.singletable.Items;
import dev.singletable.Page;
import dev.singletable.PartitionKey;
import dev.singletable.SingleTable;
import dev.singletable.TableOptions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reading everything back: a user's item collection typed, counted and visited; pages whose
 * cursors continue only their own query and are sealed with an application key; an entity query
 * that reads only its entity's part of the collection.
 */
final class ReadingPatterns {

  private final SingleTable shop;
  private final Report report;

  ReadingPatterns(SingleTable shop, Report report) {
    this.shop = shop;
    this.report = report;
  }

  void runAll() {
    typedItemCollection();
    sealedCursors();
    ordersSinceADate();
  }

  private void typedItemCollection() {
    PartitionKey pk = UserKeys.pk("CUST-42");
    report.pattern("A user's item collection read back by type (counts, a typed visitor)", "Query PK=" + pk.value());
    Items items = shop.query(pk).items();
    report.note("counts: " + items.counts().entrySet().stream()
        .map(e -> e.getKey().getSimpleName() + "=" + e.getValue()).collect(Collectors.joining(", ")));
    // Java 17: the generated ShopVisitor has one method per entity of the table, so a visitor that
    // misses one (or one added to the table later) does not compile. In Java 21 the same reads
    //   for (ShopItem item : items.list(ShopItem.class)) {
    //     String line = switch (item) {
    //       case User user -> "profile of " + user.name();
    //       case Order order -> "order " + order.orderId() + " of " + Report.money(order.total());
    //       ...
    //     };
    //   }
    List<String> lines = items.visit(new ShopVisitor<>() {
      @Override
      public String visitUser(User user) {
        return "profile of " + user.name();
      }

      @Override
      public String visitOrder(Order order) {
        return "order " + order.orderId() + " of " + Report.money(order.total());
      }

      @Override
      public String visitOrderItem(OrderItem orderItem) {
        return "line " + orderItem.productId();
      }

      @Override
      public String visitProduct(Product product) {
        return "product " + product.name();
      }

      @Override
      public String visitSession(Session session) {
        return "session " + session.sessionId();
      }

      @Override
      public String visitPageViews(PageViews shard) {
        return "views of " + shard.pageId();
      }
    });
    lines.forEach(line -> report.note("visited: " + line));
  }

  private void sealedCursors() {
    // An application key seals cursors: encrypted (a cursor of an index holds other keys, such as
    // an email) and authenticated (a client cannot point one elsewhere). Load it from a secrets
    // manager; this run makes one up.
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    EntityTable<Order> orders = shop.withOptions(TableOptions.builder().cursorKey(key).build()).entity(Order.class);
    PartitionKey pk = OrderKeys.pk("CUST-42");
    report.pattern("A user's orders in pages of 2, with sealed cursors",
        "Query PK=" + pk.value() + " AND begins_with(SK, \"ORDER#\"), Limit=2, ExclusiveStartKey from the cursor");
    String cursor = null;
    String first = null;
    int page = 0;
    do {
      Page<Order> next = orders.query(pk).limit(2).after(cursor).page();
      cursor = next.cursor();
      first = first == null ? cursor : first;
      report.note("page " + (++page) + ": " + next.items().stream().map(Order::orderId).toList()
          + (cursor == null ? ", no cursor" : ", cursor of " + cursor.length() + " characters"));
    } while (cursor != null);
    String another = first;
    try {
      orders.query(OrderKeys.pk("CUST-77")).limit(2).after(another).page();
      report.note("another user's query took the cursor");
    } catch (IllegalArgumentException refused) {
      report.note("another user's query refuses the cursor before any request: "
          + refused.getMessage().substring(refused.getMessage().indexOf("belongs")));
    }
  }

  private void ordersSinceADate() {
    PartitionKey pk = OrderKeys.pk("CUST-42");
    LocalDate since = LocalDate.parse("2026-03-15");
    report.pattern("Orders since 15 March 2026, without reading the profile sorted after them",
        "Query PK=" + pk.value() + " AND SK BETWEEN \"" + OrderKeys.skPrefix(since).value() + "\" AND \"ORDER#\" + U+10FFFF");
    report.items(shop.entity(Order.class).query(pk).ge(OrderKeys.skPrefix(since)).list());
  }
}
