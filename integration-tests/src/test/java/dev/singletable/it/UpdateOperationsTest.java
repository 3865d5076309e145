package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Condition;
import dev.singletable.ConditionFailedException;
import dev.singletable.InvalidKeyException;
import dev.singletable.ItemNotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpdateOperationsTest extends StoreFixture {

  private static final LocalDate DAY = LocalDate.parse("2026-03-15");

  @Test
  void countersSetsAndListsChangeAtomically() {
    visits.put(new Visit("home", 3, 10, Set.of("ann"), List.of("a")));

    Visit updated = visits.update(VisitKeys.key("home", 3))
        .add(VisitAttributes.VIEWS, 5L)
        .add(VisitAttributes.VISITORS, Set.of("bob", "cid"))
        .append(VisitAttributes.LOG, List.of("b", "c"))
        .execute();

    assertThat(updated).isEqualTo(new Visit("home", 3, 15, Set.of("ann", "bob", "cid"), List.of("a", "b", "c")));
    Visit fewer = visits.update(VisitKeys.key("home", 3)).delete(VisitAttributes.VISITORS, Set.of("ann", "cid")).execute();
    assertThat(fewer.visitors()).containsExactly("bob");
  }

  @Test
  void anUpsertCreatesAWholeTypedItemAndAPatchRefusesAMissingOne() {
    assertThatThrownBy(() -> visits.update(VisitKeys.key("about", 1)).add(VisitAttributes.VIEWS, 1L).patch().execute())
        .isInstanceOf(ItemNotFoundException.class)
        .hasMessageContaining("no item has PK=PAGE#about, SK=VIEWS#0000000001");
    assertThat(visits.get(VisitKeys.key("about", 1))).isEmpty();

    Visit created = visits.update(VisitKeys.key("about", 1)).add(VisitAttributes.VIEWS, 1L).execute();

    assertThat(created).isEqualTo(new Visit("about", 1, 1, null, null));
    assertThat(visits.get(VisitKeys.key("about", 1))).contains(created);
    assertThat(store.query(VisitKeys.pk("about")).items().all(Visit.class)).containsExactly(created);
  }

  @Test
  void removeTakesAnAttributeAway() {
    purchases.put(new Purchase("u1", DAY, "o1", Status.PENDING, 1, null, List.of("gift"), java.util.Map.of()));

    Purchase updated = purchases.update(PurchaseKeys.key("u1", DAY, "o1")).remove(PurchaseAttributes.TAGS).execute();

    assertThat(updated.tags()).isNull();
  }

  @Test
  void anIndexKeyWithAnUnknownPlaceholderFailsBeforeAnyRequestNamingIt() {
    // price is in ByCategory-GSI's sort key PRICE#<price>; its partition key CAT#<category> needs category.
    assertThatThrownBy(() -> missingTable().entity(Product.class).update(ProductKeys.key("p1"))
        .set(ProductUpdate.price(500)).execute())
        .isInstanceOf(InvalidKeyException.class)
        .hasMessageContaining("ByCategory-GSI")
        .hasMessageContaining("ByCategory-GSIPK template \"CAT#<category>\"")
        .hasMessageContaining("needs <category>")
        .satisfies(e -> assertThat(((InvalidKeyException) e).missingPlaceholders()).containsExactly("category"));
  }

  @Test
  void aSuppliedCurrentValueRendersTheKeyAndIsChecked() {
    products.put(new Product("p1", "Phone", "electronics", 19900, true));

    Product cheaper = products.update(ProductKeys.key("p1"))
        .set(ProductUpdate.price(9900))
        .with(ProductAttributes.CATEGORY, "electronics")
        .execute();

    assertThat(cheaper.getPrice()).isEqualTo(9900);
    assertThat(products.query(ProductKeys.byCategoryGsiPk("electronics")).keys()).containsExactly(ProductKeys.key("p1"));
    assertThat(products.query(ProductKeys.byCategoryGsiPk("electronics")).eq(ProductKeys.byCategoryGsiSk(9900)).keys())
        .containsExactly(ProductKeys.key("p1"));

    assertThatThrownBy(() -> products.update(ProductKeys.key("p1"))
        .set(ProductUpdate.price(1)).with(ProductAttributes.CATEGORY, "toys").execute())
        .isInstanceOf(ConditionFailedException.class)
        .satisfies(e -> assertThat(((ConditionFailedException) e).currentItem(Product.class)).contains(cheaper));
    assertThat(products.get(ProductKeys.key("p1"))).contains(cheaper);
    assertThat(products.query(ProductKeys.byCategoryGsiPk("toys")).keys()).isEmpty();
  }

  @Test
  void keysAndPlaceholderDeltasCannotChange() {
    assertThatThrownBy(() -> purchases.update(PurchaseKeys.key("u1", DAY, "o1")).set(PurchaseAttributes.ORDER_ID, "o2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placeholder of the primary key")
        .hasMessageContaining("keys cannot change");
    assertThatThrownBy(() -> purchases.update(PurchaseKeys.key("u1", DAY, "o1")).add(PurchaseAttributes.TOTAL, 5L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LSI1SK template \"AMOUNT#<total>\"");
    assertThatThrownBy(() -> purchases.update(PurchaseKeys.key("u1", DAY, "o1"))
        .set(PurchaseUpdate.total(1)).set(PurchaseUpdate.total(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> purchases.update(PurchaseKeys.key("u1", DAY, "o1")).execute())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changes nothing");
    assertThatThrownBy(() -> purchases.update(CustomerKeys.key("u1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit its template \"ORDER#<date>#<orderId>\"");
  }

  @Test
  void anUpdateNeverChangesAnotherEntitysItem() {
    // Keys of other entities do not parse as Visit keys; an item written by other code can still
    // sit at a Visit key with another type.
    client.putItem(r -> r.tableName(store.tableName()).item(java.util.Map.of(
        "PK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("PAGE#home"),
        "SK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("VIEWS#0000000001"),
        "entityType", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("Customer"))));

    assertThatThrownBy(() -> visits.update(VisitKeys.key("home", 1)).add(VisitAttributes.VIEWS, 1L).execute())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the item there is a Customer; it was kept");
  }

  @Test
  void aConditionGuardsTheUpdateAndTheFailureCarriesTheCurrentItem() {
    Purchase pending = Purchase.of("u1", DAY.toString(), "o1", Status.PENDING, 100);
    purchases.put(pending);

    Purchase shipped = purchases.update(PurchaseKeys.key("u1", DAY, "o1"))
        .set(PurchaseUpdate.status(Status.SHIPPED))
        .condition(Condition.eq(PurchaseAttributes.STATUS, Status.PENDING))
        .execute();
    assertThat(shipped.status()).isEqualTo(Status.SHIPPED);

    assertThatThrownBy(() -> purchases.update(PurchaseKeys.key("u1", DAY, "o1"))
        .set(PurchaseUpdate.status(Status.DELIVERED))
        .condition(Condition.eq(PurchaseAttributes.STATUS, Status.PENDING))
        .execute())
        .isInstanceOf(ConditionFailedException.class)
        .hasMessageContaining("condition does not hold")
        .satisfies(e -> {
          ConditionFailedException failed = (ConditionFailedException) e;
          assertThat(failed.currentItem(Purchase.class)).contains(shipped);
          assertThat(failed.currentValues()).containsKey("GSI1PK");
          assertThat(failed.key()).isEqualTo(PurchaseKeys.key("u1", DAY, "o1"));
        });
  }
}
