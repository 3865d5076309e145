package dev.singletable.it.plainkeys;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.LocalDate;

/**
 * A delivery whose {@code stage} (an enum) and {@code courier} (a String) are stored under index key
 * attributes: each of those keys is exactly the property's stored value, so each attribute is
 * written once, and a {@code null} leaves the delivery out of that sparse index.
 */
@Entity
@Key(pk = "DEPOT#<depotId>", sk = "DELIVERY#<deliveryId>")
@Key(index = "ByStage", pk = "<stage>", sk = "DELIVERY#<deliveryId>")
@Key(index = "ByCourier", pk = "<courier:raw>", sk = "DUE#<due>#<deliveryId>")
public record Delivery(String depotId, String deliveryId, Stage stage, String courier, LocalDate due, long weight) {}
