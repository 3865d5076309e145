package dev.singletable.it.plainkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.EntityTable;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * GSIs keyed on plain attributes that store properties ({@link Delivery}'s {@code stage} and
 * {@code courier}), against DynamoDB Local: every write sends the attribute once (DynamoDB refuses
 * an update with two paths on one attribute: "Two document paths overlap"), a {@code null} leaves
 * the sparse index, and the generated key builders query the indexes.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class PlainAttributeIndexKeysTest {

  private static final LocalDate MONDAY = LocalDate.parse("2026-03-16");
  private static final LocalDate TUESDAY = LocalDate.parse("2026-03-17");

  private DynamoDbClient client;
  private SingleTable depot;
  private EntityTable<Delivery> deliveries;

  @BeforeEach
  void createTable(DynamoDbClient client) {
    this.client = client;
    this.depot = DepotSchema.table(client, DynamoDbLocal.uniqueTableName("depot"));
    depot.createTable();
    this.deliveries = depot.entity(Delivery.class);
  }

  private static Delivery delivery(String id, Stage stage, String courier, LocalDate due) {
    return new Delivery("d1", id, stage, courier, due, 12);
  }

  private Map<String, AttributeValue> raw(String deliveryId) {
    return client.getItem(r -> r.tableName(depot.tableName()).key(DeliveryKeys.key("d1", deliveryId).toAttributeMap()))
        .item();
  }

  private List<String> byStage(Stage stage) {
    return deliveries.query(DeliveryKeys.byStagePk(stage)).list().stream().map(Delivery::deliveryId).toList();
  }

  private List<String> byCourier(String courier) {
    return deliveries.query(DeliveryKeys.byCourierPk(courier)).list().stream().map(Delivery::deliveryId).toList();
  }

  @Test
  void aPutWritesEachAttributeOnceAndTheKeyBuildersQueryTheIndexes() {
    Delivery a = delivery("a", Stage.LOADED, "ann", TUESDAY);
    deliveries.put(a);
    deliveries.put(delivery("b", Stage.LOADED, "ann", MONDAY));
    deliveries.put(delivery("c", Stage.OUT, "bob", MONDAY));

    assertThat(deliveries.get(DeliveryKeys.key("d1", "a"))).contains(a);
    assertThat(raw("a")).containsEntry("stage", AttributeValue.fromS("LOADED"))
        .containsEntry("courier", AttributeValue.fromS("ann"))
        .containsEntry("GSI2SK", AttributeValue.fromS("DUE#2026-03-17#a"))
        .containsOnlyKeys("PK", "SK", "GSI2SK", "entityType", "depotId", "deliveryId", "stage", "courier", "due", "weight");
    assertThat(byStage(Stage.LOADED)).containsExactly("a", "b");
    assertThat(byStage(Stage.OUT)).containsExactly("c");
    assertThat(byCourier("ann")).containsExactly("b", "a");
    assertThat(deliveries.query(DeliveryKeys.byCourierPk("ann")).beginsWith(DeliveryKeys.byCourierSkPrefix(TUESDAY))
        .list()).containsExactly(a);
  }

  @Test
  void anUpdateMovesTheItemWithinTheIndexesWritingEachAttributeOnce() {
    deliveries.put(delivery("a", Stage.LOADED, "ann", MONDAY));

    Delivery out = deliveries.update(DeliveryKeys.key("d1", "a")).set(DeliveryUpdate.stage(Stage.OUT)).patch().execute();
    assertThat(out.stage()).isEqualTo(Stage.OUT);
    assertThat(byStage(Stage.LOADED)).isEmpty();
    assertThat(byStage(Stage.OUT)).containsExactly("a");

    deliveries.update(DeliveryKeys.key("d1", "a"))
        .set(DeliveryUpdate.courier("bob"), DeliveryUpdate.due(TUESDAY)).patch().execute();
    assertThat(byCourier("ann")).isEmpty();
    assertThat(byCourier("bob")).containsExactly("a");
    assertThat(raw("a")).containsEntry("courier", AttributeValue.fromS("bob"))
        .containsEntry("GSI2SK", AttributeValue.fromS("DUE#2026-03-17#a"));

    // Another placeholder of ByCourier's key, with the courier given as it is: the key is rendered again.
    deliveries.update(DeliveryKeys.key("d1", "a")).set(DeliveryUpdate.due(MONDAY))
        .with(DeliveryAttributes.COURIER, "bob").patch().execute();
    assertThat(deliveries.query(DeliveryKeys.byCourierPk("bob")).beginsWith(DeliveryKeys.byCourierSkPrefix(MONDAY))
        .list()).extracting(Delivery::deliveryId).containsExactly("a");
  }

  @Test
  void settingThePropertyToNullTakesTheItemOutOfTheSparseIndex() {
    deliveries.put(delivery("a", Stage.LOADED, "ann", MONDAY));

    deliveries.update(DeliveryKeys.key("d1", "a")).set(DeliveryUpdate.stage(null)).patch().execute();
    deliveries.update(DeliveryKeys.key("d1", "a")).remove(DeliveryAttributes.COURIER).patch().execute();

    assertThat(raw("a")).doesNotContainKeys("stage", "courier", "GSI2SK");
    assertThat(byStage(Stage.LOADED)).isEmpty();
    assertThat(byCourier("ann")).isEmpty();
    assertThat(deliveries.get(DeliveryKeys.key("d1", "a"))).contains(delivery("a", null, null, MONDAY));

    deliveries.put(delivery("b", null, null, MONDAY));
    assertThat(raw("b")).doesNotContainKeys("stage", "courier", "GSI2SK");
  }

  @Test
  void aNullInAnotherPlaceholderOfTheIndexKeepsTheProperty() {
    deliveries.put(delivery("a", Stage.LOADED, "ann", null));
    deliveries.put(delivery("b", Stage.LOADED, "ann", MONDAY));

    assertThat(raw("a")).containsEntry("courier", AttributeValue.fromS("ann")).doesNotContainKey("GSI2SK");
    assertThat(deliveries.get(DeliveryKeys.key("d1", "a"))).contains(delivery("a", Stage.LOADED, "ann", null));

    deliveries.update(DeliveryKeys.key("d1", "b")).set(DeliveryUpdate.due(null)).patch().execute();

    assertThat(raw("b")).containsEntry("courier", AttributeValue.fromS("ann")).doesNotContainKey("GSI2SK");
    assertThat(deliveries.get(DeliveryKeys.key("d1", "b")).orElseThrow().courier()).isEqualTo("ann");
    assertThat(byCourier("ann")).isEmpty(); // out of the index: DynamoDB needs both of its keys
  }

  @Test
  void anIndexKeyThatStoresAPrimaryKeyPropertyIsWrittenOnceByEveryUpdate() {
    EntityTable<Parcel> parcels = depot.entity(Parcel.class);
    parcels.put(new Parcel("d1", "p1", Stage.LOADED, 1));

    parcels.update(ParcelKeys.key("d1", "p1")).set(ParcelUpdate.state(Stage.OUT)).patch().execute();
    parcels.update(ParcelKeys.key("d1", "p2")).set(ParcelUpdate.state(Stage.OUT)).execute(); // an upsert

    assertThat(parcels.query(ParcelKeys.byStatePk(Stage.OUT)).list()).extracting(Parcel::parcelId)
        .containsExactly("p1", "p2");

    parcels.update(ParcelKeys.key("d1", "p1")).set(ParcelUpdate.state(null)).patch().execute();
    parcels.put(new Parcel("d1", "p3", null, 1));

    Map<String, AttributeValue> p1 = client.getItem(r -> r.tableName(depot.tableName())
        .key(ParcelKeys.key("d1", "p1").toAttributeMap())).item();
    assertThat(p1).containsEntry("parcelId", AttributeValue.fromS("p1")).doesNotContainKey("GSI3PK");
    assertThat(parcels.get(ParcelKeys.key("d1", "p3"))).contains(new Parcel("d1", "p3", null, 1));
    assertThat(parcels.query(ParcelKeys.byStatePk(Stage.OUT)).list()).extracting(Parcel::parcelId)
        .containsExactly("p2");
  }

  @Test
  void anUpsertOfAMissingItemCreatesItInTheIndex() {
    PrimaryKey key = DeliveryKeys.key("d1", "new");

    deliveries.update(key).set(DeliveryUpdate.stage(Stage.OUT), DeliveryUpdate.courier("cy"), DeliveryUpdate.due(MONDAY))
        .execute();

    assertThat(deliveries.get(key)).contains(new Delivery("d1", "new", Stage.OUT, "cy", MONDAY, 0));
    assertThat(byStage(Stage.OUT)).containsExactly("new");
    assertThat(byCourier("cy")).containsExactly("new");
    deliveries.update(DeliveryKeys.key("d1", "other")).set(DeliveryUpdate.weight(3L)).execute();
    assertThat(raw("other")).doesNotContainKeys("stage", "courier", "GSI2SK");
  }

  @Test
  void anUpsertWritesABeansInitialValueOnceWhereAbsent() {
    EntityTable<Crate> crates = depot.entity(Crate.class);

    crates.update(CrateKeys.key("d1", "c1")).set(CrateUpdate.weight(7L)).execute();

    assertThat(crates.query(CrateKeys.byCourierPk("house")).list()).extracting(Crate::getCrateId).containsExactly("c1");
    Map<String, AttributeValue> item = client.getItem(r -> r.tableName(depot.tableName())
        .key(CrateKeys.key("d1", "c1").toAttributeMap())).item();
    assertThat(item).containsEntry("courier", AttributeValue.fromS("house"))
        .containsEntry("GSI2SK", AttributeValue.fromS("CRATE#c1"));
  }

  @Test
  void aTransactionUpdateAndABatchPutKeepTheIndexesTrue() {
    depot.batchPut(List.of(delivery("a", Stage.LOADED, "ann", MONDAY), delivery("b", Stage.LOADED, "bob", MONDAY)));
    assertThat(byStage(Stage.LOADED)).containsExactly("a", "b");

    depot.transactWrite(tx -> tx
        .update(deliveries.update(DeliveryKeys.key("d1", "a")).set(DeliveryUpdate.stage(Stage.DELIVERED)).patch())
        .update(deliveries.update(DeliveryKeys.key("d1", "b")).set(DeliveryUpdate.stage(null)).patch()));

    assertThat(byStage(Stage.LOADED)).isEmpty();
    assertThat(byStage(Stage.DELIVERED)).containsExactly("a");
    assertThat(raw("b")).doesNotContainKey("stage");
    assertThat(depot.audit(100).allFit()).isTrue();
  }

  @Test
  void otherCodeSettingTheAttributeAloneMovesTheItemAndTheAuditFindsItWellKeyed() {
    deliveries.put(delivery("a", Stage.LOADED, "ann", MONDAY));

    // As seed 003's Python does: SET #s = :new_status, nothing else.
    client.updateItem(r -> r.tableName(depot.tableName()).key(DeliveryKeys.key("d1", "a").toAttributeMap())
        .updateExpression("SET #s = :s").expressionAttributeNames(Map.of("#s", "stage"))
        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("DELIVERED"))));

    assertThat(byStage(Stage.DELIVERED)).containsExactly("a");
    assertThat(deliveries.get(DeliveryKeys.key("d1", "a")).orElseThrow().stage()).isEqualTo(Stage.DELIVERED);
    assertThat(depot.audit(100).allFit()).isTrue();
  }

  @Test
  void keyChecksApplyBeforeAnyRequest() {
    assertThatThrownBy(() -> deliveries.put(delivery("a", Stage.LOADED, "", MONDAY)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("courier");
    assertThatThrownBy(() -> deliveries.update(DeliveryKeys.key("d1", "a"))
            .set(DeliveryUpdate.courier("a#b"), DeliveryUpdate.due(MONDAY)).execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delimiter");
    assertThatThrownBy(() -> deliveries.update(DeliveryKeys.key("d1", "a"))
            .set(DeliveryUpdate.courier(""), DeliveryUpdate.due(MONDAY)).execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("courier");
    assertThat(raw("a")).isEmpty();
  }
}
