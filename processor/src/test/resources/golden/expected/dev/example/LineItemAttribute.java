package dev.example;

import dev.singletable.Attribute;
import dev.singletable.NumberAttribute;
import dev.singletable.internal.SingletableGenerated;
import javax.annotation.processing.Generated;

/**
 * The typed handle of document {@link LineItem} in an attribute of entity {@code T}: a method per
 * member returns the member's handle at its document path, for conditions, filters and
 * updates. Immutable and thread-safe.
 *
 * @param <T> the entity class
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class LineItemAttribute<T> extends Attribute<T, LineItem> {
  /**
   * Makes the handle of the document at the place of {@code at}; generated code calls this.
   */
  public LineItemAttribute(Attribute<T, LineItem> at) {
    super(at);
  }

  /**
   * Attribute {@code productId} of {@link LineItem}.
   */
  public Attribute<T, String> productId() {
    return Attribute.of(this, "productId");
  }

  /**
   * Attribute {@code quantity} of {@link LineItem}.
   */
  public NumberAttribute<T, Integer> quantity() {
    return Attribute.primitiveNumber(this, "quantity");
  }

  /**
   * Attribute {@code price} of {@link LineItem}.
   */
  public NumberAttribute<T, Long> price() {
    return Attribute.primitiveNumber(this, "price");
  }
}
