package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Items;
import dev.singletable.MalformedItemException;
import dev.singletable.ReadPolicy;
import dev.singletable.UnknownItemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Key properties come from the key (issue 12, point 2), and items other code wrote without a type
 * attribute are read by the shape of their keys (issue 10, point 3). Properties an item lacks are
 * taken from the index keys that hold them (issue 11, point 4: seed 001's JavaScript flags an
 * order with {@code GSI2SK} alone).
 */
class KeyIsTheTruthTest extends StoreFixture {

  private static final LocalDate DAY = LocalDate.parse("2026-03-15");

  private static Map<String, AttributeValue> orderWithoutKeyProperties(String userId, String orderId) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("PK", AttributeValue.fromS("USER#" + userId));
    item.put("SK", AttributeValue.fromS("ORDER#" + DAY + "#" + orderId));
    item.put("entityType", AttributeValue.fromS("Order"));
    item.put("status", AttributeValue.fromS("PENDING"));
    item.put("total", AttributeValue.fromN("7"));
    return item;
  }

  @Test
  void missingKeyPropertiesAreTakenFromTheKey() {
    putRaw(orderWithoutKeyProperties("u1", "o1"));

    Purchase read = purchases.get(PurchaseKeys.key("u1", DAY, "o1")).orElseThrow();

    assertThat(read.userId()).isEqualTo("u1");
    assertThat(read.date()).isEqualTo(DAY);
    assertThat(read.orderId()).isEqualTo("o1");
    assertThat(purchases.query(PurchaseKeys.pk("u1")).list()).containsExactly(read);
  }

  @Test
  void aKeyPropertyThatDisagreesWithTheKeyIsRefusedNamingBothValues() {
    Map<String, AttributeValue> liar = orderWithoutKeyProperties("liar", "o7");
    liar.put("userId", AttributeValue.fromS("victim"));
    putRaw(liar);

    assertThatThrownBy(() -> purchases.get(PurchaseKeys.key("liar", DAY, "o7")))
        .isInstanceOf(MalformedItemException.class)
        .hasMessageContaining("attribute userId holds S \"victim\"")
        .hasMessageContaining("\"liar\", the value in its key PK = USER#liar");
    assertThatThrownBy(() -> store.query(PurchaseKeys.pk("liar")).items()).isInstanceOf(MalformedItemException.class);
  }

  @Test
  void anItemWithoutATypeAttributeIsReadByTheShapeOfItsKey() {
    putRaw(Map.of("PK", AttributeValue.fromS("USER#js-1"), "SK", AttributeValue.fromS("PROFILE"),
        "name", AttributeValue.fromS("Jo"), "email", AttributeValue.fromS("jo@example.com")));
    Map<String, AttributeValue> order = orderWithoutKeyProperties("js-1", "o1");
    order.remove("entityType");
    putRaw(order);

    Customer jo = new Customer("js-1", "Jo", "jo@example.com", null);
    assertThat(customers.get(CustomerKeys.key("js-1"))).contains(jo);
    Items items = store.query(CustomerKeys.pk("js-1")).items();
    assertThat(items.list()).hasSize(2);
    assertThat(items.first(Customer.class)).contains(jo);
    assertThat(items.all(Purchase.class)).extracting(Purchase::orderId).containsExactly("o1");
    assertThat(purchases.query(PurchaseKeys.pk("js-1")).list()).extracting(Purchase::orderId).containsExactly("o1");
    assertThat(customers.query(CustomerKeys.pk("js-1")).list()).containsExactly(jo);
    assertThat(customers.delete(CustomerKeys.key("js-1"))).contains(jo);
  }

  @Test
  void anItemOfNoEntityIsKeptRawByDefaultAndRefusedUnderFail() {
    putRaw(Map.of("PK", AttributeValue.fromS("USER#u9"), "SK", AttributeValue.fromS("SETTINGS"),
        "theme", AttributeValue.fromS("dark")));
    putRaw(Map.of("PK", AttributeValue.fromS("USER#u9"), "SK", AttributeValue.fromS("WISH#1"),
        "entityType", AttributeValue.fromS("Wish")));

    Items items = store.query(CustomerKeys.pk("u9")).items();
    assertThat(items.list()).isEmpty();
    assertThat(items.unrecognized()).hasSize(2);
    assertThatThrownBy(() -> store.query(CustomerKeys.pk("u9")).onUnknownItems(ReadPolicy.FAIL).items())
        .isInstanceOf(UnknownItemException.class)
        .hasMessageContaining("PK=USER#u9, SK=SETTINGS")
        .hasMessageContaining("has no type attribute entityType and its key fits no entity's key templates");
    assertThat(store.query(CustomerKeys.pk("u9")).onUnknownItems(ReadPolicy.SKIP).items().unrecognized()).isEmpty();
    assertThatThrownBy(() -> store.query(CustomerKeys.pk("u9")).list(StoreItem.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is of no entity of table");
    assertThat(store.query(CustomerKeys.pk("u9")).onUnknownItems(ReadPolicy.SKIP).list(StoreItem.class))
        .isEqualTo(List.of());
  }

  @Test
  void anAbsentPropertyIsTakenFromTheIndexKeyThatHoldsIt() {
    Instant flaggedAt = Instant.parse("2026-03-16T08:00:00.250Z");
    Map<String, AttributeValue> flagged = orderWithoutKeyProperties("u2", "o2");
    // As seed 001's JavaScript flags an order: the index key alone, no flaggedAt attribute.
    flagged.put("GSI2PK", AttributeValue.fromS("FLAGGED"));
    flagged.put("GSI2SK", AttributeValue.fromS(PurchaseKeys.gsi2Sk(flaggedAt, "o2").value()));
    putRaw(flagged);

    Purchase read = purchases.get(PurchaseKeys.key("u2", DAY, "o2")).orElseThrow();

    assertThat(read.flaggedAt()).isEqualTo(flaggedAt);
    assertThat(purchases.query(PurchaseKeys.gsi2Pk()).list()).containsExactly(read);
    purchases.put(read.withStatus(Status.SHIPPED)); // a put of what was read keeps the order flagged
    assertThat(purchases.query(PurchaseKeys.gsi2Pk()).list()).containsExactly(read.withStatus(Status.SHIPPED));
  }

  @Test
  void anIndexKeyNeverOverridesAnAttributeAndOneThatDoesNotParseIsLeftAlone() {
    Instant stored = Instant.parse("2026-03-16T08:00:00Z");
    Map<String, AttributeValue> disagreeing = orderWithoutKeyProperties("u3", "o3");
    disagreeing.put("flaggedAt", AttributeValue.fromS(stored.toString()));
    disagreeing.put("GSI2PK", AttributeValue.fromS("FLAGGED"));
    disagreeing.put("GSI2SK", AttributeValue.fromS(PurchaseKeys.gsi2Sk(stored.plusSeconds(60), "o3").value()));
    putRaw(disagreeing);
    Map<String, AttributeValue> foreign = orderWithoutKeyProperties("u3", "o4");
    foreign.put("GSI2PK", AttributeValue.fromS("FLAGGED"));
    foreign.put("GSI2SK", AttributeValue.fromS("yesterday#o4"));
    putRaw(foreign);

    assertThat(purchases.get(PurchaseKeys.key("u3", DAY, "o3")).orElseThrow().flaggedAt()).isEqualTo(stored);
    assertThat(purchases.get(PurchaseKeys.key("u3", DAY, "o4")).orElseThrow().flaggedAt()).isNull();
  }
}
