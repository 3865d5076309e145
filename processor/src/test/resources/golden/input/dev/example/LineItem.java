package dev.example;

import dev.singletable.annotation.Transient;

/** A nested document: a bean, in a list. */
public class LineItem {
  private String productId; private int quantity; private long price; private String label;
  public LineItem() {}
  public String getProductId() { return productId; } public void setProductId(String v) { productId = v; }
  public int getQuantity() { return quantity; } public void setQuantity(int v) { quantity = v; }
  public long getPrice() { return price; } public void setPrice(long v) { price = v; }
  @Transient public String getLabel() { return label; } public void setLabel(String v) { label = v; }
}
