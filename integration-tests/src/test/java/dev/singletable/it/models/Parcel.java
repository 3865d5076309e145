package dev.singletable.it.models;

import dev.singletable.annotation.Transient;
import java.util.Objects;

/** A nested document (a bean), in a list: seed 001's order items {productId, quantity, price}. */
public class Parcel {
  private String productId;
  private int quantity;
  private long price;
  private String label;

  public Parcel() {}

  static Parcel of(String productId, int quantity, long price) {
    Parcel parcel = new Parcel();
    parcel.setProductId(productId);
    parcel.setQuantity(quantity);
    parcel.setPrice(price);
    return parcel;
  }

  public String getProductId() {
    return productId;
  }

  public void setProductId(String productId) {
    this.productId = productId;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  public long getPrice() {
    return price;
  }

  public void setPrice(long price) {
    this.price = price;
  }

  /** A display label: not stored. */
  @Transient
  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parcel other && Objects.equals(productId, other.productId) && quantity == other.quantity
        && price == other.price && Objects.equals(label, other.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(productId, quantity, price, label);
  }

  @Override
  public String toString() {
    return "Parcel[" + productId + " x" + quantity + " @" + price + (label == null ? "" : ", " + label) + "]";
  }
}
