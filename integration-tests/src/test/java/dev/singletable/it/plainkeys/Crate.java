package dev.singletable.it.plainkeys;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/**
 * A JavaBean whose {@code courier}, stored under {@code ByCourier}'s partition key attribute, starts
 * as {@code "house"}: an upsert that creates a crate writes that value where absent, once, as a put
 * of the crate it reads back would.
 */
@Entity
@Key(pk = "DEPOT#<depotId>", sk = "CRATE#<crateId>")
@Key(index = "ByCourier", pk = "<courier:raw>", sk = "CRATE#<crateId>")
public class Crate {
  private String depotId;
  private String crateId;
  private String courier = "house";
  private long weight;

  public String getDepotId() {
    return depotId;
  }

  public void setDepotId(String depotId) {
    this.depotId = depotId;
  }

  public String getCrateId() {
    return crateId;
  }

  public void setCrateId(String crateId) {
    this.crateId = crateId;
  }

  public String getCourier() {
    return courier;
  }

  public void setCourier(String courier) {
    this.courier = courier;
  }

  public long getWeight() {
    return weight;
  }

  public void setWeight(long weight) {
    this.weight = weight;
  }
}
