package dev.singletable.it.interop.seed001;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Seed 001's order, as {@code createOrder}, {@code updateOrderStatus} and the flag snippet write
 * it: sorted in its user's collection by {@code new Date().toISOString()} ({@code iso-millis}),
 * found by status on GSI1 ({@code STATUS#pending}: {@code lower}) and, once flagged, on GSI2.
 * The JavaScript's {@code items}, a list of maps, is a list of {@link LineItem} documents.
 *
 * @param total the JavaScript's number ({@code 49.99}), stored as a number
 * @param updatedAt set by {@code updateOrderStatus}, {@code null} before
 * @param flaggedAt when it was flagged; the JavaScript writes it only into {@code GSI2SK}, from
 *     which a read takes it
 * @param flagReason why it was flagged, or {@code null}
 * @param items the order's lines, as {@code createOrder} nests them
 */
@Entity
@Key(pk = "USER#<userId:raw>", sk = "ORDER#<createdAt:iso-millis>#<orderId:raw>")
@Key(index = "GSI1", pk = "STATUS#<status:lower>", sk = "ORDER#<createdAt:iso-millis>#<orderId:raw>")
@Key(index = "GSI2", pk = "FLAGGED", sk = "<flaggedAt:iso-millis>#<orderId:raw>")
public record Order(String userId, Instant createdAt, String orderId, OrderStatus status, BigDecimal total,
    Instant updatedAt, Instant flaggedAt, String flagReason, List<LineItem> items) {

  /** Returns this order with another status. */
  public Order withStatus(OrderStatus newStatus) {
    return new Order(userId, createdAt, orderId, newStatus, total, updatedAt, flaggedAt, flagReason, items);
  }
}
