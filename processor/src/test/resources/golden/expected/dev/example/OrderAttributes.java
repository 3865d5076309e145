package dev.example;

import dev.singletable.Attribute;
import dev.singletable.DocumentListAttribute;
import dev.singletable.ListAttribute;
import dev.singletable.MapAttribute;
import dev.singletable.NumberAttribute;
import dev.singletable.internal.SingletableGenerated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import javax.annotation.processing.Generated;

/**
 * Typed attribute handles of {@link Order}, for conditions, filters, projections and updates.
 *
 * <p>A misspelt attribute or a value of the wrong type is a compile error. Immutable and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class OrderAttributes {
  /**
   * Attribute {@code userId} of {@link Order}.
   */
  public static final Attribute<Order, String> USER_ID = Attribute.of(Order.class, "userId");

  /**
   * Attribute {@code date} of {@link Order}.
   */
  public static final Attribute<Order, LocalDate> DATE = Attribute.of(Order.class, "date");

  /**
   * Attribute {@code orderId} of {@link Order}.
   */
  public static final Attribute<Order, String> ORDER_ID = Attribute.of(Order.class, "orderId");

  /**
   * Attribute {@code status} of {@link Order}.
   */
  public static final Attribute<Order, OrderStatus> STATUS = Attribute.of(Order.class, "status");

  /**
   * Attribute {@code total} of {@link Order}.
   */
  public static final NumberAttribute<Order, Long> TOTAL = Attribute.primitiveNumber(Order.class, "total");

  /**
   * Attribute {@code flaggedAt} of {@link Order}.
   */
  public static final Attribute<Order, Instant> FLAGGED_AT = Attribute.of(Order.class, "flaggedAt");

  /**
   * Attribute {@code tags} of {@link Order}.
   */
  public static final ListAttribute<Order, String> TAGS = Attribute.listOf(Order.class, "tags");

  /**
   * Attribute {@code quantities} of {@link Order}.
   */
  public static final MapAttribute<Order, Integer> QUANTITIES = Attribute.mapOf(Order.class, "quantities");

  /**
   * Attribute {@code month} of {@link Order}.
   */
  public static final Attribute<Order, YearMonth> MONTH = Attribute.of(Order.class, "month");

  /**
   * Document {@code shippingAddress} of {@link Order}.
   */
  public static final AddressAttribute<Order> SHIPPING_ADDRESS = new AddressAttribute<>(Attribute.of(Order.class, "shippingAddress"));

  /**
   * Attribute {@code lineItems} of {@link Order}.
   */
  public static final DocumentListAttribute<Order, LineItem, LineItemAttribute<Order>> LINE_ITEMS = Attribute.listOf(Attribute.of(Order.class, "lineItems"), LineItemAttribute::new);

  private OrderAttributes() {
  }
}
