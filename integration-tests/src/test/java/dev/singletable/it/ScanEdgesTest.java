package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Condition;
import dev.singletable.Items;
import dev.singletable.MalformedItemException;
import dev.singletable.Page;
import dev.singletable.ReadPolicy;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Scans over items other code wrote, cursors that belong to another scan, and bad input. */
class ScanEdgesTest extends StoreFixture {

  private static final Map<String, AttributeValue> REFUND = Map.of(
      "PK", AttributeValue.fromS("USER#u1"), "SK", AttributeValue.fromS("REFUND#r1"),
      "entityType", AttributeValue.fromS("Refund"));

  @BeforeEach
  void someItems() {
    customers.put(new Customer("u1", "Alice", "alice@example.com", Instant.EPOCH));
    for (int i = 0; i < 5; i++) {
      purchases.put(Purchase.of("u1", "2026-03-1" + i, "o" + i, i % 2 == 0 ? Status.PENDING : Status.SHIPPED, i));
    }
  }

  @Test
  void anItemWithoutATypeAttributeComesBackWhenItsKeyIsTheEntitys() {
    putRaw(Map.of("PK", AttributeValue.fromS("USER#u9"), "SK", AttributeValue.fromS("PROFILE"),
        "name", AttributeValue.fromS("Written elsewhere")));

    assertThat(customers.scan().list()).extracting(Customer::userId).containsExactlyInAnyOrder("u1", "u9");
    assertThat(customers.scan().count()).isEqualTo(2);
    assertThat(purchases.scan().count()).isEqualTo(5);
  }

  @Test
  void anItemOfNoEntityIsKeptRawInAWholeTableScan() {
    putRaw(REFUND);

    Items items = store.scan().items();
    assertThat(items.size()).isEqualTo(6);
    assertThat(items.unrecognized()).containsExactly(REFUND);
    assertThat(store.scan().page().items()).contains(REFUND);
    assertThat(store.scan().onUnknownItems(ReadPolicy.SKIP).items().unrecognized()).isEmpty();
    assertThat(store.scan().count()).isEqualTo(7);
    assertThat(customers.scan().list()).hasSize(1);
  }

  @Test
  void aMalformedItemFailsNamingItsAttributeOrIsSkipped() {
    Map<String, AttributeValue> order = rawOf(Purchase.of("u2", "2026-01-01", "bad", Status.PENDING, 1));
    order.put("total", AttributeValue.fromS("abc"));
    putRaw(order);

    assertThatThrownBy(() -> purchases.scan().segments(2).list())
        .isInstanceOf(MalformedItemException.class)
        .hasMessageContaining("attribute total holds S \"abc\"");
    assertThat(purchases.scan().onMalformedItems(ReadPolicy.SKIP).list()).hasSize(5);
  }

  @Test
  void aFilterKeepsMatchingItemsOfTheEntity() {
    assertThat(purchases.scan().filter(Condition.eq(PurchaseAttributes.STATUS, Status.SHIPPED)).list())
        .extracting(Purchase::orderId).containsExactlyInAnyOrder("o1", "o3");
    assertThat(store.scan().filter(Condition.eq(PurchaseAttributes.STATUS, Status.PENDING)).items().size()).isEqualTo(3);
  }

  @Test
  void aWholeTableFilterKeepsToTheEntitiesItReads() {
    // attributeNotExists holds for the customer too; the filter is scoped to orders by their type
    assertThat(store.scan().filter(Condition.attributeNotExists(PurchaseAttributes.FLAGGED_AT)).items().list())
        .hasSize(5).allMatch(item -> item instanceof Purchase);
    assertThat(store.scan().filter(Condition.attributeNotExists(PurchaseAttributes.FLAGGED_AT)).count()).isEqualTo(5);
  }

  @Test
  void aCursorContinuesOnlyTheScanItComesFrom() {
    String cursor = purchases.scan().segments(2).limit(2).page().cursor();
    assertThat(cursor).isNotNull();
    Page<Purchase> next = purchases.scan().segments(2).limit(2).after(cursor).page();
    assertThat(next.items()).hasSize(2);

    assertThatThrownBy(() -> purchases.scan().segments(3).after(cursor).page())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in 2 segments, not 3");
    assertThatThrownBy(() -> customers.scan().segments(2).after(cursor).page())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comes from another scan");
    assertThatThrownBy(() -> store.scan().segments(2).after(cursor).page())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comes from another scan");
    assertThatThrownBy(() -> purchases.scan().segments(2)
        .filter(Condition.eq(PurchaseAttributes.STATUS, Status.SHIPPED)).after(cursor).page())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comes from another scan");
    assertThatThrownBy(() -> missingTable().entity(Purchase.class).scan().segments(2).after(cursor).page())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comes from another scan");
  }

  @Test
  void aTableWithACursorKeySealsScanCursors() {
    var sealing = store.withOptions(store.options().toBuilder()
        .cursorKey("0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8)).build());
    java.util.List<Purchase> read = new java.util.ArrayList<>();
    String cursor = null;
    do {
      Page<Purchase> page = sealing.entity(Purchase.class).scan().segments(2).limit(2).after(cursor).page();
      read.addAll(page.items());
      cursor = page.cursor();
      if (cursor != null) {
        String sealed = cursor;
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(sealed), java.nio.charset.StandardCharsets.ISO_8859_1))
            .doesNotContain("USER#u1");
        assertThatThrownBy(() -> purchases.scan().segments(2).after(sealed))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("this table has no cursor key");
      }
    } while (cursor != null);

    assertThat(read).hasSize(5).doesNotHaveDuplicates();
    String plain = purchases.scan().segments(2).limit(2).page().cursor();
    assertThatThrownBy(() -> sealing.entity(Purchase.class).scan().segments(2).after(plain))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("this table seals its cursors");
  }

  @Test
  void aScanReportsTheCapacityItConsumes() {
    java.util.List<String> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
    var listened = store.withOptions(store.options().toBuilder()
        .capacityListener((operation, capacity) -> reported.add(operation + " " + capacity.capacityUnits())).build());

    listened.scan().segments(2).items();

    assertThat(reported).hasSizeGreaterThanOrEqualTo(2).allMatch(line -> line.startsWith("Scan "));
  }

  @Test
  void aChangedCursorIsRefusedWhenGiven() {
    String cursor = store.scan().limit(2).page().cursor();
    char[] changed = cursor.toCharArray();
    changed[changed.length / 2] = changed[changed.length / 2] == 'A' ? 'B' : 'A';

    assertThatThrownBy(() -> store.scan().after(new String(changed)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("or was changed");
    assertThatThrownBy(() -> store.scan().after("not a cursor"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.scan().after(store.query(CustomerKeys.pk("u1")).limit(1).page().cursor()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badOptionsAreRefusedWhenGiven() {
    assertThatThrownBy(() -> store.scan().segments(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 1 to 1000000");
    assertThatThrownBy(() -> store.scan().segments(2, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.scan().limit(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> purchases.scan().filter(Condition.eq(PurchaseAttributes.STATUS, Status.SHIPPED))
        .filter(Condition.eq(PurchaseAttributes.TOTAL, 1L))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anEmptyTableScansToNothing() {
    var empty = StoreSchema.table(client, dev.singletable.testing.DynamoDbLocal.uniqueTableName("empty"));
    empty.createTable();

    assertThat(empty.scan().segments(3).items().list()).isEmpty();
    Page<Object> page = empty.scan().segments(3).limit(10).page();
    assertThat(page.items()).isEmpty();
    assertThat(page.cursor()).isNull();
    assertThat(empty.entity(Customer.class).scan().count()).isZero();
  }
}
