package dev.singletable.it.plainkeys;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/**
 * A parcel whose id, a placeholder of its primary key, is also stored under {@code ByState}'s sort
 * key attribute {@code parcelId}: every update writes that attribute once, as the primary key's
 * identity, whatever happens to {@code state}.
 */
@Entity
@Key(pk = "DEPOT#<depotId>", sk = "PARCEL#<parcelId:raw>")
@Key(index = "ByState", pk = "STATE#<state>", sk = "<parcelId:raw>")
public record Parcel(String depotId, String parcelId, Stage state, long weight) {}
