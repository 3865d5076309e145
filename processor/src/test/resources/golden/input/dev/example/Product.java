package dev.example;
import dev.singletable.annotation.Convert;
import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Transient;
import dev.singletable.annotation.Index;
import dev.singletable.annotation.Key;
import dev.singletable.annotation.Table;
@Entity
@Key(pk = "PRODUCT#<productId>", sk = "METADATA")
@Key(index = "GSI1", pk = "CAT#<category>", sk = "PRODUCT#<productId>")
public class Product {
  private String productId; private String category; private int price; private boolean active;
  @Convert(SlugConverter.class) private String slug; @Transient private Object cache;
  public Product() {}
  public String getProductId() { return productId; } public void setProductId(String v) { productId = v; }
  public String getCategory() { return category; } public void setCategory(String v) { category = v; }
  public int getPrice() { return price; } public void setPrice(int v) { price = v; }
  public boolean isActive() { return active; } public void setActive(boolean v) { active = v; }
  public String getSlug() { return slug; } public void setSlug(String v) { slug = v; }
  public Object getCache() { return cache; } public void setCache(Object v) { cache = v; }
}
