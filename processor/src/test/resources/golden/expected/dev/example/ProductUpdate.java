package dev.example;

import dev.singletable.Assignment;
import dev.singletable.Update;
import dev.singletable.internal.SingletableGenerated;
import javax.annotation.processing.Generated;

/**
 * Typed setters of {@link Product} for {@link Update#set}: {@code set(ProductUpdate.category(...))}.
 *
 * <p>Primary key properties have no setter: DynamoDB keys cannot change. All members are static
 * and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class ProductUpdate {
  private ProductUpdate() {
  }

  /**
   * Sets {@code category} of {@link Product}; {@code null} removes it.
   *
   * <p>The keys of GSI1 follow the change in the same request; {@code null} takes the item out of them.
   */
  public static Assignment<Product> category(String category) {
    return ProductAttributes.CATEGORY.set(category);
  }

  /**
   * Sets {@code price} of {@link Product}.
   */
  public static Assignment<Product> price(int price) {
    return ProductAttributes.PRICE.set(price);
  }

  /**
   * Sets {@code active} of {@link Product}.
   */
  public static Assignment<Product> active(boolean active) {
    return ProductAttributes.ACTIVE.set(active);
  }

  /**
   * Sets {@code slug} of {@link Product}; {@code null} removes it.
   */
  public static Assignment<Product> slug(String slug) {
    return ProductAttributes.SLUG.set(slug);
  }
}
