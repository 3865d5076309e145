package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Condition;
import dev.singletable.ConditionFailedException;
import dev.singletable.ItemAlreadyExistsException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConditionsAndFiltersTest extends StoreFixture {

  private static final LocalDate DAY = LocalDate.parse("2026-03-15");

  @BeforeEach
  void orders() {
    purchases.put(new Purchase("u1", DAY, "o1", Status.PENDING, 100, null, List.of("gift"), Map.of("a", 1)));
    purchases.put(new Purchase("u1", DAY, "o2", Status.SHIPPED, 2500, null, List.of("gift", "express"), Map.of()));
    purchases.put(new Purchase("u1", DAY, "o3", Status.PENDING, 9000, null, List.of(), Map.of("a", 1, "b", 2)));
    customers.put(new Customer("u1", "Alice", "alice@example.com", null));
  }

  private List<String> filtered(Condition<Purchase> condition) {
    return purchases.query(PurchaseKeys.pk("u1")).filter(condition).list().stream().map(Purchase::orderId).toList();
  }

  @Test
  void filtersSelectItemsByEveryKindOfCondition() {
    assertThat(filtered(Condition.eq(PurchaseAttributes.STATUS, Status.PENDING))).containsExactly("o1", "o3");
    assertThat(filtered(Condition.ne(PurchaseAttributes.STATUS, Status.PENDING))).containsExactly("o2");
    assertThat(filtered(Condition.gt(PurchaseAttributes.TOTAL, 100L))).containsExactly("o2", "o3");
    assertThat(filtered(Condition.le(PurchaseAttributes.TOTAL, 2500L))).containsExactly("o1", "o2");
    assertThat(filtered(Condition.between(PurchaseAttributes.TOTAL, 100L, 2500L))).containsExactly("o1", "o2");
    assertThat(filtered(Condition.contains(PurchaseAttributes.TAGS, "express"))).containsExactly("o2");
    assertThat(filtered(Condition.size(PurchaseAttributes.QUANTITIES).ge(1))).containsExactly("o1", "o3");
    assertThat(filtered(Condition.beginsWith(PurchaseAttributes.ORDER_ID, "o"))).containsExactly("o1", "o2", "o3");
    assertThat(filtered(Condition.not(Condition.eq(PurchaseAttributes.STATUS, Status.PENDING)))).containsExactly("o2");
    assertThat(filtered(Condition.eq(PurchaseAttributes.STATUS, Status.SHIPPED)
        .or(Condition.lt(PurchaseAttributes.TOTAL, 200L)))).containsExactly("o1", "o2");
    assertThat(filtered(Condition.and(Condition.eq(PurchaseAttributes.STATUS, Status.PENDING),
        Condition.gt(PurchaseAttributes.TOTAL, 1000L)))).containsExactly("o3");
    assertThat(filtered(Condition.attributeExists(PurchaseAttributes.FLAGGED_AT))).isEmpty();
    assertThat(filtered(Condition.attributeNotExists(PurchaseAttributes.FLAGGED_AT))).hasSize(3);
  }

  @Test
  void countsFollowTheTypeAndTheFilter() {
    assertThat(purchases.query(PurchaseKeys.pk("u1")).count()).isEqualTo(3);
    assertThat(purchases.query(PurchaseKeys.pk("u1")).filter(Condition.eq(PurchaseAttributes.STATUS, Status.PENDING))
        .count()).isEqualTo(2);
    assertThat(store.query(PurchaseKeys.pk("u1")).count()).isEqualTo(4);
    assertThat(store.query(PurchaseKeys.pk("u1")).filter(Condition.eq(CustomerAttributes.NAME, "Alice")).count())
        .isEqualTo(1);
    assertThat(purchases.query(PurchaseKeys.pk("u1")).limit(2).count()).isEqualTo(2);
  }

  @Test
  void aMixedQueryFilterKeepsOnlyItemsItHoldsFor() {
    assertThat(store.query(PurchaseKeys.pk("u1")).filter(Condition.gt(PurchaseAttributes.TOTAL, 1000L)).items().list())
        .extracting(item -> ((Purchase) item).orderId()).containsExactly("o2", "o3");
  }

  @Test
  void aConditionalPutWritesOnlyWhenItHolds() {
    Purchase replacement = new Purchase("u1", DAY, "o1", Status.SHIPPED, 100, null, List.of(), Map.of());

    assertThatThrownBy(() -> purchases.put(replacement, Condition.eq(PurchaseAttributes.STATUS, Status.SHIPPED)))
        .isInstanceOf(ConditionFailedException.class)
        .satisfies(e -> assertThat(((ConditionFailedException) e).currentItem(Purchase.class).map(Purchase::status))
            .contains(Status.PENDING));
    purchases.put(replacement, Condition.eq(PurchaseAttributes.STATUS, Status.PENDING));

    assertThat(purchases.get(PurchaseKeys.key("u1", DAY, "o1"))).contains(replacement);
  }

  @Test
  void aConditionalDeleteKeepsTheItemWhenItDoesNotHold() {
    assertThatThrownBy(() -> purchases.delete(PurchaseKeys.key("u1", DAY, "o2"),
        Condition.eq(PurchaseAttributes.STATUS, Status.PENDING)))
        .isInstanceOf(ConditionFailedException.class);
    assertThat(purchases.get(PurchaseKeys.key("u1", DAY, "o2"))).isPresent();

    assertThat(purchases.delete(PurchaseKeys.key("u1", DAY, "o2"), Condition.eq(PurchaseAttributes.STATUS, Status.SHIPPED)))
        .isPresent();
    assertThat(purchases.get(PurchaseKeys.key("u1", DAY, "o2"))).isEmpty();
  }

  @Test
  void createCarriesTheExistingItem() {
    assertThatThrownBy(() -> customers.create(new Customer("u1", "Other", "o@example.com", null)))
        .isInstanceOf(ItemAlreadyExistsException.class)
        .satisfies(e -> assertThat(((ItemAlreadyExistsException) e).currentItem(Customer.class).map(Customer::name))
            .contains("Alice"));
  }

  @Test
  void conditionsOnSetsConvertElementsLikeTheSchema() {
    visits.put(new Visit("home", 0, 1, Set.of("ann", "bob"), List.of()));

    assertThat(visits.query(VisitKeys.pk("home")).filter(Condition.contains(VisitAttributes.VISITORS, "bob")).count())
        .isEqualTo(1);
    assertThat(visits.query(VisitKeys.pk("home")).filter(Condition.contains(VisitAttributes.VISITORS, "eve")).count())
        .isZero();
  }

  @Test
  void aSecondFilterIsRefused() {
    assertThatThrownBy(() -> purchases.query(PurchaseKeys.pk("u1"))
        .filter(Condition.eq(PurchaseAttributes.STATUS, Status.PENDING))
        .filter(Condition.gt(PurchaseAttributes.TOTAL, 1L)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Condition.and");
  }
}
