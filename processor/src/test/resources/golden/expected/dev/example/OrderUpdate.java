package dev.example;

import dev.singletable.Assignment;
import dev.singletable.Update;
import dev.singletable.internal.SingletableGenerated;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Typed setters of {@link Order} for {@link Update#set}: {@code set(OrderUpdate.status(...))}.
 *
 * <p>Primary key properties have no setter: DynamoDB keys cannot change. All members are static
 * and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class OrderUpdate {
  private OrderUpdate() {
  }

  /**
   * Sets {@code status} of {@link Order}; {@code null} removes it.
   *
   * <p>The keys of GSI1 follow the change in the same request; {@code null} takes the item out of them.
   */
  public static Assignment<Order> status(OrderStatus status) {
    return OrderAttributes.STATUS.set(status);
  }

  /**
   * Sets {@code total} of {@link Order}.
   *
   * <p>The keys of LSI1 follow the change in the same request.
   */
  public static Assignment<Order> total(long total) {
    return OrderAttributes.TOTAL.set(total);
  }

  /**
   * Sets {@code flaggedAt} of {@link Order}; {@code null} removes it.
   *
   * <p>The keys of GSI2 follow the change in the same request; {@code null} takes the item out of them.
   */
  public static Assignment<Order> flaggedAt(Instant flaggedAt) {
    return OrderAttributes.FLAGGED_AT.set(flaggedAt);
  }

  /**
   * Sets {@code tags} of {@link Order}; {@code null} removes it.
   */
  public static Assignment<Order> tags(List<String> tags) {
    return OrderAttributes.TAGS.set(tags);
  }

  /**
   * Sets {@code quantities} of {@link Order}; {@code null} removes it.
   */
  public static Assignment<Order> quantities(Map<String, Integer> quantities) {
    return OrderAttributes.QUANTITIES.set(quantities);
  }

  /**
   * Sets {@code month} of {@link Order}; {@code null} removes it.
   */
  public static Assignment<Order> month(YearMonth month) {
    return OrderAttributes.MONTH.set(month);
  }

  /**
   * Sets {@code shippingAddress} of {@link Order}; {@code null} removes it.
   */
  public static Assignment<Order> shippingAddress(Address shippingAddress) {
    return OrderAttributes.SHIPPING_ADDRESS.set(shippingAddress);
  }

  /**
   * Sets {@code lineItems} of {@link Order}; {@code null} removes it.
   */
  public static Assignment<Order> lineItems(List<LineItem> lineItems) {
    return OrderAttributes.LINE_ITEMS.set(lineItems);
  }
}
