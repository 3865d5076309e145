package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.Condition;
import dev.singletable.Page;
import dev.singletable.SingleTable;
import dev.singletable.testing.DynamoDbLocalExtension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Scans of a table of 1,000 items of three entity types: sequential and parallel, limits, filters,
 * pages without a limit, counts, and the requests segments send.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class ScanPagingTest {

  private static DynamoDbClient client;
  private static ScanTable table;
  private static SingleTable store;

  @BeforeAll
  static void aThousandItems(DynamoDbClient sharedClient) {
    client = sharedClient;
    table = ScanTable.filled(client, 1_000);
    store = table.store();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void anEntityScanReturnsThatEntitysItemsOnce(int segments) {
    List<Purchase> orders = store.entity(Purchase.class).scan().segments(segments).list();

    assertThat(orders).hasSize(table.orders());
    assertThat(orders.stream().map(Purchase::orderId).distinct()).hasSize(table.orders());
  }

  @Test
  void sequentialPagesOf97ReturnEachItemOnce() {
    Set<Object> seen = new HashSet<>();
    String cursor = null;
    do {
      Page<Object> page = store.scan().limit(97).after(cursor).page();
      assertThat(page.items()).hasSizeLessThanOrEqualTo(97);
      page.items().forEach(item -> assertThat(seen.add(item)).isTrue());
      cursor = page.cursor();
    } while (cursor != null);

    assertThat(seen).hasSize(table.items());
  }

  @Test
  void entityPagesWithAFilterReturnEachMatchOnce() {
    Condition<Purchase> shipped = Condition.eq(PurchaseAttributes.STATUS, Status.SHIPPED);
    Set<String> seen = new HashSet<>();
    String cursor = null;
    do {
      Page<Purchase> page = store.entity(Purchase.class).scan().segments(3).filter(shipped).limit(25).after(cursor).page();
      page.items().forEach(order -> {
        assertThat(order.status()).isEqualTo(Status.SHIPPED);
        assertThat(seen.add(order.orderId())).isTrue();
      });
      cursor = page.cursor();
    } while (cursor != null);

    assertThat(seen).hasSize(table.orders() / 3);
  }

  @Test
  void aLimitedListHasExactlyTheLimit() {
    List<Visit> visits = store.entity(Visit.class).scan().segments(4).limit(101).list();

    assertThat(visits).hasSize(101).doesNotHaveDuplicates();
  }

  @Test
  void aPageWithoutLimitIsOneDynamoDbPageOfEachSegmentAndItsCursorContinues() {
    ConcurrentLinkedQueue<String> sent = new ConcurrentLinkedQueue<>();
    List<Object> all = new ArrayList<>();
    try (DynamoDbClient recording = ScanTable.recordingClient(client, sent)) {
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

    assertThat(all).hasSize(table.items()).doesNotHaveDuplicates();
  }

  @Test
  void entityCountsCountEachMatchOnce() {
    assertThat(store.entity(Visit.class).scan().segments(4).count()).isEqualTo(table.visits());
    assertThat(store.entity(Purchase.class).scan()
        .filter(Condition.eq(PurchaseAttributes.STATUS, Status.SHIPPED)).count()).isEqualTo(table.orders() / 3);
    assertThat(store.entity(Customer.class).scan().segments(2).limit(10).count()).isEqualTo(10);
  }

  @Test
  void segmentsAreSentAsDynamoDbParallelScanSegmentsOnTheScanThreads() {
    ConcurrentLinkedQueue<String> sent = new ConcurrentLinkedQueue<>();
    try (DynamoDbClient recording = ScanTable.recordingClient(client, sent)) {
      StoreSchema.table(recording, store.tableName()).entity(Customer.class).scan().segments(4).list();
    }

    assertThat(sent).allMatch(request -> request.matches("[0-3]/4 on singletable-scan-\\d+-\\d+"));
    assertThat(sent.stream().map(request -> request.substring(0, 3)).distinct()).hasSize(4);
  }
}
