package dev.singletable.examples.ecommerce;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints each access pattern, the DynamoDB request that serves it, and the items it returns. */
final class Report {

  private final PrintStream out;
  private int pattern;

  Report(PrintStream out) {
    this.out = out;
  }

  void pattern(String title, String request) {
    out.println();
    out.println("== " + (++pattern) + ". " + title);
    out.println("   " + request);
  }

  void items(List<?> items) {
    out.println("   -> " + items.size() + (items.size() == 1 ? " item" : " items"));
    items.forEach(item -> out.println("      " + line(item)));
  }

  void note(String text) {
    out.println("   " + text);
  }

  /** One readable line per item, like seed 003's printed output. */
  static String line(Object item) {
    if (item instanceof User user) {
      return "[User] " + user.userId() + " | " + user.name() + " | " + user.email() + " | " + user.points()
          + " points | version " + user.version();
    }
    if (item instanceof Order order) {
      return "[Order] SK=" + OrderKeys.sk(order.date(), order.orderId()).value() + " | " + money(order.total())
          + " | " + order.status()
          + (order.flaggedAt() == null ? "" : " | flagged " + order.flaggedAt() + ": " + order.flagReason());
    }
    if (item instanceof LineItem line) {
      return "[LineItem] " + line.productId() + " x" + line.quantity() + " @ " + money(line.price());
    }
    if (item instanceof Address address) {
      return "[Address] " + address.name() + ", " + address.street() + ", " + address.postalCode() + " "
          + address.city() + ", " + address.country();
    }
    if (item instanceof OrderItem line) {
      return "[OrderItem] " + line.productId() + " x" + line.quantity() + " @ " + money(line.price());
    }
    if (item instanceof Product product) {
      return "[Product] " + product.productId() + " | " + product.name() + " | " + product.category()
          + " | " + money(product.price());
    }
    if (item instanceof PageViews shard) {
      return "[PageViews] " + shard.pageId() + " shard " + shard.shard() + " | " + shard.viewCount() + " views";
    }
    if (item instanceof Session session) {
      return "[Session] " + session.sessionId() + " | user " + session.userId() + " | ttl " + session.ttl();
    }
    return String.valueOf(item);
  }

  static String money(long cents) {
    return String.format(Locale.ROOT, "$%d.%02d", cents / 100, cents % 100);
  }
}
