package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.Condition;
import dev.singletable.EntitySchema;
import dev.singletable.Items;
import dev.singletable.Page;
import dev.singletable.SingleTable;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Scans of a table of 10,000 items of three entity types (issue 10, point 7): sequential and in
 * parallel segments, whole lists and pages, each item exactly once.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class ScanTest {

  private static final int ORDERS = 6_000;
  private static final int VISITS = 3_000;
  private static final int CUSTOMERS = 1_000;
  private static final int ITEMS = ORDERS + VISITS + CUSTOMERS;

  private static DynamoDbClient client;
  private static SingleTable store;

  @BeforeAll
  static void tenThousandItems(DynamoDbClient sharedClient) {
    client = sharedClient;
    store = StoreSchema.table(client, DynamoDbLocal.uniqueTableName("scan"));
    store.createTable();
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      Status status = i % 3 == 0 ? Status.SHIPPED : Status.PENDING;
      items.add(map(PurchaseSchema.INSTANCE, Purchase.of("u" + i % 100, "2026-03-15", "o" + i, status, i)));
    }
    for (int i = 0; i < VISITS; i++) {
      items.add(map(VisitSchema.INSTANCE, new Visit("page" + i % 50, i, i, Set.of("v" + i), List.of())));
    }
    for (int i = 0; i < CUSTOMERS; i++) {
      items.add(map(CustomerSchema.INSTANCE, new Customer("c" + i, "Customer " + i, "c" + i + "@example.com",
          Instant.EPOCH)));
    }
    for (int from = 0; from < items.size(); from += 25) {
      List<WriteRequest> writes = items.subList(from, Math.min(from + 25, items.size())).stream()
          .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build()).toList();
      client.batchWriteItem(r -> r.requestItems(Map.of(store.tableName(), writes)));
    }
  }

  private static <T> Map<String, AttributeValue> map(EntitySchema<T> schema, T item) {
    return schema.tableSchema().itemToMap(item, true);
  }

  @Test
  void aScanInFourSegmentsReturnsEachItemOnce() {
    Items items = store.scan().segments(4).items();

    assertThat(items.size()).isEqualTo(ITEMS);
    assertThat(new HashSet<>(items.list())).hasSize(ITEMS);
    assertThat(items.all(Purchase.class)).hasSize(ORDERS);
    assertThat(items.all(Visit.class)).hasSize(VISITS);
    assertThat(items.all(Customer.class)).hasSize(CUSTOMERS);
    assertThat(items.unrecognized()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void anEntityScanReturnsThatEntitysItemsOnce(int segments) {
    List<Purchase> orders = store.entity(Purchase.class).scan().segments(segments).list();

    assertThat(orders).hasSize(ORDERS);
    assertThat(orders.stream().map(Purchase::orderId).distinct()).hasSize(ORDERS);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void pagesOf97ReturnEachItemOnceAndTheCursorCoversEverySegment(int segments) {
    Set<Object> seen = new HashSet<>();
    List<Integer> sizes = new ArrayList<>();
    String cursor = null;
    do {
      Page<Object> page = store.scan().segments(segments).limit(97).after(cursor).page();
      sizes.add(page.items().size());
      for (Object item : page.items()) {
        assertThat(seen.add(item)).as("seen once: %s", item).isTrue();
      }
      cursor = page.cursor();
    } while (cursor != null);

    assertThat(seen).hasSize(ITEMS);
    assertThat(sizes.subList(0, ITEMS / 97)).containsOnly(97);
  }

  @Test
  void entityPagesWithAFilterReturnEachMatchOnce() {
    Condition<Purchase> shipped = Condition.eq(PurchaseAttributes.STATUS, Status.SHIPPED);
    Set<String> seen = new HashSet<>();
    String cursor = null;
    do {
      Page<Purchase> page = store.entity(Purchase.class).scan().segments(3).filter(shipped).limit(250).after(cursor).page();
      page.items().forEach(order -> {
        assertThat(order.status()).isEqualTo(Status.SHIPPED);
        assertThat(seen.add(order.orderId())).isTrue();
      });
      cursor = page.cursor();
    } while (cursor != null);

    assertThat(seen).hasSize(ORDERS / 3);
  }

  @Test
  void aLimitedListHasExactlyTheLimit() {
    List<Visit> visits = store.entity(Visit.class).scan().segments(4).limit(1_001).list();

    assertThat(visits).hasSize(1_001).doesNotHaveDuplicates();
  }

  @Test
  void aPageWithoutLimitIsOneDynamoDbPageOfEachSegmentAndItsCursorContinues() {
    ConcurrentLinkedQueue<String> sent = new ConcurrentLinkedQueue<>();
    List<Object> all = new ArrayList<>();
    try (DynamoDbClient recording = recordingClient(sent)) {
      SingleTable recorded = StoreSchema.table(recording, store.tableName());
      String cursor = null;
      do {
        sent.clear();
        Page<Object> page = recorded.scan().segments(2).after(cursor).page();
        assertThat(sent).hasSizeLessThanOrEqualTo(2).doesNotHaveDuplicates(); // one request per segment not done
        all.addAll(page.items());
        cursor = page.cursor();
      } while (cursor != null);
    }

    assertThat(all).hasSize(ITEMS).doesNotHaveDuplicates();
  }

  @Test
  void countsCountEachItemOnce() {
    assertThat(store.scan().count()).isEqualTo(ITEMS);
    assertThat(store.scan().segments(4).count()).isEqualTo(ITEMS);
    assertThat(store.entity(Visit.class).scan().segments(4).count()).isEqualTo(VISITS);
    assertThat(store.entity(Purchase.class).scan()
        .filter(Condition.eq(PurchaseAttributes.STATUS, Status.SHIPPED)).count()).isEqualTo(ORDERS / 3);
    assertThat(store.entity(Customer.class).scan().segments(2).limit(10).count()).isEqualTo(10);
  }

  @Test
  void segmentsAreSentAsDynamoDbParallelScanSegmentsOnTheScanThreads() {
    ConcurrentLinkedQueue<String> sent = new ConcurrentLinkedQueue<>();
    try (DynamoDbClient recording = recordingClient(sent)) {
      StoreSchema.table(recording, store.tableName()).entity(Customer.class).scan().segments(4).list();
    }

    assertThat(sent).allMatch(request -> request.matches("[0-3]/4 on singletable-scan-\\d+-\\d+"));
    assertThat(sent.stream().map(request -> request.substring(0, 3)).distinct()).hasSize(4);
  }

  /** A client of the same server that records each Scan's segment and the thread that sent it. */
  private static DynamoDbClient recordingClient(ConcurrentLinkedQueue<String> sent) {
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
