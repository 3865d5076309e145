package dev.singletable.it.plainkeys;

import dev.singletable.annotation.Index;
import dev.singletable.annotation.Table;

/**
 * A table whose GSIs are keyed on plain attributes, as tables other code wrote often are:
 * {@code ByStage} on {@code stage} (and the table's own sort key, as seed 003's
 * {@code StatusByDate-GSI}), {@code ByCourier} on {@code courier} and a rendered sort key.
 */
@Table(name = "depot", entities = {Delivery.class, Crate.class},
    indexes = {
      @Index(name = "ByStage", partitionKey = "stage", sortKey = "SK"),
      @Index(name = "ByCourier", partitionKey = "courier", sortKey = "GSI2SK")
    })
public interface Depot {}
