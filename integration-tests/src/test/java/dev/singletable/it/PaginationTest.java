package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest extends StoreFixture {

  @Test
  void pagesFollowEachOtherWithoutGapsOrRepeats() {
    List<String> expected = new ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      String id = "o" + day;
      purchases.put(Purchase.of("u1", LocalDate.of(2026, 3, day).toString(), id, Status.PENDING, day));
      expected.add(id);
    }
    customers.put(new Customer("u1", "Alice", "a@example.com", null)); // filtered out of every page

    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String cursor = null;
    do {
      Page<Purchase> page = purchases.query(PurchaseKeys.pk("u1")).limit(3).after(cursor).page();
      page.items().forEach(p -> seen.add(p.orderId()));
      sizes.add(page.items().size());
      cursor = page.cursor();
      assertThat(page.hasNext()).isEqualTo(cursor != null);
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(sizes.subList(0, 2)).containsExactly(3, 3);
  }

  @Test
  void pagesOfAGsiContinueOnTheGsi() {
    for (int i = 0; i < 5; i++) {
      purchases.put(Purchase.of("u" + i, "2026-03-0" + (i + 1), "o" + i, Status.SHIPPED, i));
    }
    Page<Purchase> first = purchases.query(PurchaseKeys.gsi1Pk(Status.SHIPPED)).limit(2).page();
    Page<Purchase> second = purchases.query(PurchaseKeys.gsi1Pk(Status.SHIPPED)).limit(2).after(first.cursor()).page();

    assertThat(first.items()).extracting(Purchase::orderId).containsExactly("o0", "o1");
    assertThat(second.items()).extracting(Purchase::orderId).containsExactly("o2", "o3");
  }

  @Test
  void listFollowsDynamoDbPagesPastTheOneMegabyteLimit() {
    String big = "x".repeat(100_000);
    for (int i = 0; i < 25; i++) {
      purchases.put(new Purchase("u1", LocalDate.of(2026, 1, 1).plusDays(i), "o" + i, Status.PENDING, i,
          null, List.of(big), java.util.Map.of()));
    }
    // 25 items of ~100 KB take about 2.5 MB: at least three DynamoDB pages of 1 MB.
    assertThat(purchases.query(PurchaseKeys.pk("u1")).list()).hasSize(25);
    Page<Purchase> onePage = purchases.query(PurchaseKeys.pk("u1")).page();
    assertThat(onePage.items()).hasSizeLessThan(25);
    assertThat(onePage.hasNext()).isTrue();
  }
}
