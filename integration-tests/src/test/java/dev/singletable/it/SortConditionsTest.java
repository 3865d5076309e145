package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.SortKey;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The prefix-as-range semantics of API.md, against DynamoDB Local. */
class SortConditionsTest extends StoreFixture {

  @BeforeEach
  void orders() {
    customers.put(new Customer("u1", "Alice", "alice@example.com", null)); // SK=PROFILE sorts after ORDER#
    for (Purchase order : List.of(
        Purchase.of("u1", "2026-02-28", "o1", Status.DELIVERED, 100),
        Purchase.of("u1", "2026-03-01", "o2", Status.SHIPPED, 200),
        Purchase.of("u1", "2026-03-15", "o3", Status.PENDING, 300),
        Purchase.of("u1", "2026-03-15", "o4", Status.PENDING, 400),
        Purchase.of("u1", "2026-03-31", "o5", Status.PENDING, 500),
        Purchase.of("u1", "2026-04-01", "o6", Status.SHIPPED, 600),
        Purchase.of("u2", "2026-03-15", "o7", Status.PENDING, 700))) {
      purchases.put(order);
    }
  }

  private static List<String> ids(List<Purchase> orders) {
    return orders.stream().map(Purchase::orderId).toList();
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void beginsWithThePrefixGivesAllOrdersInSortKeyOrder() {
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1")).beginsWith(PurchaseKeys.skPrefix()).list()))
        .containsExactly("o1", "o2", "o3", "o4", "o5", "o6");
  }

  @Test
  void descendingAndLimitGiveTheNewestFirst() {
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1")).beginsWith(PurchaseKeys.skPrefix())
        .descending().limit(2).list()))
        .containsExactly("o6", "o5");
  }

  @Test
  void anEntityQueryWithoutSortConditionSkipsOtherEntityTypes() {
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1")).list())).hasSize(6);
  }

  @Test
  void aCoarseMonthPrefixSelectsTheOrdersOfThatMonth() {
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1")).beginsWith(PurchaseKeys.skPrefix(YearMonth.of(2026, 3))).list()))
        .containsExactly("o2", "o3", "o4", "o5");
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1")).eq(PurchaseKeys.skPrefix(Year.of(2026))).list()))
        .hasSize(6);
  }

  @Test
  void eqOfADatePrefixIsTheWholeDay() {
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1")).eq(PurchaseKeys.skPrefix(date("2026-03-15"))).list()))
        .containsExactly("o3", "o4");
  }

  @Test
  void eqOfAFullKeyIsOneItem() {
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1")).eq(PurchaseKeys.sk(date("2026-03-15"), "o4")).list()))
        .containsExactly("o4");
  }

  @Test
  void betweenPrefixesIncludesEveryKeyThatStartsWithTheUpperPrefix() {
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1"))
        .between(PurchaseKeys.skPrefix(date("2026-03-01")), PurchaseKeys.skPrefix(date("2026-03-31"))).list()))
        .containsExactly("o2", "o3", "o4", "o5");
  }

  @Test
  void betweenFullKeysIsInclusive() {
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1"))
        .between(PurchaseKeys.sk(date("2026-03-01"), "o2"), PurchaseKeys.sk(date("2026-03-15"), "o3")).list()))
        .containsExactly("o2", "o3");
  }

  @Test
  void gtOfAPrefixStartsAfterAllKeysWithIt() {
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1")).gt(PurchaseKeys.skPrefix(date("2026-03-15"))).list()))
        .containsExactly("o5", "o6");
  }

  @Test
  void geOfAPrefixStartsAtTheFirstKeyWithIt() {
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1")).ge(PurchaseKeys.skPrefix(date("2026-03-15"))).list()))
        .containsExactly("o3", "o4", "o5", "o6");
  }

  @Test
  void ltOfAPrefixEndsBeforeTheFirstKeyWithIt() {
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1")).lt(PurchaseKeys.skPrefix(date("2026-03-15"))).list()))
        .containsExactly("o1", "o2");
  }

  @Test
  void leOfAPrefixEndsAfterTheLastKeyWithIt() {
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1")).le(PurchaseKeys.skPrefix(date("2026-03-15"))).list()))
        .containsExactly("o1", "o2", "o3", "o4");
  }

  @Test
  void fullKeyComparisonsCompareTheValue() {
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1")).gt(PurchaseKeys.sk(date("2026-03-15"), "o3")).list()))
        .containsExactly("o4", "o5", "o6");
    assertThat(ids(purchases.query(PurchaseKeys.pk("u1")).le(PurchaseKeys.sk(date("2026-03-15"), "o3")).list()))
        .containsExactly("o1", "o2", "o3");
  }

  @Test
  void theStatusIndexServesOrdersByStatusAcrossUsers() {
    assertThat(ids(purchases.query(PurchaseKeys.gsi1Pk(Status.PENDING)).beginsWith(PurchaseKeys.gsi1SkPrefix()).list()))
        .containsExactly("o3", "o4", "o7", "o5");
    assertThat(ids(purchases.query(PurchaseKeys.gsi1Pk(Status.PENDING))
        .eq(PurchaseKeys.gsi1SkPrefix(date("2026-03-15"))).list()))
        .containsExactly("o3", "o4", "o7");
  }

  @Test
  void theLsiSortsAUsersOrdersByAmountWithConsistentReads() {
    assertThat(ids(purchases.query(PurchaseKeys.lsi1Pk("u1")).ge(PurchaseKeys.lsi1Sk(300))
        .descending().consistentRead().list()))
        .containsExactly("o6", "o5", "o4", "o3");
  }

  @Test
  void aPrefixNearTheSortKeyLimitStillBoundsItsRange() {
    // "FOLLOWS#" + 1,014 x: a 1,022-byte prefix. prefix + U+10FFFF would be 1,026 bytes, over
    // DynamoDB's 1,024-byte limit on sort key values in a key condition.
    String x = "x".repeat(1014);
    // The keys that start with the prefix fill the 2 bytes left, up to U+07FF, the highest 2-byte
    // character: the end of the range must be at or above it by DynamoDB's byte order.
    List<String> inRange = List.of(x.substring(1) + "w", x, x + "a", x + "zz", x + "\u00e9", x + "\u07ff");
    for (String to : inRange) {
      follows.put(new Follow("u1", to, null));
    }
    follows.put(new Follow("u1", x.substring(1) + "y", null));
    SortKey prefix = SortKey.prefix(null, "SK", "FOLLOWS#" + x);

    assertThat(follows.query(FollowKeys.pk("u1")).le(prefix).list()).extracting(Follow::to)
        .containsExactlyElementsOf(inRange);
    assertThat(follows.query(FollowKeys.pk("u1")).gt(prefix).list()).extracting(Follow::to)
        .containsExactly(x.substring(1) + "y");
    assertThat(follows.query(FollowKeys.pk("u1")).between(FollowKeys.skPrefix(), prefix).count()).isEqualTo(6);
  }
}
