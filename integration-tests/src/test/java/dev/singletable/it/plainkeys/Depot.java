package dev.singletable.it.plainkeys;

import dev.singletable.annotation.Index;
import dev.singletable.annotation.Table;

/**
 * A table whose GSIs are keyed on plain attributes, as tables other code wrote often are:
 * {@code ByStage} on {@code stage} (and the table's own sort key, as seed 003's
 * {@code StatusByDate-GSI}), {@code ByCourier} on {@code courier} and a rendered sort key,
 * {@code ByState} on a rendered partition key and the plain attribute {@code parcelId}, which is
 * also a placeholder of the parcel's primary key (an index keyed on the item's id).
 */
@Table(name = "depot", entities = {Delivery.class, Crate.class, Parcel.class},
    indexes = {
      @Index(name = "ByStage", partitionKey = "stage", sortKey = "SK"),
      @Index(name = "ByCourier", partitionKey = "courier", sortKey = "GSI2SK"),
      @Index(name = "ByState", partitionKey = "GSI3PK", sortKey = "parcelId")
    })
public interface Depot {}
