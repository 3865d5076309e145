package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Condition;
import dev.singletable.ConditionFailedException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Upserts write the item a put of their result would, and values DynamoDB or Java cannot hold are
 * refused before the request, naming entity and attribute (issue 12, points 4, 5 and 6).
 */
class WritesDynamoDbRefusesTest extends StoreFixture {

  private static final LocalDate DAY = LocalDate.parse("2026-03-15");

  @Test
  void anUpsertOfARecordWritesPrimitiveDefaultsAndTheIndexKeysTheyImply() {
    Purchase created = purchases.update(PurchaseKeys.key("u1", DAY, "o1")).set(PurchaseUpdate.status(Status.PENDING))
        .execute();

    assertThat(created.total()).isZero();
    assertThat(purchases.query(PurchaseKeys.lsi1Pk("u1")).eq(PurchaseKeys.lsi1Sk(0L)).list()).containsExactly(created);
    assertThat(purchases.query(PurchaseKeys.pk("u1")).filter(Condition.eq(PurchaseAttributes.TOTAL, 0L)).list())
        .containsExactly(created);
  }

  @Test
  void anUpsertOfABeanWritesItsDefaultsSoFiltersAndSparseKeysFindWhatItReadsBack() {
    Product created = products.update(ProductKeys.key("p1")).set(ProductUpdate.name("Desk Mat")).execute();

    assertThat(created.isActive()).isFalse();
    assertThat(products.query(ProductKeys.keysGsiPk(false)).keys()).containsExactly(ProductKeys.key("p1"));
    assertThat(products.query(ProductKeys.pk("p1")).filter(Condition.eq(ProductAttributes.ACTIVE, false)).list())
        .containsExactly(created);
  }

  @Test
  void anUpsertOfAnExistingItemKeepsItsOwnValuesAndKeys() {
    Purchase order = Purchase.of("u1", DAY.toString(), "o2", Status.PENDING, 250);
    purchases.put(order);

    Purchase updated = purchases.update(PurchaseKeys.key("u1", DAY, "o2")).set(PurchaseUpdate.status(Status.SHIPPED))
        .execute();

    assertThat(updated).isEqualTo(order.withStatus(Status.SHIPPED));
    assertThat(purchases.query(PurchaseKeys.lsi1Pk("u1")).eq(PurchaseKeys.lsi1Sk(250L)).list()).containsExactly(updated);
    assertThat(purchases.query(PurchaseKeys.lsi1Pk("u1")).eq(PurchaseKeys.lsi1Sk(0L)).list()).isEmpty();
  }

  @Test
  void anEmptySetIsLeftOutByAPutAndRemovedByAnUpdateAlike() {
    visits.put(new Visit("home", 1, 3, Set.of(), List.of("a")));

    assertThat(raw("PAGE#home", "VIEWS#0000000001")).doesNotContainKey("visitors").containsKey("log");
    assertThat(visits.get(VisitKeys.key("home", 1)).orElseThrow().visitors()).isNull();

    visits.update(VisitKeys.key("home", 1)).set(VisitUpdate.visitors(Set.of("ann"))).execute();
    Visit emptied = visits.update(VisitKeys.key("home", 1)).set(VisitUpdate.visitors(Set.of())).execute();
    assertThat(emptied.visitors()).isNull();
    assertThat(raw("PAGE#home", "VIEWS#0000000001")).doesNotContainKey("visitors");
  }

  @Test
  void nanAndInfinityAreRefusedNamingEntityAndAttribute() {
    var gauges = GaugesSchema.table(client, dev.singletable.testing.DynamoDbLocal.uniqueTableName("gauges"));
    gauges.createTable();
    var table = gauges.entity(Gauge.class);

    assertThatThrownBy(() -> table.put(new Gauge("g1", Double.NaN, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot write Gauge: attribute ratio cannot be stored in DynamoDB");
    assertThatThrownBy(() -> table.update(GaugeKeys.key("g1")).set(GaugeUpdate.peak(Double.POSITIVE_INFINITY)).execute())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Gauge.peak cannot be Infinity");
    assertThat(table.get(GaugeKeys.key("g1"))).isEmpty();
  }

  @Test
  void anAddThatWouldCarryALongPastItsRangeWritesNothingAndSaysWhy() {
    visits.put(new Visit("home", 2, Long.MAX_VALUE - 5, null, null));

    assertThatThrownBy(() -> visits.update(VisitKeys.key("home", 2)).add(VisitAttributes.VIEWS, 6L).execute())
        .isInstanceOf(ConditionFailedException.class)
        .hasMessageContaining("Cannot add 6 to Visit.views")
        .hasMessageContaining("the sum 9223372036854775808 would not fit its Java type Long; nothing was written");
    assertThat(visits.update(VisitKeys.key("home", 2)).add(VisitAttributes.VIEWS, 5L).execute().views())
        .isEqualTo(Long.MAX_VALUE);
    assertThat(visits.update(VisitKeys.key("home", 3)).add(VisitAttributes.VIEWS, Long.MIN_VALUE).execute().views())
        .isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> visits.update(VisitKeys.key("home", 3)).add(VisitAttributes.VIEWS, -1L).execute())
        .isInstanceOf(ConditionFailedException.class)
        .hasMessageContaining("would not fit");
    assertThat(raw("PAGE#home", "VIEWS#0000000002")).containsEntry("views", AttributeValue.fromN(Long.toString(Long.MAX_VALUE)));
  }

  @Test
  void aHandMadePrimaryKeyWithOtherAttributeNamesIsRefusedBeforeAnyRequest() {
    dev.singletable.PrimaryKey handMade = dev.singletable.PrimaryKey.of(
        dev.singletable.PartitionKey.of(null, "pk", "USER#u1"), dev.singletable.SortKey.of(null, "sk", "PROFILE"));
    var customersOfNoTable = missingTable().entity(Customer.class);

    assertThatThrownBy(() -> customersOfNoTable.get(handMade))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pk");
    assertThatThrownBy(() -> customersOfNoTable.delete(handMade)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> customersOfNoTable.update(handMade)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTableNameGivenAtRunTimeIsCheckedBeforeAnyRequest() {
    assertThatThrownBy(() -> StoreSchema.table(client, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Table name \"\" is not a valid DynamoDB table name");
    assertThatThrownBy(() -> StoreSchema.table(client, "has space"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private java.util.Map<String, AttributeValue> raw(String pk, String sk) {
    return client.getItem(r -> r.tableName(store.tableName()).consistentRead(true)
        .key(java.util.Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))).item();
  }
}
