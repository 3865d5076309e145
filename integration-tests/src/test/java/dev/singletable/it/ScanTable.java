package dev.singletable.it;

import dev.singletable.EntitySchema;
import dev.singletable.SingleTable;
import dev.singletable.testing.DynamoDbLocal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A {@link Store} table of three entity types for scans: six orders (a third of them shipped),
 * three visits and one customer per ten items, written with {@code BatchWriteItem}.
 */
record ScanTable(SingleTable store, int orders, int visits, int customers) {

  int items() {
    return orders + visits + customers;
  }

  /** Creates and fills a table of {@code items} items, a multiple of 10. */
  static ScanTable filled(DynamoDbClient client, int items) {
    SingleTable store = StoreSchema.table(client, DynamoDbLocal.uniqueTableName("scan"));
    store.createTable();
    int orders = items * 6 / 10;
    int visits = items * 3 / 10;
    int customers = items / 10;
    List<Map<String, AttributeValue>> all = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      Status status = i % 3 == 0 ? Status.SHIPPED : Status.PENDING;
      all.add(map(PurchaseSchema.INSTANCE, Purchase.of("u" + i % 100, "2026-03-15", "o" + i, status, i)));
    }
    for (int i = 0; i < visits; i++) {
      all.add(map(VisitSchema.INSTANCE, new Visit("page" + i % 50, i, i, Set.of("v" + i), List.of())));
    }
    for (int i = 0; i < customers; i++) {
      all.add(map(CustomerSchema.INSTANCE, new Customer("c" + i, "Customer " + i, "c" + i + "@example.com",
          Instant.EPOCH)));
    }
    for (int from = 0; from < all.size(); from += 25) {
      List<WriteRequest> writes = all.subList(from, Math.min(from + 25, all.size())).stream()
          .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build()).toList();
      client.batchWriteItem(r -> r.requestItems(Map.of(store.tableName(), writes)));
    }
    return new ScanTable(store, orders, visits, customers);
  }

  private static <T> Map<String, AttributeValue> map(EntitySchema<T> schema, T item) {
    return schema.tableSchema().itemToMap(item, true);
  }

  /** A client of the same server that records each Scan's segment and the thread that sent it. */
  static DynamoDbClient recordingClient(DynamoDbClient client, ConcurrentLinkedQueue<String> sent) {
    ExecutionInterceptor recorder = new ExecutionInterceptor() {
      @Override
      public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof ScanRequest scan) {
          sent.add(scan.segment() + "/" + scan.totalSegments() + " on " + Thread.currentThread().getName());
        }
      }
    };
    return DynamoDbClient.builder()
        .endpointOverride(client.serviceClientConfiguration().endpointOverride().orElseThrow())
        .region(client.serviceClientConfiguration().region())
        .credentialsProvider(client.serviceClientConfiguration().credentialsProvider())
        .overrideConfiguration(o -> o.addExecutionInterceptor(recorder))
        .build();
  }
}
