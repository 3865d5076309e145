package dev.singletable.it.models;

import static dev.singletable.it.models.ShipmentAttributes.COUNTS;
import static dev.singletable.it.models.ShipmentAttributes.LEGS;
import static dev.singletable.it.models.ShipmentAttributes.PARCELS;
import static dev.singletable.it.models.ShipmentAttributes.SHIP_TO;
import static dev.singletable.it.models.ShipmentAttributes.STOPS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.Condition;
import dev.singletable.Row;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Nested documents against DynamoDB Local: stored as maps and lists of maps (null members left
 * out, renamed members under their names), read back whole, and reached by path in conditions,
 * filters and projections.
 */
class NestedDocumentsTest extends ShippingFixture {

  static final Address HOME = new Address("1 Rue de Rivoli", "Paris", "75001", new Geo(48.86, 2.34),
      List.of("Bât A", "3e étage"), YearMonth.of(2020, 1), Set.of("door code"));
  static final Address DEPOT = Address.of("9 Quai Perrache", "Lyon", "69002");

  static Shipment full(String customerId, String shipmentId, Address shipTo) {
    return new Shipment(customerId, shipmentId, "PENDING", shipTo,
        List.of(Parcel.of("p1", 2, 1250), Parcel.of("p2", 1, 999)), Map.of("depot", DEPOT),
        Set.of(new Geo(45.76, 4.84)), List.of(List.of(new Geo(1, 2), new Geo(3, 4)), List.of()), Map.of("boxes", 2),
        "not stored");
  }

  @Test
  void documentsRoundTripWholeExceptTransientProperties() {
    Shipment shipment = full("c1", "s1", HOME);
    Parcel labelled = Parcel.of("p3", 1, 1);
    labelled.setLabel("fragile");
    Shipment withLabel = new Shipment("c1", "s2", "PENDING", HOME, List.of(labelled), null, null, null, null, null);

    shipments.put(shipment);
    shipments.put(withLabel);

    assertThat(shipments.get(ShipmentKeys.key("c1", "s1"))).contains(new Shipment("c1", "s1", "PENDING", HOME,
        shipment.parcels(), shipment.stops(), shipment.waypoints(), shipment.legs(), shipment.counts(), null));
    assertThat(shipments.get(ShipmentKeys.key("c1", "s2")).orElseThrow().parcels())
        .containsExactly(Parcel.of("p3", 1, 1));
  }

  @Test
  void documentsAreStoredAsMapsWithoutNullMembers() {
    shipments.put(full("c1", "s1", Address.of("2 Rue Neuve", "Lille", "59000")));

    Map<String, AttributeValue> item = client.getItem(r -> r.tableName(shipping.tableName())
        .key(ShipmentKeys.key("c1", "s1").toAttributeMap())).item();

    assertThat(item).doesNotContainKey("note");
    assertThat(item.get("shipTo").m()).containsOnly(
        Map.entry("street", AttributeValue.fromS("2 Rue Neuve")),
        Map.entry("city", AttributeValue.fromS("Lille")),
        Map.entry("zip_code", AttributeValue.fromS("59000")));
    assertThat(item.get("parcels").l()).hasSize(2);
    assertThat(item.get("parcels").l().get(0).m()).containsOnly(
        Map.entry("productId", AttributeValue.fromS("p1")),
        Map.entry("quantity", AttributeValue.fromN("2")),
        Map.entry("price", AttributeValue.fromN("1250")));
    assertThat(item.get("waypoints").l()).hasSize(1); // DynamoDB sets cannot hold maps: a list
    assertThat(item.get("legs").l().get(0).l().get(1).m()).containsEntry("lat", AttributeValue.fromN("3.0"));
    assertThat(item.get("entity_type").s()).isEqualTo("Shipment");
  }

