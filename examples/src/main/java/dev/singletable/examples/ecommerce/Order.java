package dev.singletable.examples.ecommerce;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An order, stored in its user's item collection, sorted by date. GSI1 finds orders by status,
 * GSI2 (sparse) holds only flagged orders, LSI1 sorts a user's orders by amount.
 *
 * @param total the amount in cents
 * @param flaggedAt when the order was flagged for review, or {@code null}
 * @param flagReason why it was flagged, or {@code null}
 */
@Entity
@Key(pk = "USER#<userId>", sk = "ORDER#<date>#<orderId>")
@Key(index = "GSI1", pk = "STATUS#<status>", sk = "ORDER#<date>#<orderId>")
@Key(index = "GSI2", pk = "FLAGGED", sk = "<flaggedAt>#<orderId>")
@Key(index = "LSI1", sk = "AMOUNT#<total>")
public record Order(
    String userId,
    LocalDate date,
    String orderId,
    OrderStatus status,
    long total,
    Instant flaggedAt,
    String flagReason) implements ShopItem {

  /** Returns this order flagged for review now, which puts it in the sparse GSI2. */
  public Order flag(Instant at, String reason) {
    return new Order(userId, date, orderId, status, total, at, reason);
  }
}
