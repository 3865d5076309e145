package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.Condition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A mixed query's filter applies to the entities whose attributes it reads, negations included (issue 12, point 6). */
class MixedFilterScopeTest extends StoreFixture {

  private static final LocalDate DAY = LocalDate.parse("2026-03-15");

  @Test
  void aNegativeFilterOnOneEntityNeverLetsAnotherEntitysItemsThrough() {
    Customer ann = new Customer("u1", "Ann", "ann@example.com", null);
    Purchase unflagged = Purchase.of("u1", DAY.toString(), "o1", Status.PENDING, 10);
    Purchase flagged = Purchase.of("u1", DAY.toString(), "o2", Status.PENDING, 20).flagged(Instant.parse("2026-03-16T00:00:00Z"));
    customers.put(ann);
    purchases.put(unflagged);
    purchases.put(flagged);

    assertThat(store.query(CustomerKeys.pk("u1")).filter(Condition.attributeNotExists(PurchaseAttributes.FLAGGED_AT))
        .items().list()).containsExactly(unflagged);
    assertThat(store.query(CustomerKeys.pk("u1")).filter(Condition.not(Condition.eq(PurchaseAttributes.TOTAL, 20L)))
        .items().list()).containsExactly(unflagged);
    assertThat(store.query(CustomerKeys.pk("u1")).filter(Condition.attributeNotExists(PurchaseAttributes.FLAGGED_AT))
        .count()).isEqualTo(1);
  }

  @Test
  void itemsWithoutATypeAttributeAreScopedByTheirKeys() {
    Purchase unflagged = Purchase.of("u2", DAY.toString(), "o1", Status.PENDING, 10);
    purchases.put(unflagged);
    client.putItem(r -> r.tableName(store.tableName()).item(Map.of("PK", AttributeValue.fromS("USER#u2"),
        "SK", AttributeValue.fromS("PROFILE"), "name", AttributeValue.fromS("Untyped"))));

    assertThat(store.query(CustomerKeys.pk("u2")).filter(Condition.attributeNotExists(PurchaseAttributes.FLAGGED_AT))
        .items().list()).containsExactly(unflagged);
    assertThat(store.query(CustomerKeys.pk("u2")).filter(Condition.attributeNotExists(CustomerAttributes.EMAIL))
        .items().list()).containsExactly(new Customer("u2", "Untyped", null, null));
  }
}
