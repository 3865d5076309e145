package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Condition;
import dev.singletable.Page;
import dev.singletable.SingleTable;
import dev.singletable.TableOptions;
import dev.singletable.testing.DynamoDbServer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A cursor continues only the query it came from. Before, a cursor of another partition reached
 * DynamoDB and came back as its raw "The provided starting key does not match the range key
 * predicate"; now every misuse is an IllegalArgumentException before the request.
 */
class CursorBindingTest extends StoreFixture {

  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NEXT_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
  private static final LocalDate DAY = LocalDate.parse("2026-03-01");

  @BeforeEach
  void twoUsersWithOrders() {
    for (String user : List.of("alice@example.com", "bob@example.com")) {
      for (int i = 0; i < 5; i++) {
        purchases.put(Purchase.of(user, DAY.plusDays(i).toString(), "o" + i, i % 2 == 0 ? Status.PENDING : Status.SHIPPED, i));
      }
      follows.put(new Follow(user, "carol", null));
    }
  }

  @Test
  void aCursorOfAnotherPartitionIsRefusedBeforeAnyRequest(DynamoDbServer server) {
    String cursor = purchases.query(PurchaseKeys.pk("alice@example.com")).limit(2).page().cursor();
    RequestLog log = new RequestLog();
    try (DynamoDbClient client = log.client(server)) {
      var orders = StoreSchema.table(client, store.tableName()).entity(Purchase.class);

      assertThatThrownBy(() -> orders.query(PurchaseKeys.pk("bob@example.com")).limit(2).after(cursor).page())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("belongs to another query than the query of Order on table " + store.tableName()
              + ", PK = \"USER#bob@example.com\"");
    }
    assertThat(log.queries).isEmpty();
  }

  @Test
  void aCursorContinuesOnlyTheSameIndexSortConditionDirectionFilterAndEntity() {
    String cursor = purchases.query(PurchaseKeys.pk("alice@example.com")).beginsWith(PurchaseKeys.skPrefix())
        .limit(2).page().cursor();

    List<Runnable> others = List.of(
        () -> purchases.query(PurchaseKeys.pk("alice@example.com")).beginsWith(PurchaseKeys.skPrefix(DAY)).after(cursor).list(),
        () -> purchases.query(PurchaseKeys.pk("alice@example.com")).ge(PurchaseKeys.skPrefix(DAY)).after(cursor).list(),
        () -> purchases.query(PurchaseKeys.pk("alice@example.com")).beginsWith(PurchaseKeys.skPrefix()).descending()
            .after(cursor).list(),
        () -> purchases.query(PurchaseKeys.pk("alice@example.com")).beginsWith(PurchaseKeys.skPrefix())
            .filter(Condition.eq(PurchaseAttributes.STATUS, Status.PENDING)).after(cursor).list(),
        () -> store.query(PurchaseKeys.pk("alice@example.com")).beginsWith(PurchaseKeys.skPrefix()).after(cursor).items(),
        () -> purchases.query(PurchaseKeys.lsi1Pk("alice@example.com")).after(cursor).list(),
        () -> StoreSchema.table(client, missingTable().tableName()).entity(Purchase.class)
            .query(PurchaseKeys.pk("alice@example.com")).beginsWith(PurchaseKeys.skPrefix()).after(cursor).list());
    for (Runnable other : others) {
      assertThatThrownBy(other::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another query");
    }
    // The same query takes it, whatever the page size, and so do keys() and count() of it, and a
    // query that sends the same request: an order query without condition reads "ORDER#..." too.
    assertThat(purchases.query(PurchaseKeys.pk("alice@example.com")).after(cursor).list()).hasSize(3);
    assertThat(purchases.query(PurchaseKeys.pk("alice@example.com")).beginsWith(PurchaseKeys.skPrefix())
        .after(cursor).limit(10).list()).hasSize(3);
    assertThat(purchases.query(PurchaseKeys.pk("alice@example.com")).beginsWith(PurchaseKeys.skPrefix())
        .after(cursor).keys()).hasSize(3);
    assertThat(purchases.query(PurchaseKeys.pk("alice@example.com")).beginsWith(PurchaseKeys.skPrefix())
        .after(cursor).count()).isEqualTo(3);
  }

  @Test
  void aChangedCursorIsRefused() {
    String cursor = purchases.query(PurchaseKeys.pk("alice@example.com")).limit(2).page().cursor();
    String changed = cursor.substring(0, 5) + (cursor.charAt(5) == 'A' ? 'B' : 'A') + cursor.substring(6);

    assertThatThrownBy(() -> purchases.query(PurchaseKeys.pk("alice@example.com")).after(changed).list())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cursor \"" + changed.substring(0, Math.min(changed.length(), 45)));
  }

  @Test
  void withACursorKeyCursorsHideTheirValuesAndStillPage() {
    SingleTable sealed = store.withOptions(TableOptions.builder().cursorKey(KEY).build());
    // A GSI cursor holds the table key of the last item: here the user's email.
    String readable = purchases.query(PurchaseKeys.gsi1Pk(Status.PENDING)).limit(1).page().cursor();
    String hidden = sealed.entity(Purchase.class).query(PurchaseKeys.gsi1Pk(Status.PENDING)).limit(1).page().cursor();

    assertThat(decoded(readable)).contains("@example.com");
    assertThat(decoded(hidden)).doesNotContain("example");
    assertThat(pages(sealed, 2)).containsExactlyElementsOf(pages(store, 2));
  }

  @Test
  void aTableWithAKeyRefusesUnsealedCursorsAndOldKeysWorkUntilDropped() {
    SingleTable sealed = store.withOptions(TableOptions.builder().cursorKey(KEY).build());
    String plain = purchases.query(PurchaseKeys.pk("alice@example.com")).limit(2).page().cursor();
    String old = sealed.entity(Purchase.class).query(PurchaseKeys.pk("alice@example.com")).limit(2).page().cursor();

    assertThatThrownBy(() -> sealed.entity(Purchase.class).query(PurchaseKeys.pk("alice@example.com")).after(plain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seals its cursors");
    SingleTable rotated = store.withOptions(TableOptions.builder().cursorKey(NEXT_KEY, KEY).build());
    assertThat(rotated.entity(Purchase.class).query(PurchaseKeys.pk("alice@example.com")).after(old).list())
        .extracting(Purchase::orderId).containsExactly("o2", "o3", "o4");
    SingleTable dropped = store.withOptions(TableOptions.builder().cursorKey(NEXT_KEY).build());
    assertThatThrownBy(() -> dropped.entity(Purchase.class).query(PurchaseKeys.pk("alice@example.com")).after(old).list())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no longer has");
  }

  private static String decoded(String cursor) {
    return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
  }

  private static List<String> pages(SingleTable table, int size) {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<Purchase> page = table.entity(Purchase.class).query(PurchaseKeys.gsi1Pk(Status.PENDING)).limit(size)
          .after(cursor).page();
      page.items().forEach(p -> seen.add(p.userId() + "/" + p.orderId()));
      cursor = page.cursor();
    } while (cursor != null);
    return seen;
  }
}
