package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Items;
import dev.singletable.Page;
import dev.singletable.ReadPolicy;
import dev.singletable.UnknownItemException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A user's item collection read back as typed groups, counts and a typed visitor (the generated
 * {@code StoreVisitor}), the same for a mixed page; raw items stay visible.
 */
class ItemCollectionsTest extends StoreFixture {

  private static final Customer ANN = new Customer("u1", "Ann", "ann@example.com", Instant.parse("2026-01-01T00:00:00Z"));
  private static final Purchase FIRST = Purchase.of("u1", "2026-03-01", "o1", Status.PENDING, 100);
  private static final Purchase SECOND = Purchase.of("u1", "2026-03-02", "o2", Status.SHIPPED, 200);
  private static final Follow FOLLOW = new Follow("u1", "u2", null);

  @BeforeEach
  void aCollectionOfThreeEntities() {
    customers.put(ANN);
    purchases.put(FIRST);
    purchases.put(SECOND);
    follows.put(FOLLOW);
  }

  /** Describes each item; the compiler checks that every entity of the table has its method. */
  static class Describe implements StoreVisitor<String> {
    @Override
    public String visitCustomer(Customer customer) {
      return "profile " + customer.name();
    }

    @Override
    public String visitPurchase(Purchase purchase) {
      return "order " + purchase.orderId();
    }

    @Override
    public String visitProduct(Product product) {
      return "product " + product.getProductId();
    }

    @Override
    public String visitSample(Sample sample) {
      return "sample";
    }

    @Override
    public String visitVisit(Visit visit) {
      return "visit";
    }

    @Override
    public String visitFollow(Follow follow) {
      return "follows " + follow.to();
    }
  }

  /** Other code writes a note into the collection: a type the table does not know. */
  private void putNoteOfNoEntity() {
    client.putItem(r -> r.tableName(store.tableName()).item(Map.of(
        "PK", AttributeValue.fromS("USER#u1"),
        "SK", AttributeValue.fromS("NOTE#1"),
        "entityType", AttributeValue.fromS("Note"))));
  }

  @Test
  void itemsAreGroupedAndCountedByEntityInTheOrderTheyCame() {
    Items items = store.query(CustomerKeys.pk("u1")).items();

    assertThat(items.byType()).containsExactly(
        Map.entry(Follow.class, List.of(FOLLOW)),
        Map.entry(Purchase.class, List.of(FIRST, SECOND)),
        Map.entry(Customer.class, List.of(ANN)));
    assertThat(items.counts()).containsExactly(Map.entry(Follow.class, 1), Map.entry(Purchase.class, 2),
        Map.entry(Customer.class, 1));
    assertThat(items.count(Purchase.class)).isEqualTo(2);
    assertThat(items.count(StoreItem.class)).isEqualTo(4);
    assertThat(items.count(Product.class)).isZero();
  }

  @Test
  void theGeneratedVisitorCallsTheMethodOfEachItemsEntity() {
    assertThat(store.query(CustomerKeys.pk("u1")).items().visit(new Describe()))
        .containsExactly("follows u2", "order o1", "order o2", "profile Ann");
  }

  @Test
  void aSealedInterfaceTypesTheWholeList() {
    List<StoreItem> typed = store.query(CustomerKeys.pk("u1")).items().list(StoreItem.class);

    assertThat(typed).containsExactly(FOLLOW, FIRST, SECOND, ANN);
    assertThatThrownBy(() -> store.query(CustomerKeys.pk("u1")).items().list(Purchase.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is a dev.singletable.it.Follow, which is not a dev.singletable.it.Purchase");
  }

  @Test
  void rawItemsAreVisitedInTheirPlaceAndRefusedByDefault() {
    putNoteOfNoEntity();
    Items items = store.query(CustomerKeys.pk("u1")).items();

    assertThat(items.unrecognized()).hasSize(1);
    assertThat(items.size()).isEqualTo(4);
    assertThatThrownBy(() -> items.visit(new Describe()))
        .isInstanceOf(UnknownItemException.class)
        .hasMessageContaining("The item at PK=USER#u1, SK=NOTE#1 is of no entity of the table")
        .hasMessageContaining("StoreVisitor does not override visitUnrecognized");
    assertThat(items.visit(new Describe() {
      @Override
      public String visitUnrecognized(Map<String, AttributeValue> item) {
        return "raw " + item.get("SK").s();
      }
    })).containsExactly("follows u2", "raw NOTE#1", "order o1", "order o2", "profile Ann");
    assertThat(store.query(CustomerKeys.pk("u1")).onUnknownItems(ReadPolicy.SKIP).items().visit(new Describe()))
        .hasSize(4);
  }

  @Test
  void aMixedPageGivesTheSameItems() {
    putNoteOfNoEntity();
    Page<Object> first = store.query(CustomerKeys.pk("u1")).limit(3).page();
    Page<Object> second = store.query(CustomerKeys.pk("u1")).limit(3).after(first.cursor()).page();

    Items items = Items.of(first);
    assertThat(items.list()).containsExactly(FOLLOW, FIRST);
    assertThat(items.unrecognized()).singleElement().satisfies(raw -> assertThat(raw.get("SK").s()).isEqualTo("NOTE#1"));
    assertThat(items.counts()).containsExactly(Map.entry(Follow.class, 1), Map.entry(Purchase.class, 1));
    assertThat(Items.of(second).visit(new Describe())).containsExactly("order o2", "profile Ann");
  }
}
