package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.EntityTable;
import dev.singletable.InvalidKeyException;
import dev.singletable.ItemAlreadyExistsException;
import dev.singletable.PrimaryKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CrudTest extends StoreFixture {

  private static final Customer ALICE =
      new Customer("u1", "Alice", "alice@example.com", Instant.parse("2026-03-01T10:00:00Z"));
  private static final Purchase ORDER = new Purchase("u1", LocalDate.parse("2026-03-15"), "ORD-001",
      Status.PENDING, 4999, null, List.of("gift", "express"), Map.of("prod_A", 2));

  @Test
  void putThenGetReturnsTheSameRecord() {
    customers.put(ALICE);
    purchases.put(ORDER);

    assertThat(customers.get(CustomerKeys.key("u1"))).contains(ALICE);
    assertThat(purchases.get(PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "ORD-001"))).contains(ORDER);
    assertThat(purchases.getConsistent(PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "ORD-001")))
        .contains(ORDER);
  }

  @Test
  void putThenGetReturnsTheSameBean() {
    Product phone = new Product("p1", "Phone", "electronics", 19900, true);
    products.put(phone);

    assertThat(products.get(ProductKeys.key("p1"))).contains(phone);
  }

  @Test
  void itemsCarryTheSeedKeysAndTheTypeAttribute() {
    purchases.put(ORDER);

    Map<String, AttributeValue> raw = client.getItem(r -> r.tableName(store.tableName())
        .key(PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "ORD-001").toAttributeMap())).item();
    assertThat(raw).containsEntry("PK", AttributeValue.fromS("USER#u1"))
        .containsEntry("SK", AttributeValue.fromS("ORDER#2026-03-15#ORD-001"))
        .containsEntry("GSI1PK", AttributeValue.fromS("STATUS#PENDING"))
        .containsEntry("GSI1SK", AttributeValue.fromS("ORDER#2026-03-15#ORD-001"))
        .containsEntry("LSI1SK", AttributeValue.fromS("AMOUNT#0000000000000004999"))
        .containsEntry("entityType", AttributeValue.fromS("Order"))
        .containsEntry("total", AttributeValue.fromN("4999"))
        .doesNotContainKeys("GSI2PK", "GSI2SK", "flaggedAt");
  }

  @Test
  void getOfAMissingKeyIsEmpty() {
    assertThat(customers.get(CustomerKeys.key("nobody"))).isEmpty();
  }

  @Test
  void putOverwritesAndCreateRefusesAnExistingKey() {
    customers.create(ALICE);
    Customer renamed = new Customer("u1", "Alice B.", "alice@example.com", ALICE.createdAt());

    assertThatThrownBy(() -> customers.create(renamed))
        .isInstanceOf(ItemAlreadyExistsException.class)
        .hasMessageContaining("Customer")
        .hasMessageContaining("PK=USER#u1, SK=PROFILE")
        .satisfies(e -> assertThat(((ItemAlreadyExistsException) e).key()).isEqualTo(CustomerKeys.key("u1")));
    assertThat(customers.get(CustomerKeys.key("u1"))).contains(ALICE);

    customers.put(renamed);
    assertThat(customers.get(CustomerKeys.key("u1"))).contains(renamed);
  }

  @Test
  void deleteReturnsTheDeletedItem() {
    customers.put(ALICE);

    assertThat(customers.delete(CustomerKeys.key("u1"))).contains(ALICE);
    assertThat(customers.get(CustomerKeys.key("u1"))).isEmpty();
    assertThat(customers.delete(CustomerKeys.key("u1"))).isEmpty();
  }

  @Test
  void aKeyOfAnotherEntityIsRefusedBeforeAnyRequest() {
    // The table does not exist: a request would fail with ResourceNotFoundException instead.
    EntityTable<Purchase> nowhere = missingTable().entity(Purchase.class);
    PrimaryKey customerKey = CustomerKeys.key("u1");

    assertThatThrownBy(() -> nowhere.get(customerKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Key PK=USER#u1, SK=PROFILE is not a key of Purchase")
        .hasMessageContaining("SK \"PROFILE\" (template \"PROFILE\") does not fit its template \"ORDER#<date>#<orderId>\"");
    assertThatThrownBy(() -> nowhere.delete(customerKey)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> nowhere.update(customerKey)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anItemOfAnotherEntityAtAKeyOfThisOneIsNeitherReadNorDeleted() {
    // Other code wrote a Customer at an order's key: the key fits, the type attribute tells.
    PrimaryKey orderKey = PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "o1");
    Map<String, AttributeValue> item = new java.util.HashMap<>(orderKey.toAttributeMap());
    item.put("entityType", AttributeValue.fromS("Customer"));
    client.putItem(r -> r.tableName(store.tableName()).item(item));

    assertThatThrownBy(() -> purchases.get(orderKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a Customer, not a Purchase");
    assertThatThrownBy(() -> purchases.delete(orderKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the item there is a Customer; it was kept");
    assertThat(client.getItem(r -> r.tableName(store.tableName()).key(orderKey.toAttributeMap())).hasItem()).isTrue();
  }

  @Test
  void nullPrimaryKeyValuesAreRefusedBeforeAnyRequestListingEveryOne() {
    // The table does not exist: a request would fail with ResourceNotFoundException instead.
    Purchase incomplete = new Purchase(null, LocalDate.parse("2026-03-15"), null, Status.PENDING, 1, null, null, null);

    assertThatThrownBy(() -> missingTable().entity(Purchase.class).put(incomplete))
        .isInstanceOf(InvalidKeyException.class)
        .hasMessageContaining("Purchase")
        .hasMessageContaining("PK template \"USER#<userId>\" needs <userId>")
        .hasMessageContaining("SK template \"ORDER#<date>#<orderId>\" needs <orderId>")
        .satisfies(e -> assertThat(((InvalidKeyException) e).missingPlaceholders()).containsExactly("userId", "orderId"));
    assertThatThrownBy(() -> PurchaseKeys.key(null, null, "o1"))
        .isInstanceOf(InvalidKeyException.class)
        .satisfies(e -> assertThat(((InvalidKeyException) e).missingPlaceholders()).containsExactly("userId", "date"));
  }

  @Test
  void aClassThatIsNotAnEntityOfTheTableIsRefused() {
    assertThatThrownBy(() -> store.entity(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String is not an entity of table " + store.tableName())
        .hasMessageContaining("Customer, Purchase, Product, Sample, Visit, Follow");
  }

  @Test
  void theEnhancedTableSharesTheGeneratedSchema() {
    purchases.enhanced().putItem(ORDER);

    assertThat(purchases.get(PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "ORD-001"))).contains(ORDER);
    assertThat(purchases.enhanced().getItem(PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "ORD-001")
        .toEnhancedKey())).isEqualTo(ORDER);
  }
}
