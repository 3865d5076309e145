package dev.example;

import dev.singletable.Attribute;
import dev.singletable.NumberAttribute;
import dev.singletable.internal.SingletableGenerated;
import javax.annotation.processing.Generated;

/**
 * The typed handle of document {@link Address} in an attribute of entity {@code T}: a method per
 * member returns the member's handle at its document path, for conditions, filters and
 * updates. Immutable and thread-safe.
 *
 * @param <T> the entity class
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class AddressAttribute<T> extends Attribute<T, Address> {
  /**
   * Makes the handle of the document at the place of {@code at}; generated code calls this.
   */
  public AddressAttribute(Attribute<T, Address> at) {
    super(at);
  }

  /**
   * Attribute {@code street} of {@link Address}.
   */
  public Attribute<T, String> street() {
    return Attribute.of(this, "street");
  }

  /**
   * Attribute {@code city} of {@link Address}.
   */
  public Attribute<T, String> city() {
    return Attribute.of(this, "city");
  }

  /**
   * Attribute {@code zip_code} (property {@code zip}) of {@link Address}.
   */
  public Attribute<T, String> zip() {
    return Attribute.of(this, "zip_code");
  }

  /**
   * Attribute {@code floor} of {@link Address}.
   */
  public NumberAttribute<T, Integer> floor() {
    return Attribute.primitiveNumber(this, "floor");
  }
}
