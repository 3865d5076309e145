package dev.singletable.benchmarks;

import dev.singletable.EntityTable;
import dev.singletable.Page;
import dev.singletable.benchmarks.model.BenchShopSchema;
import dev.singletable.benchmarks.model.HandWrittenOrderMapper;
import dev.singletable.benchmarks.model.Order;
import dev.singletable.benchmarks.model.OrderKeys;
import dev.singletable.benchmarks.model.SampleOrders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The requests of EndToEndBenchmark and ClientOverheadBenchmark, once through the library and
 * once through the raw client: a put and a get of every order, then a query of all of them in
 * pages of {@link #PAGE_SIZE}. Both send the same requests (the raw query has the same key
 * condition, type filter and limit as the library's) and read every item back into an
 * {@link Order}, which goes to a sink (JMH's Blackhole) so that no work is optimized away.
 */
final class Workload {

  static final int PAGE_SIZE = 100;
  static final String USER = "u-bench";

  private Workload() {}

  /** Returns {@code count} orders of one user, so that one query pages through all of them. */
  static List<Order> orders(int count) {
    List<Order> orders = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      orders.add(SampleOrders.number(USER, i));
    }
    return orders;
  }

  /** Through the library: {@code put}, {@code get}, and {@code query(pk).limit().after().page()}. */
  static int library(EntityTable<Order> table, List<Order> orders, Consumer<Object> sink) {
    for (Order order : orders) {
      table.put(order);
    }
    for (Order order : orders) {
      sink.accept(table.get(OrderKeys.key(order.userId(), order.date(), order.orderId())).orElseThrow());
    }
    int read = 0;
    String cursor = null;
    do {
      Page<Order> page = table.query(OrderKeys.pk(USER)).limit(PAGE_SIZE).after(cursor).page();
      for (Order order : page.items()) {
        sink.accept(order);
      }
      read += page.items().size();
      cursor = page.cursor();
    } while (cursor != null);
    return checked(read, orders.size());
  }

  /** Through the raw client, with {@link HandWrittenOrderMapper}'s maps. */
  static int rawClient(DynamoDbClient client, List<Order> orders, Consumer<Object> sink) {
    String tableName = BenchShopSchema.TABLE_NAME;
    for (Order order : orders) {
      client.putItem(r -> r.tableName(tableName).item(HandWrittenOrderMapper.toMap(order)));
    }
    for (Order order : orders) {
      GetItemResponse response = client.getItem(r -> r.tableName(tableName).key(HandWrittenOrderMapper.key(order)));
      sink.accept(HandWrittenOrderMapper.fromMap(response.item()));
    }
    QueryRequest.Builder query = QueryRequest.builder()
        .tableName(tableName)
        .keyConditionExpression("#pk = :pk")
        .filterExpression("#type = :type")
        .expressionAttributeNames(Map.of("#pk", "PK", "#type", "entityType"))
        .expressionAttributeValues(Map.of(
            ":pk", AttributeValue.fromS(OrderKeys.pk(USER).value()),
            ":type", AttributeValue.fromS("Order")))
        .limit(PAGE_SIZE);
    int read = 0;
    Map<String, AttributeValue> startKey = null;
    do {
      QueryResponse response = client.query(query.exclusiveStartKey(startKey).build());
      for (Map<String, AttributeValue> item : response.items()) {
        sink.accept(HandWrittenOrderMapper.fromMap(item));
      }
      read += response.items().size();
      startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
          ? response.lastEvaluatedKey()
          : null;
    } while (startKey != null);
    return checked(read, orders.size());
  }

  private static int checked(int read, int expected) {
    // Both variants must read every item back, or they would not be doing the same work.
    if (read != expected) {
      throw new IllegalStateException("The query read " + read + " items, not " + expected);
    }
    return read;
  }
}
