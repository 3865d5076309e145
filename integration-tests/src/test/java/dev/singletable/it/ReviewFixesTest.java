package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Attribute;
import dev.singletable.Condition;
import dev.singletable.Page;
import dev.singletable.testing.DynamoDbServer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Keys shared by two indexes, upserts, primitives, sparse limits, cursors and reserved attributes. */
class ReviewFixesTest extends StoreFixture {

  private static final LocalDate DAY = LocalDate.parse("2026-03-15");

  @Test
  void anInvertedIndexListsFollowersAndUpdatesNeverTouchTheTableKeys() {
    follows.put(new Follow("ann", "bob", null));
    follows.put(new Follow("cid", "bob", null));
    follows.put(new Follow("bob", "ann", null));

    assertThat(follows.query(FollowKeys.invertedPk("bob")).list()).extracting(Follow::from).containsExactly("ann", "cid");
    // Both Inverted keys are the table's SK and PK, which no update may write.
    Follow updated = follows.update(FollowKeys.key("ann", "bob"))
        .set(FollowUpdate.since(Instant.parse("2026-01-01T00:00:00Z"))).execute();
    assertThat(updated.since()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(follows.get(FollowKeys.key("ann", "bob"))).contains(updated);
  }

  @Test
  void anUpsertWritesTheIndexKeysThePrimaryKeyDetermines() {
    visits.update(VisitKeys.key("about", 2)).add(VisitAttributes.VIEWS, 1L).execute();

    assertThat(visits.query(VisitKeys.gsi1Pk("about")).list())
        .containsExactly(new Visit("about", 2, 1, null, null));
  }

  @Test
  void primitivePlaceholdersCannotBeRemoved() {
    purchases.put(Purchase.of("u1", DAY.toString(), "o1", Status.PENDING, 100));

    assertThatThrownBy(() -> purchases.update(PurchaseKeys.key("u1", DAY, "o1")).remove(PurchaseAttributes.TOTAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("its property is primitive");
    assertThatThrownBy(() -> purchases.update(PurchaseKeys.key("u1", DAY, "o1")).with(PurchaseAttributes.TOTAL, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(purchases.query(PurchaseKeys.lsi1Pk("u1")).keys()).hasSize(1);
  }

  @Test
  void keyAndTypeAttributesCannotBeUpdatedDirectly() {
    assertThatThrownBy(() -> purchases.update(PurchaseKeys.key("u1", DAY, "o1"))
        .set(Attribute.<Purchase, String>of(Purchase.class, "GSI1PK"), "zz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key or the type attribute");
    assertThatThrownBy(() -> purchases.update(PurchaseKeys.key("u1", DAY, "o1"))
        .set(Attribute.<Purchase, String>of(Purchase.class, "entityType"), "User"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oversizedIndexKeysAreRefusedBeforeAnyRequest() {
    Product huge = new Product("p1", "Phone", "x".repeat(3000), 1, true);

    assertThatThrownBy(() -> missingTable().entity(Product.class).put(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Product key attribute GSI1PK of template \"CAT#<category>\"")
        .hasMessageContaining("at most 2048");
  }

  @Test
  void aFewMatchesAmongManyItemsCostAFewRequests(DynamoDbServer server) {
    for (int i = 0; i < 300; i++) {
      purchases.put(Purchase.of("u1", DAY.plusDays(i).toString(), "o" + i, Status.SHIPPED, i));
    }
    customers.put(new Customer("u1", "Alice", "a@example.com", null)); // PROFILE sorts after every order
    RequestLog log = new RequestLog();
    try (DynamoDbClient counting = log.client(server)) {
      var table = StoreSchema.table(counting, store.tableName()).entity(Customer.class);

      assertThat(table.query(CustomerKeys.pk("u1")).limit(1).list()).extracting(Customer::name).containsExactly("Alice");
    }
    assertThat(log.queries).hasSizeLessThanOrEqualTo(12); // 1, 2, 4 ... items per request: not one request per item
  }

  @Test
  void pagesCutInsideAResponseContinueExactlyAfterTheLastItemKept() {
    for (int i = 0; i < 60; i++) {
      Status status = i < 40 || i % 2 == 0 ? Status.SHIPPED : Status.PENDING; // sparse, then half
      purchases.put(Purchase.of("u1", DAY.plusDays(i).toString(), "o" + i, status, i));
    }
    List<String> expected = purchases.query(PurchaseKeys.pk("u1"))
        .filter(Condition.eq(PurchaseAttributes.STATUS, Status.PENDING)).list().stream().map(Purchase::orderId).toList();

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<Purchase> page = purchases.query(PurchaseKeys.pk("u1"))
          .filter(Condition.eq(PurchaseAttributes.STATUS, Status.PENDING)).limit(3).after(cursor).page();
      assertThat(page.items()).hasSizeLessThanOrEqualTo(3);
      page.items().forEach(p -> seen.add(p.orderId()));
      cursor = page.cursor();
    } while (cursor != null);

    assertThat(expected).hasSize(10);
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void countStartsAtTheCursor() {
    for (int i = 0; i < 7; i++) {
      purchases.put(Purchase.of("u1", DAY.plusDays(i).toString(), "o" + i, Status.PENDING, i));
    }
    String cursor = purchases.query(PurchaseKeys.pk("u1")).limit(2).page().cursor();

    assertThat(purchases.query(PurchaseKeys.pk("u1")).after(cursor).count()).isEqualTo(5);
    assertThat(purchases.query(PurchaseKeys.pk("u1")).after(cursor).limit(3).count()).isEqualTo(3);
  }
}
