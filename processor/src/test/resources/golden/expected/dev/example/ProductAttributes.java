package dev.example;

import dev.singletable.Attribute;
import dev.singletable.NumberAttribute;
import dev.singletable.internal.SingletableGenerated;
import javax.annotation.processing.Generated;

/**
 * Typed attribute handles of {@link Product}, for conditions, filters, projections and updates.
 *
 * <p>A misspelt attribute or a value of the wrong type is a compile error. Immutable and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class ProductAttributes {
  /**
   * Attribute {@code productId} of {@link Product}.
   */
  public static final Attribute<Product, String> PRODUCT_ID = Attribute.of(Product.class, "productId");

  /**
   * Attribute {@code category} of {@link Product}.
   */
  public static final Attribute<Product, String> CATEGORY = Attribute.of(Product.class, "category");

  /**
   * Attribute {@code price} of {@link Product}.
   */
  public static final NumberAttribute<Product, Integer> PRICE = Attribute.primitiveNumber(Product.class, "price");

  /**
   * Attribute {@code active} of {@link Product}.
   */
  public static final Attribute<Product, Boolean> ACTIVE = Attribute.primitive(Product.class, "active");

  /**
   * Attribute {@code slug} of {@link Product}.
   */
  public static final Attribute<Product, String> SLUG = Attribute.of(Product.class, "slug");

  private ProductAttributes() {
  }
}
