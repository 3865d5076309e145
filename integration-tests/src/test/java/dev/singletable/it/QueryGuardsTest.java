package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.PartitionKey;
import dev.singletable.SortKey;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Bad queries fail before any request: each runs on a table that does not exist, so a request
 * would fail with ResourceNotFoundException instead.
 */
class QueryGuardsTest extends StoreFixture {

  @Test
  void consistentReadOnAGsiIsRefused() {
    assertThatThrownBy(() -> missingTable().entity(Purchase.class).query(PurchaseKeys.gsi1Pk(Status.PENDING)).consistentRead())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("consistentRead() is not available on GSI GSI1")
        .hasMessageContaining("eventual consistency");
  }

  @Test
  void aSortKeyOfAnotherIndexIsRefused() {
    assertThatThrownBy(() -> missingTable().entity(Purchase.class).query(PurchaseKeys.pk("u1"))
        .beginsWith(PurchaseKeys.gsi1SkPrefix()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GSI1SK prefix \"ORDER#\" (index GSI1")
        .hasMessageContaining("does not belong to table");
    assertThatThrownBy(() -> missingTable().query(PurchaseKeys.lsi1Pk("u1")).eq(PurchaseKeys.sk(LocalDate.parse("2026-03-15"), "o1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LSI LSI1");
  }

  @Test
  void aPartitionKeyOfAnUnknownIndexIsRefused() {
    assertThatThrownBy(() -> missingTable().query(PartitionKey.of("GSI9", "GSI9PK", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no index GSI9")
        .hasMessageContaining("GSI1, GSI2, LSI1, ByCategory-GSI, Keys-GSI, Inverted");
  }

  @Test
  void aSecondSortConditionIsRefused() {
    assertThatThrownBy(() -> missingTable().query(PurchaseKeys.pk("u1"))
        .beginsWith(PurchaseKeys.skPrefix()).gt(PurchaseKeys.skPrefix()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one sort key condition");
  }

  @Test
  void anInvertedBetweenIsRefused() {
    assertThatThrownBy(() -> missingTable().entity(Purchase.class).query(PurchaseKeys.pk("u1"))
        .between(PurchaseKeys.skPrefix(LocalDate.parse("2026-04-01")), PurchaseKeys.skPrefix(LocalDate.parse("2026-03-01")))
        .list())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower bound sorts above the upper bound");
  }

  @Test
  void aCursorOfAnotherIndexOrGarbageIsRefused() {
    purchases.put(Purchase.of("u1", "2026-03-15", "o1", Status.PENDING, 1));
    purchases.put(Purchase.of("u1", "2026-03-16", "o2", Status.PENDING, 1));
    String gsiCursor = purchases.query(PurchaseKeys.gsi1Pk(Status.PENDING)).limit(1).page().cursor();
    assertThat(gsiCursor).isNotNull();

    assertThatThrownBy(() -> purchases.query(PurchaseKeys.pk("u1")).after(gsiCursor).list())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belongs to another query than the query of Order on table " + store.tableName());
    assertThatThrownBy(() -> purchases.query(PurchaseKeys.pk("u1")).after("not-a-cursor"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a cursor");
  }

  @Test
  void readingEntitiesThroughAKeysOnlyIndexIsRefused() {
    assertThatThrownBy(() -> missingTable().entity(Product.class).query(ProductKeys.keysGsiPk(true)).list())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("projects KEYS_ONLY");
  }

  @Test
  void emptyFullSortKeysAndOversizedKeysAreRefused() {
    assertThatThrownBy(() -> SortKey.of(null, "SK", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> PurchaseKeys.pk("x".repeat(2100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2105 bytes")
        .hasMessageContaining("USER#<userId>");
  }
}
