package dev.singletable.examples.ecommerce;

import dev.singletable.EntityTable;
import dev.singletable.PartitionKey;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import java.util.List;

/**
 * Seed 001's hot partition, both of its shapes: a page-view counter whose writes go to a random
 * one of ten shards and whose read sums them (incrementViewCount, getViewCount), and orders by
 * status, each status spread over four GSI1 partitions by the order's key and read back as one.
 */
final class ShardingPatterns {

  private final Report report;
  private final EntityTable<PageViews> pageViews;
  private final EntityTable<Order> orders;

  ShardingPatterns(SingleTable shop, Report report) {
    this.report = report;
    this.pageViews = shop.entity(PageViews.class);
    this.orders = shop.entity(Order.class);
  }

  void runAll() {
    incrementViewCount();
    ordersByShardedStatus();
  }

  /** Seed 001's incrementViewCount: ADD 1 at a random shard, so no one partition takes every write. */
  private void increment(String pageId) {
    pageViews.update(PageViewsKeys.randomShardKey(pageId)).add(PageViewsAttributes.VIEW_COUNT, 1L).execute();
  }

  /** Seed 001's getViewCount: the shards are one partition, so one query reads them all. */
  private long viewCount(String pageId) {
    return pageViews.query(PageViewsKeys.pk(pageId)).list().stream().mapToLong(PageViews::viewCount).sum();
  }

  private void incrementViewCount() {
    PartitionKey pk = PageViewsKeys.pk("home");
    report.pattern("Count page views over " + PageViewsKeys.SHARDS + " shards (seed 001's incrementViewCount and"
            + " getViewCount)",
        "UpdateItem PK=" + pk.value() + ", SK=VIEWS#<random shard> ADD viewCount :1, 25 times; then Query PK="
            + pk.value() + " and sum");
    for (int i = 0; i < 25; i++) {
      increment("home");
    }
    List<PageViews> shards = pageViews.query(pk).list();
    report.items(shards);
    report.note("total: " + viewCount("home") + " views in " + shards.size() + " shards");
  }

  private void ordersByShardedStatus() {
    PartitionKey pk = OrderKeys.gsi1Pk(OrderStatus.PENDING);
    report.pattern("Orders by status, each status over " + OrderKeys.GSI1_SHARDS + " shards (seed 001's"
            + " STATUS#active#3)",
        "Query GSI1 GSI1PK=" + String.join(", ", pk.shards().stream().map(PartitionKey::value).toList())
            + " in parallel, merged by GSI1SK");
    for (Order order : SampleData.ORDERS) {
      PrimaryKey key = OrderKeys.key(order.userId(), order.date(), order.orderId());
      report.note(order.orderId() + " is in shard " + OrderKeys.gsi1Shard(key) + ": CRC-32 of \""
          + key.partitionKey().value() + "\", 0x00, \"" + key.sortKey().value() + "\" mod " + OrderKeys.GSI1_SHARDS);
    }
    report.items(orders.query(pk).list());
    report.note("newest first, two per page: " + pages(pk));
    Order shipped = SampleData.ORDERS.get(2); // shipped by the changes above
    PrimaryKey key = OrderKeys.key(shipped.userId(), shipped.date(), shipped.orderId());
    int shard = OrderKeys.gsi1Shard(key);
    report.note(shipped.orderId() + ", shipped above, moved from " + pk.shards().get(shard).value() + " to "
        + OrderKeys.gsi1Pk(OrderStatus.SHIPPED).shards().get(shard).value() + " (an update keeps the shard); shipped: "
        + orders.query(OrderKeys.gsi1Pk(OrderStatus.SHIPPED)).list().stream().map(Order::orderId).toList());
  }

  private String pages(PartitionKey pk) {
    StringBuilder out = new StringBuilder();
    String cursor = null;
    do {
      var page = orders.query(pk).descending().limit(2).after(cursor).page();
      out.append(page.items().stream().map(Order::orderId).toList());
      cursor = page.cursor();
    } while (cursor != null);
    return out.toString();
  }
}
