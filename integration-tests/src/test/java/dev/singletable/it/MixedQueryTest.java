package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Items;
import dev.singletable.Page;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One Query, several entity types: seed 001's getUserWithOrders and seed 003's printed output. */
class MixedQueryTest extends StoreFixture {

  private static final Customer ALICE = new Customer("u1", "Alice", "alice@example.com", Instant.parse("2026-01-01T00:00:00Z"));
  private static final Purchase FIRST = Purchase.of("u1", "2024-01-15", "ORD-001", Status.DELIVERED, 5999);
  private static final Purchase SECOND = Purchase.of("u1", "2024-06-10", "ORD-003", Status.PENDING, 2999);

  @BeforeEach
  void aUserAndTheirOrders() {
    customers.put(ALICE);
    purchases.put(FIRST);
    purchases.put(SECOND);
    purchases.put(Purchase.of("u2", "2024-03-01", "ORD-002", Status.PENDING, 100));
  }

  @Test
  void oneQueryReturnsTheProfileAndTheOrdersEachInItsClass() {
    Items items = store.query(CustomerKeys.pk("u1")).items();

    assertThat(items.list()).containsExactly(FIRST, SECOND, ALICE);
    assertThat(items.first(Customer.class)).contains(ALICE);
    assertThat(items.all(Purchase.class)).containsExactly(FIRST, SECOND);
    assertThat(items.first(Product.class)).isEmpty();
    assertThat(items.unrecognized()).isEmpty();
  }

  @Test
  void theSeedsBetweenOrderAndProfileQueryUsesSortKeysOfTwoEntities() {
    // KeyConditionExpression: PK = :pk AND SK BETWEEN "ORDER#" AND "PROFILE" (seed 001)
    Items items = store.query(CustomerKeys.pk("u1"))
        .between(PurchaseKeys.skPrefix(), CustomerKeys.sk())
        .items();

    assertThat(items.list()).containsExactly(FIRST, SECOND, ALICE);
  }

  @Test
  void aSealedInterfaceGivesEveryItemOneStaticType() {
    List<StoreItem> typed = store.query(CustomerKeys.pk("u1")).list(StoreItem.class);

    assertThat(typed).hasSize(3);
    long orders = typed.stream().filter(item -> item instanceof Purchase).count();
    long profiles = typed.stream().filter(item -> item instanceof Customer).count();
    assertThat(orders).isEqualTo(2);
    assertThat(profiles).isEqualTo(1);
  }

  @Test
  void itemsOfUnknownTypesAreKeptRawAndRefusedByTypedLists() {
    client.putItem(r -> r.tableName(store.tableName()).item(Map.of(
        "PK", AttributeValue.fromS("USER#u1"),
        "SK", AttributeValue.fromS("LEGACY#1"),
        "entityType", AttributeValue.fromS("Legacy"))));

    Items items = store.query(CustomerKeys.pk("u1")).items();
    assertThat(items.list()).hasSize(3);
    assertThat(items.unrecognized()).singleElement()
        .satisfies(raw -> assertThat(raw).containsEntry("SK", AttributeValue.fromS("LEGACY#1")));

    assertThatThrownBy(() -> store.query(CustomerKeys.pk("u1")).list(StoreItem.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PK=USER#u1, SK=LEGACY#1")
        .hasMessageContaining("names no entity");

    Page<Object> page = store.query(CustomerKeys.pk("u1")).page();
    assertThat(page.items()).hasSize(4).anySatisfy(item -> assertThat(item).isInstanceOf(Map.class));
  }

  @Test
  void aTypedListRefusesEntitiesOutsideTheRequestedType() {
    assertThatThrownBy(() -> store.query(CustomerKeys.pk("u1")).list(Customer.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is a Purchase, which is not a dev.singletable.it.Customer");
  }

  @Test
  void anOverloadedIndexServesEveryEntityOnIt() {
    products.put(new Product("p1", "Phone", "electronics", 19900, true));
    products.put(new Product("p2", "Cable", "electronics", 900, true));

    assertThat(store.query(ProductKeys.gsi1Pk("electronics")).beginsWith(ProductKeys.gsi1SkPrefix()).items().list())
        .extracting(item -> ((Product) item).getProductId())
        .containsExactly("p1", "p2");
    assertThat(store.query(CustomerKeys.gsi1Pk("alice@example.com")).items().list()).containsExactly(ALICE);
  }

  @Test
  void mixedPagesFollowEachOther() {
    Page<Object> first = store.query(CustomerKeys.pk("u1")).limit(2).page();
    Page<Object> second = store.query(CustomerKeys.pk("u1")).limit(2).after(first.cursor()).page();

    assertThat(first.items()).containsExactly(FIRST, SECOND);
    assertThat(second.items()).containsExactly(ALICE);
  }
}
