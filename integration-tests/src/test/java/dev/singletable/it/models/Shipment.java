package dev.singletable.it.models;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Transient;
import dev.singletable.annotation.Key;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Nested documents of every shape: a document, a list and a map of documents, a set of documents. */
@Entity
@Key(pk = "CUSTOMER#<customerId>", sk = "SHIPMENT#<shipmentId>")
@Key(index = "GSI1", pk = "STATUS#<status>", sk = "SHIPMENT#<shipmentId>")
public record Shipment(
    String customerId,
    String shipmentId,
    String status,
    Address shipTo,
    List<Parcel> parcels,
    Map<String, Address> stops,
    Set<Geo> waypoints,
    List<List<Geo>> legs,
    Map<String, Integer> counts,
    @Transient String note) {

  static Shipment of(String customerId, String shipmentId, Address shipTo, List<Parcel> parcels) {
    return new Shipment(customerId, shipmentId, "PENDING", shipTo, parcels, null, null, null, null, null);
  }
}