  @Test
  void anEmptySetInsideADocumentIsLeftOutAsDynamoDbHasNone() {
    Address noTags = new Address("1 Rue Neuve", "Lille", "59000", null, null, null, Set.of());
    shipments.put(full("c1", "s1", noTags));

    assertThat(shipments.get(ShipmentKeys.key("c1", "s1")).orElseThrow().shipTo()).isEqualTo(Address.of("1 Rue Neuve",
        "Lille", "59000"));

    Shipment updated = shipments.update(ShipmentKeys.key("c1", "s1")).set(SHIP_TO, noTags).execute();
    assertThat(updated.shipTo().tags()).isNull();
    shipments.update(ShipmentKeys.key("c1", "s1")).set(SHIP_TO.tags(), Set.of("x")).execute();
    assertThat(shipments.update(ShipmentKeys.key("c1", "s1")).set(SHIP_TO.tags(), Set.of()).execute().shipTo().tags())
        .isNull();
  }

  @Test
  void filtersReachMembersListElementsAndMapValues() {
    shipments.put(full("c1", "s1", HOME));
    shipments.put(full("c1", "s2", DEPOT));

    assertThat(ids(shipments.query(ShipmentKeys.pk("c1")).filter(Condition.eq(SHIP_TO.city(), "Paris")).list()))
        .containsExactly("s1");
    assertThat(ids(shipments.query(ShipmentKeys.pk("c1")).filter(Condition.eq(SHIP_TO.zip(), "69002")).list()))
        .containsExactly("s2");
    assertThat(ids(shipments.query(ShipmentKeys.pk("c1"))
        .filter(Condition.and(Condition.gt(PARCELS.at(0).quantity(), 1), Condition.eq(STOPS.key("depot").city(), "Lyon")))
        .list())).containsExactly("s1", "s2");
    assertThat(ids(shipments.query(ShipmentKeys.pk("c1"))
        .filter(Condition.attributeExists(SHIP_TO.geo().lat())).list())).containsExactly("s1");
    assertThat(ids(shipments.query(ShipmentKeys.pk("c1"))
        .filter(Condition.contains(SHIP_TO.lines(), "Bât A")).list())).containsExactly("s1");
    assertThat(ids(shipments.query(ShipmentKeys.pk("c1"))
        .filter(Condition.contains(SHIP_TO.tags(), "door code")).list())).containsExactly("s1");
    assertThat(ids(shipments.query(ShipmentKeys.pk("c1"))
        .filter(Condition.eq(LEGS.at(0).at(1).lon(), 4.0)).list())).containsExactly("s1", "s2");
    assertThat(ids(shipments.query(ShipmentKeys.pk("c1"))
        .filter(Condition.eq(COUNTS.key("boxes"), 2)).list())).containsExactly("s1", "s2");
    assertThat(ids(shipments.query(ShipmentKeys.gsi1Pk("PENDING"))
        .filter(Condition.eq(SHIP_TO.since(), YearMonth.of(2020, 1))).list())).containsExactly("s1");
  }

  @Test
  void conditionalWritesCompareNestedValuesAsTheyAreStored() {
    shipments.put(full("c1", "s1", HOME));

    shipments.put(full("c1", "s1", DEPOT), Condition.eq(SHIP_TO.zip(), "75001"));

    assertThat(shipments.get(ShipmentKeys.key("c1", "s1")).orElseThrow().shipTo()).isEqualTo(DEPOT);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> shipments.put(full("c1", "s1", HOME), Condition.eq(SHIP_TO.zip(), "75001")))
        .isInstanceOf(dev.singletable.ConditionFailedException.class);
  }

  @Test
  void projectedRowsReadNestedMembers() {
    shipments.put(full("c1", "s1", HOME));

    List<Row<Shipment>> rows = shipments.query(ShipmentKeys.pk("c1")).rows(SHIP_TO.city(), PARCELS.at(1).price());

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get(SHIP_TO.city())).isEqualTo("Paris");
    assertThat(rows.get(0).get(PARCELS.at(1).price())).isEqualTo(999L);
    assertThat(rows.get(0).get(PARCELS.at(7).price())).isNull();
    assertThat(rows.get(0).values()).containsKeys("shipTo", "parcels").doesNotContainKey("stops");
  }

  private static List<String> ids(List<Shipment> shipments) {
    return shipments.stream().map(Shipment::shipmentId).toList();
  }
}
