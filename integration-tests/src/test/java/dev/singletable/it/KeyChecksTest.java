package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Condition;
import dev.singletable.EntityTable;
import dev.singletable.PartitionKey;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import dev.singletable.SortKey;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Keys know where they belong: another entity's or another table's key is refused before any
 * request (the table does not exist, so a request would fail with ResourceNotFoundException), where
 * it used to return an empty list.
 */
class KeyChecksTest extends StoreFixture {

  @Test
  void anEntityQueryRefusesAPartitionKeyOfAnotherEntity() {
    SingleTable nowhere = missingTable();

    assertThatThrownBy(() -> nowhere.entity(Product.class).query(CustomerKeys.gsi1Pk("ann@example.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Partition key GSI1PK = \"USER#ann@example.com\" (index GSI1, template \"USER#<email>\")"
            + " is not a key of Product in GSI GSI1 of table " + nowhere.tableName())
        .hasMessageContaining("it does not fit Product \"CAT#<category>\"");
    assertThatThrownBy(() -> nowhere.entity(Purchase.class).query(ProductKeys.keysGsiPk(true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Purchase has no Keys-GSIPK key there (only Product has one)");
  }

  @Test
  void anEntityQueryRefusesASortKeyOfAnotherEntity() {
    EntityTable<Purchase> nowhere = missingTable().entity(Purchase.class);

    assertThatThrownBy(() -> nowhere.query(PurchaseKeys.pk("u1")).gt(FollowKeys.skPrefix()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sort key SK prefix \"FOLLOWS#\"")
        .hasMessageContaining("is not a key beginning of Purchase")
        .hasMessageContaining("\"ORDER#<date>#<orderId>\"");
    assertThatThrownBy(() -> nowhere.query(PurchaseKeys.pk("u1")).between(PurchaseKeys.skPrefix(), CustomerKeys.sk()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SK = \"PROFILE\"");
  }

  @Test
  void aSharedPartitionKeyTemplateIsFineOnEitherEntity() {
    follows.put(new Follow("u1", "u2", null));
    customers.put(new Customer("u1", "Ann", "ann@example.com", null));

    // Customer's USER#<userId> and Follow's USER#<from> render the same partition keys.
    assertThat(follows.query(CustomerKeys.pk("u1")).list()).extracting(Follow::to).containsExactly("u2");
    assertThat(store.query(FollowKeys.pk("u1")).items().list()).hasSize(2);
  }

  @Test
  void aMixedQueryTakesKeysOfAnyEntityButNotOfAnotherTable() {
    SingleTable nowhere = missingTable();
    PartitionKey otherTables = PartitionKey.of(null, "PK", "TENANT#t1");

    assertThatThrownBy(() -> nowhere.query(otherTables))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a key of any entity of the table in table " + nowhere.tableName())
        .hasMessageContaining("Customer \"USER#<userId>\"");
    assertThatThrownBy(() -> nowhere.query(CustomerKeys.pk("u1")).ge(SortKey.of(null, "SK", "INVOICE#1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keysMadeByHandWorkWhereTheyFitTheTemplates() {
    for (int day = 1; day <= 3; day++) {
      purchases.put(Purchase.of("u1", "2026-03-0" + day, "o" + day, Status.PENDING, day));
    }

    assertThat(purchases.query(PartitionKey.of(null, "PK", "USER#u1")).ge(SortKey.of(null, "SK", "ORDER#2026-03-02"))
        .list()).extracting(Purchase::orderId).containsExactly("o2", "o3");
    assertThat(purchases.get(PrimaryKey.of(PartitionKey.of(null, "PK", "USER#u1"),
        SortKey.of(null, "SK", "ORDER#2026-03-01#o1")))).isPresent();
    // A whole key must be a whole rendering: a date that is no date is not an order's key.
    assertThatThrownBy(() -> purchases.get(PrimaryKey.of(PartitionKey.of(null, "PK", "USER#u1"),
        SortKey.of(null, "SK", "ORDER#2026-13-01#o1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SK \"ORDER#2026-13-01#o1\" does not fit its template \"ORDER#<date>#<orderId>\"");
    assertThatThrownBy(() -> purchases.query(PurchaseKeys.pk("u1")).eq(SortKey.of(null, "SK", "ORDER#2026")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void getDeleteAndUpdateRefuseKeysOfOtherEntities() {
    EntityTable<Customer> nowhere = missingTable().entity(Customer.class);
    PrimaryKey order = PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "o1");

    assertThatThrownBy(() -> nowhere.get(order)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a key of Customer");
    assertThatThrownBy(() -> nowhere.getConsistent(order)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> nowhere.delete(order)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> nowhere.update(order)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void transactionDeletesAndChecksRefuseKeysOfOtherEntitiesAsTheirSingleWritesDo() {
    SingleTable nowhere = missingTable(); // no table: a request would fail otherwise
    EntityTable<Customer> customers = nowhere.entity(Customer.class);
    PrimaryKey order = PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "o1");

    assertThatThrownBy(() -> nowhere.transactWrite(tx -> tx.delete(customers, order)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a key of Customer");
    assertThatThrownBy(() -> nowhere.transactWrite(tx -> tx.check(customers, order,
            Condition.attributeExists(CustomerAttributes.EMAIL))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a key of Customer");
  }
}
