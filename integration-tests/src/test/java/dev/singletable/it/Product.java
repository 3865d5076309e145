package dev.singletable.it;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.util.Objects;

/** A JavaBean entity. */
@Entity
@Key(pk = "PRODUCT#<productId>", sk = "METADATA")
@Key(index = "GSI1", pk = "CAT#<category>", sk = "PRODUCT#<productId>")
@Key(index = "ByCategory-GSI", pk = "CAT#<category>", sk = "PRICE#<price>")
@Key(index = "Keys-GSI", pk = "ACTIVE#<active>", sk = "PRODUCT#<productId>")
public final class Product implements StoreItem {
  private String productId;
  private String name;
  private String category;
  private int price;
  private boolean active;

  public Product() {}

  public Product(String productId, String name, String category, int price, boolean active) {
    this.productId = productId;
    this.name = name;
    this.category = category;
    this.price = price;
    this.active = active;
  }

  public String getProductId() { return productId; }
  public void setProductId(String productId) { this.productId = productId; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getCategory() { return category; }
  public void setCategory(String category) { this.category = category; }
  public int getPrice() { return price; }
  public void setPrice(int price) { this.price = price; }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }

  @Override
  public boolean equals(Object o) {
    return o instanceof Product p && Objects.equals(productId, p.productId) && Objects.equals(name, p.name)
        && Objects.equals(category, p.category) && price == p.price && active == p.active;
  }

  @Override
  public int hashCode() {
    return Objects.hash(productId, name, category, price, active);
  }

  @Override
  public String toString() {
    return "Product[" + productId + ", " + name + ", " + category + ", " + price + ", " + active + "]";
  }
}
