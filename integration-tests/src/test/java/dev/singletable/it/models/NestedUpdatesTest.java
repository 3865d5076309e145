package dev.singletable.it.models;

import static dev.singletable.it.models.NestedDocumentsTest.DEPOT;
import static dev.singletable.it.models.NestedDocumentsTest.HOME;
import static dev.singletable.it.models.NestedDocumentsTest.full;
import static dev.singletable.it.models.ShipmentAttributes.COUNTS;
import static dev.singletable.it.models.ShipmentAttributes.LEGS;
import static dev.singletable.it.models.ShipmentAttributes.PARCELS;
import static dev.singletable.it.models.ShipmentAttributes.SHIP_TO;
import static dev.singletable.it.models.ShipmentAttributes.STATUS;
import static dev.singletable.it.models.ShipmentAttributes.STOPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Condition;
import dev.singletable.ConditionFailedException;
import dev.singletable.PrimaryKey;
import dev.singletable.Update;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Updates at document paths: set, remove and append below a top-level attribute; what DynamoDB
 * cannot do (create the maps on the way, overlapping paths, ADD below the top level) fails with a
 * clear exception, the item unchanged.
 */
class NestedUpdatesTest extends ShippingFixture {

  private static final PrimaryKey KEY = ShipmentKeys.key("c1", "s1");

  @Test
  void setRemoveAndAppendAtNestedPaths() {
    shipments.put(full("c1", "s1", HOME));

    Shipment updated = shipments.update(KEY)
        .set(SHIP_TO.city(), "Lyon")
        .set(PARCELS.at(1).quantity(), 5)
        .set(STOPS.key("depot").zip(), "69001")
        .set(STOPS.key("hub"), Address.of("1 Rue du Hub", "Vénissieux", "69200"))
        .set(LEGS.at(1), List.of(new Geo(5, 6)))
        .set(COUNTS.key("pallets"), 1)
        .remove(SHIP_TO.geo())
        .append(SHIP_TO.lines(), List.of("Porte 2"))
        .condition(Condition.eq(PARCELS.at(1).productId(), "p2"))
        .execute();

    assertThat(updated.shipTo()).isEqualTo(new Address("1 Rue de Rivoli", "Lyon", "75001", null,
        List.of("Bât A", "3e étage", "Porte 2"), HOME.since(), HOME.tags()));
    assertThat(updated.parcels().get(1).getQuantity()).isEqualTo(5);
    assertThat(updated.parcels().get(0).getQuantity()).isEqualTo(2);
    assertThat(updated.stops()).containsOnly(
        Map.entry("depot", new Address("9 Quai Perrache", "Lyon", "69001", null, null, null, null)),
        Map.entry("hub", Address.of("1 Rue du Hub", "Vénissieux", "69200")));
    assertThat(updated.legs().get(1)).containsExactly(new Geo(5, 6));
    assertThat(updated.counts()).containsOnly(Map.entry("boxes", 2), Map.entry("pallets", 1));
    assertThat(shipments.get(KEY)).contains(updated);
  }

  @Test
  void aMemberOfAnAbsentDocumentFailsNamingTheMissingMap() {
    Shipment bare = Shipment.of("c1", "s1", null, List.of(Parcel.of("p1", 1, 10)));
    shipments.put(bare);

    assertThatThrownBy(() -> shipments.update(KEY).set(SHIP_TO.city(), "Lyon").execute())
        .isInstanceOf(ConditionFailedException.class)
        .hasMessageContaining("The item has no shipTo")
        .satisfies(e -> assertThat(((ConditionFailedException) e).currentItem(Shipment.class)).contains(bare));
    assertThat(shipments.get(KEY)).contains(bare);

    Shipment whole = shipments.update(KEY).set(SHIP_TO, Address.of("1 Rue Neuve", "Lyon", "69001")).execute();
    assertThat(whole.shipTo().city()).isEqualTo("Lyon");
  }

  @Test
  void aListElementPastTheEndIsNotAppendedSilently() {
    shipments.put(full("c1", "s1", HOME));

    assertThatThrownBy(() -> shipments.update(KEY).set(PARCELS.at(5), Parcel.of("p9", 1, 1)).execute())
        .isInstanceOf(ConditionFailedException.class)
        .hasMessageContaining("The item has no parcels[5]");
    assertThatThrownBy(() -> shipments.update(KEY).set(PARCELS.at(2).quantity(), 1).execute())
        .isInstanceOf(ConditionFailedException.class)
        .hasMessageContaining("The item has no parcels[2]");
    assertThat(shipments.get(KEY).orElseThrow().parcels()).hasSize(2);
  }

  @Test
  void anUpsertOfANestedMemberOnAMissingItemFailsAndCreatesNothing() {
    assertThatThrownBy(() -> shipments.update(KEY).set(SHIP_TO.city(), "Lyon").execute())
        .isInstanceOf(ConditionFailedException.class)
        .hasMessageContaining("there is no item at")
        .hasMessageContaining("The item has no shipTo");
    assertThat(shipments.get(KEY)).isEmpty();
  }

  @Test
  void theCallersOwnFailedConditionIsNotBlamedOnPaths() {
    shipments.put(full("c1", "s1", HOME));

    assertThatThrownBy(() -> shipments.update(KEY).set(SHIP_TO.city(), "Lyon")
            .condition(Condition.eq(STATUS, "SHIPPED")).execute())
        .isInstanceOf(ConditionFailedException.class)
        .message().doesNotContain("The item has no");
  }

  @Test
  void whatDynamoDbRefusesIsRefusedBeforeAnyRequest() {
    Update<Shipment> update = shipments.update(KEY).set(SHIP_TO, DEPOT);

    assertThatThrownBy(() -> update.set(SHIP_TO.city(), "Lyon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changes Shipment.shipTo and Shipment.shipTo.city, and one is inside the other");
    assertThatThrownBy(() -> shipments.update(KEY).set(PARCELS.at(0).quantity(), 1).set(PARCELS, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one is inside the other");
    assertThatThrownBy(() -> shipments.update(KEY).add(PARCELS.at(0).quantity(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot ADD Shipment.parcels[0].quantity: DynamoDB's ADD changes top-level attributes only");
    assertThatThrownBy(() -> shipments.update(KEY).with(SHIP_TO.city(), "Paris"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a document path is never one");
    assertThatThrownBy(() -> shipments.update(KEY).remove(PARCELS.at(0).quantity()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("its property is primitive");
    assertThatThrownBy(() -> shipments.update(KEY).set(ShipmentAttributes.SHIPMENT_ID, "s2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placeholder of the primary key");
    assertThat(shipments.get(KEY)).isEmpty();
  }
}
