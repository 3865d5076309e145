package dev.singletable.examples.ecommerce;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order, stored in its user's item collection, sorted by date. GSI1 finds orders by status,
 * each status spread over four shards by the order's key (seed 001's {@code STATUS#active#3}),
 * GSI2 (sparse) holds only flagged orders, LSI1 sorts a user's orders by amount.
 *
 * @param total the amount in cents
 * @param flaggedAt when the order was flagged for review, or {@code null}
 * @param flagReason why it was flagged, or {@code null}
 * @param items its lines, nested in the order as a list of maps
 * @param shippingAddress where it goes, nested in the order as a map
 */
@Entity
@Key(pk = "USER#<userId>", sk = "ORDER#<date>#<orderId>")
@Key(index = "GSI1", pk = "STATUS#<status>#<shard:unpadded>", sk = "ORDER#<date>#<orderId>", shards = 4)
@Key(index = "GSI2", pk = "FLAGGED", sk = "<flaggedAt>#<orderId>")
@Key(index = "LSI1", sk = "AMOUNT#<total>")
public record Order(
    String userId,
    LocalDate date,
    String orderId,
    OrderStatus status,
    long total,
    Instant flaggedAt,
    String flagReason,
    List<LineItem> items,
    Address shippingAddress) implements ShopItem {

  /** Returns a new order, not flagged. */
  static Order of(String userId, String date, String orderId, OrderStatus status, long total, List<LineItem> items,
      Address shippingAddress) {
    return new Order(userId, LocalDate.parse(date), orderId, status, total, null, null, items, shippingAddress);
  }

  /** Returns this order flagged for review now, which puts it in the sparse GSI2. */
  public Order flag(Instant at, String reason) {
    return new Order(userId, date, orderId, status, total, at, reason, items, shippingAddress);
  }
}
