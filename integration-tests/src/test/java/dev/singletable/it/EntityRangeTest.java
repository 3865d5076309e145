package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.EntityTable;
import dev.singletable.testing.DynamoDbServer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An entity query reads only its entity's part of the item collection. User u1's collection sorts
 * as FOLLOWS#... (10 follows), ORDER#... (10 orders), PROFILE: DynamoDB's ScannedCount, the items it
 * read and charged for, shows that a query of orders reads neither the follows nor the profile.
 */
class EntityRangeTest extends StoreFixture {

  private static final LocalDate DAY = LocalDate.parse("2026-03-01");

  private RequestLog log;
  private DynamoDbClient counted;
  private EntityTable<Purchase> orders;

  @BeforeEach
  void aCollectionOfThreeEntities(DynamoDbServer server) {
    for (int i = 0; i < 10; i++) {
      purchases.put(Purchase.of("u1", DAY.plusDays(i).toString(), "o" + i, Status.PENDING, i));
      follows.put(new Follow("u1", "f" + i, null));
    }
    customers.put(new Customer("u1", "Ann", "ann@example.com", null));
    log = new RequestLog();
    counted = log.client(server);
    orders = StoreSchema.table(counted, store.tableName()).entity(Purchase.class);
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    counted.close();
  }

  @Test
  void geOfAPrefixStopsAtTheEndOfTheOrders() {
    List<Purchase> since = orders.query(PurchaseKeys.pk("u1")).ge(PurchaseKeys.skPrefix(DAY.plusDays(6))).list();

    assertThat(since).extracting(Purchase::orderId).containsExactly("o6", "o7", "o8", "o9");
    assertThat(log.scanned()).isEqualTo(4); // not the profile sorted after them
    assertThat(log.queries.get(0).keyConditionExpression()).contains("BETWEEN");
  }

  @Test
  void ltOfAPrefixStartsAtTheFirstOrder() {
    assertThat(orders.query(PurchaseKeys.pk("u1")).lt(PurchaseKeys.skPrefix(DAY.plusDays(3))).list())
        .extracting(Purchase::orderId).containsExactly("o0", "o1", "o2");
    assertThat(log.scanned()).isEqualTo(3); // not the follows sorted before them
  }

  @Test
  void gtAndLeOfFullKeysKeepTheirExactBounds() {
    assertThat(orders.query(PurchaseKeys.pk("u1")).gt(PurchaseKeys.sk(DAY.plusDays(7), "o7")).list())
        .extracting(Purchase::orderId).containsExactly("o8", "o9");
    assertThat(orders.query(PurchaseKeys.pk("u1")).le(PurchaseKeys.sk(DAY.plusDays(1), "o1")).descending().list())
        .extracting(Purchase::orderId).containsExactly("o1", "o0");
    assertThat(log.scanned()).isEqualTo(4);
  }

  @Test
  void aQueryWithoutConditionReadsOnlyTheEntitysItems() {
    assertThat(orders.query(PurchaseKeys.pk("u1")).list()).hasSize(10);
    assertThat(orders.query(PurchaseKeys.pk("u1")).count()).isEqualTo(10);
    assertThat(log.scanned()).isEqualTo(20);
    log.clear();

    assertThat(StoreSchema.table(counted, store.tableName()).entity(Customer.class).query(CustomerKeys.pk("u1")).list())
        .extracting(Customer::name).containsExactly("Ann");
    assertThat(log.scanned()).isEqualTo(1);
  }

  @Test
  void aMixedQueryStillReadsTheWholeCollection() {
    assertThat(StoreSchema.table(counted, store.tableName()).query(CustomerKeys.pk("u1")).items().list()).hasSize(21);
    assertThat(log.scanned()).isEqualTo(21);
  }

  @Test
  void aRangeOutsideTheEntitySendsNoRequest() {
    assertThat(orders.query(PurchaseKeys.pk("u1")).le(PurchaseKeys.skPrefix()).list()).hasSize(10);
    log.clear();
    // Below every order: a key of the entity before "ORDER#" cannot exist.
    assertThat(orders.query(PurchaseKeys.pk("u1")).lt(PurchaseKeys.skPrefix()).list()).isEmpty();
    assertThat(log.queries).isEmpty();
  }
}
