package dev.singletable.examples.ecommerce;

import dev.singletable.Condition;
import dev.singletable.ConditionFailedException;
import dev.singletable.EntityTable;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The seeds' writes that move items between index queries: seed 001's updateOrderStatus (which
 * must rewrite GSI1PK by hand in raw DynamoDB code) and its flagging of orders into the sparse
 * GSI2. Here the typed update rewrites the index keys itself.
 */
final class ChangePatterns {

  private final Report report;
  private final EntityTable<Order> orders;

  ChangePatterns(SingleTable shop, Report report) {
    this.report = report;
    this.orders = shop.entity(Order.class);
  }

  void runAll() {
    shipAnOrder();
    flagAndUnflagAnOrder();
    changeALineAndTheAddressOfAnOrder();
  }

  private void shipAnOrder() {
    PrimaryKey key = OrderKeys.key("CUST-42", LocalDate.parse("2026-03-28"), "ORD-003");
    report.pattern("Ship an order: its status moves it from the PENDING to the SHIPPED query",
        "UpdateItem " + key + " SET status, GSI1PK, GSI1SK IF status = PENDING");
    report.note("before: pending " + ids(OrderStatus.PENDING) + ", shipped " + ids(OrderStatus.SHIPPED));
    Order shipped = orders.update(key)
        .set(OrderUpdate.status(OrderStatus.SHIPPED))
        .condition(Condition.eq(OrderAttributes.STATUS, OrderStatus.PENDING))
        .patch()
        .execute();
    report.items(List.of(shipped));
    report.note("after:  pending " + ids(OrderStatus.PENDING) + ", shipped " + ids(OrderStatus.SHIPPED));
    try {
      orders.update(key).set(OrderUpdate.status(OrderStatus.SHIPPED))
          .condition(Condition.eq(OrderAttributes.STATUS, OrderStatus.PENDING)).patch().execute();
    } catch (ConditionFailedException e) {
      report.note("shipping it again fails its condition; the order is now "
          + e.currentItem(Order.class).map(Order::status).orElse(null));
    }
  }

  private void flagAndUnflagAnOrder() {
    PrimaryKey key = OrderKeys.key("CUST-42", LocalDate.parse("2026-03-15"), "ORD-002");
    report.pattern("Flag an order for review, then clear the flag (the sparse GSI2 gains and loses it)",
        "UpdateItem " + key + " SET flaggedAt, flagReason, GSI2PK, GSI2SK; then REMOVE them");
    orders.update(key)
        .set(OrderUpdate.flaggedAt(Instant.parse("2026-03-16T08:00:00Z")), OrderUpdate.flagReason("Address mismatch"))
        .patch()
        .execute();
    report.note("flagged:   " + flagged());
    orders.update(key).set(OrderUpdate.flaggedAt(null), OrderUpdate.flagReason(null)).patch().execute();
    report.note("unflagged: " + flagged());
  }

  private void changeALineAndTheAddressOfAnOrder() {
    PrimaryKey key = OrderKeys.key("CUST-42", LocalDate.parse("2026-04-02"), "ORD-004");
    report.pattern("Change one nested line item and the shipping address of an order (document paths)",
        "UpdateItem " + key + " SET shippingAddress.city IF attribute_exists(shippingAddress); then SET"
            + " items[0].quantity, shippingAddress IF items[0].productId = PROD-B; then SET shippingAddress.city");
    try {
      orders.update(key).set(OrderAttributes.SHIPPING_ADDRESS.city(), "Tacoma").execute();
    } catch (ConditionFailedException e) {
      String message = e.getMessage();
      report.note("the order has no address yet, so its city cannot be set: "
          + message.substring(message.indexOf("The item has no"), message.indexOf(':', message.indexOf("The item has no"))));
    }
    Order changed = orders.update(key)
        .set(OrderAttributes.ITEMS.at(0).quantity(), 2)
        .set(OrderUpdate.shippingAddress(SampleData.ALEX_HOME))
        .condition(Condition.eq(OrderAttributes.ITEMS.at(0).productId(), "PROD-B"))
        .execute();
    report.items(changed.items());
    Order moved = orders.update(key).set(OrderAttributes.SHIPPING_ADDRESS.city(), "Tacoma").execute();
    report.items(List.of(moved.shippingAddress()));
  }

  private List<String> ids(OrderStatus status) {
    return orders.query(OrderKeys.gsi1Pk(status)).list().stream().map(Order::orderId).toList();
  }

  private List<String> flagged() {
    return orders.query(OrderKeys.gsi2Pk()).list().stream().map(Order::orderId).toList();
  }
}
