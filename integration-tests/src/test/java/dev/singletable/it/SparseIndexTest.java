package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A null placeholder leaves the item out of that index (seed 001's flagged orders). */
class SparseIndexTest extends StoreFixture {

  @Test
  void onlyFlaggedOrdersAreInTheFlaggedIndexInFlagTimeOrder() {
    Purchase quiet = Purchase.of("u1", "2026-03-15", "o1", Status.PENDING, 100);
    Purchase late = Purchase.of("u1", "2026-03-16", "o2", Status.PENDING, 9_999_999).flagged(Instant.parse("2026-03-17T09:00:00Z"));
    Purchase early = Purchase.of("u2", "2026-03-10", "o3", Status.SHIPPED, 5_000_000).flagged(Instant.parse("2026-03-11T08:30:00.5Z"));
    purchases.put(quiet);
    purchases.put(late);
    purchases.put(early);

    assertThat(purchases.query(PurchaseKeys.gsi2Pk()).list()).containsExactly(early, late);
    assertThat(purchases.query(PurchaseKeys.gsi2Pk()).beginsWith(PurchaseKeys.gsi2SkPrefix(LocalDate.parse("2026-03-17"))).list())
        .containsExactly(late);
  }

  @Test
  void unflaggingAnOrderTakesItOutOfTheIndex() {
    Purchase flagged = Purchase.of("u1", "2026-03-15", "o1", Status.PENDING, 100).flagged(Instant.parse("2026-03-15T12:00:00Z"));
    purchases.put(flagged);
    assertThat(purchases.query(PurchaseKeys.gsi2Pk()).list()).containsExactly(flagged);

    Purchase unflagged = flagged.flagged(null);
    purchases.put(unflagged);

    assertThat(purchases.query(PurchaseKeys.gsi2Pk()).list()).isEmpty();
    assertThat(purchases.get(PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "o1"))).contains(unflagged);
  }

  @Test
  void aNullIndexPlaceholderWritesNeitherIndexKeyAttribute() {
    purchases.put(Purchase.of("u1", "2026-03-15", "o1", null, 100));

    var raw = client.getItem(r -> r.tableName(store.tableName())
        .key(PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "o1").toAttributeMap())).item();
    assertThat(raw).doesNotContainKeys("GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK", "status")
        .containsEntry("LSI1SK", AttributeValue.fromS("AMOUNT#0000000000000000100"));
    assertThat(purchases.query(PurchaseKeys.gsi1Pk(Status.PENDING)).list()).isEmpty();
  }
}
