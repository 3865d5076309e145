package dev.singletable.examples.ecommerce;

import dev.singletable.ChangeEvent;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.TableStreams;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Seed 001's stream handler run locally: an order is delivered and a product removed, then the
 * table's stream is read with {@code DynamoDbStreamsClient} (as a Lambda event source mapping
 * would), its records are read with {@code ShopSchema.streamReader()} (no client, as a Lambda
 * function that only reads records needs none) and every change goes through
 * {@link OrderStreamHandler}, which prints what it does.
 */
final class StreamPatterns {

  private final SingleTable shop;
  private final DynamoDbClient client;
  private final Report report;

  StreamPatterns(SingleTable shop, DynamoDbClient client, Report report) {
    this.shop = shop;
    this.client = client;
    this.report = report;
  }

  void runAll() {
    PrimaryKey delivered = OrderKeys.key("CUST-42", LocalDate.parse("2026-03-15"), "ORD-002");
    PrimaryKey discontinued = ProductKeys.key("PROD-C");
    report.pattern("Stream handler (seed 001): delivered orders to analytics, removed items out of the search index",
        "UpdateItem " + delivered + " SET status = DELIVERED; DeleteItem " + discontinued
            + "; then DescribeStream, GetShardIterator TRIM_HORIZON, GetRecords;"
            + " ShopSchema.streamReader().changeEvents(records)");
    shop.entity(Order.class).update(delivered).set(OrderUpdate.status(OrderStatus.DELIVERED)).patch().execute();
    shop.entity(Product.class).delete(discontinued);

    List<Record> records;
    try (DynamoDbStreamsClient streams = streamsClient()) {
      records = TableStreams.records(client, streams, shop.tableName());
    }
    // The handler reads without a client, as a Lambda function that only reads its records would.
    List<ChangeEvent<?>> events = ShopSchema.streamReader().changeEvents(records);
    Map<String, Integer> kinds = new TreeMap<>();
    events.forEach(event -> kinds.merge(event.kind() + " " + event.entityClass().getSimpleName(), 1, Integer::sum));
    report.note("read " + records.size() + " stream records: " + kinds);

    OrderStreamHandler handler = new OrderStreamHandler(
        order -> report.note("analytics: order " + order.orderId() + " delivered, " + Report.money(order.total())),
        new OrderStreamHandler.SearchIndex() {
          @Override
          public void index(Order order) {
            report.note("search index: indexed " + Report.line(order));
          }

          @Override
          public void remove(PrimaryKey key, Optional<?> item) {
            report.note("search index: removed " + key + item.map(i -> " (" + Report.line(i) + ")").orElse(""));
          }
        });
    events.forEach(handler::handle);
  }

  /** A streams client for the same DynamoDB as {@link #client}: its endpoint, or AWS's. */
  private DynamoDbStreamsClient streamsClient() {
    return client.serviceClientConfiguration().endpointOverride()
        .map(DynamoDbLocal::streamsClientFor)
        .orElseGet(() -> DynamoDbStreamsClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
  }
}
