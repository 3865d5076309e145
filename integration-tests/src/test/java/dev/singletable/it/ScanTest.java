package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.Items;
import dev.singletable.Page;
import dev.singletable.testing.DynamoDbLocalExtension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Scans of a table of 10,000 items of three entity types in parallel segments (issue 10, point 7):
 * whole lists and pages whose cursor covers every segment, each item exactly once.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class ScanTest {

  private static ScanTable table;

  @BeforeAll
  static void tenThousandItems(DynamoDbClient client) {
    table = ScanTable.filled(client, 10_000);
  }

  @Test
  void aScanInFourSegmentsReturnsEachItemOnce() {
    Items items = table.store().scan().segments(4).items();

    assertThat(items.size()).isEqualTo(10_000);
    assertThat(new HashSet<>(items.list())).hasSize(10_000);
    assertThat(items.all(Purchase.class)).hasSize(table.orders());
    assertThat(items.all(Visit.class)).hasSize(table.visits());
    assertThat(items.all(Customer.class)).hasSize(table.customers());
    assertThat(items.unrecognized()).isEmpty();
  }

  @Test
  void anEntityScanInFourSegmentsReturnsThatEntitysItemsOnce() {
    List<Purchase> orders = table.store().entity(Purchase.class).scan().segments(4).list();

    assertThat(orders).hasSize(table.orders());
    assertThat(orders.stream().map(Purchase::orderId).distinct()).hasSize(table.orders());
  }

  @Test
  void pagesOf97InFourSegmentsReturnEachItemOnceAndTheCursorCoversEverySegment() {
    Set<Object> seen = new HashSet<>();
    List<Integer> sizes = new ArrayList<>();
    String cursor = null;
    do {
      Page<Object> page = table.store().scan().segments(4).limit(97).after(cursor).page();
      sizes.add(page.items().size());
      for (Object item : page.items()) {
        assertThat(seen.add(item)).as("seen once: %s", item).isTrue();
      }
      cursor = page.cursor();
    } while (cursor != null);

    assertThat(seen).hasSize(10_000);
    assertThat(sizes.subList(0, 10_000 / 97)).containsOnly(97);
  }

  @Test
  void aCountInSegmentsCountsEachItemOnce() {
    assertThat(table.store().scan().count()).isEqualTo(10_000);
    assertThat(table.store().scan().segments(4).count()).isEqualTo(10_000);
  }
}
