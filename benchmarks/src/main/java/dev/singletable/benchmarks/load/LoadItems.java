package dev.singletable.benchmarks.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The items the batch-load benchmark writes: one user, three orders and six order items, again and again. */
public final class LoadItems {

  private LoadItems() {}

  /** Returns {@code count} distinct items: a tenth users, three tenths orders, six tenths order items. */
  public static List<Object> mixed(int count) {
    List<Object> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int group = i / 10;
      int slot = i % 10;
      String userId = "u-" + group;
      if (slot == 0) {
        items.add(new User(userId, "User " + group, userId + "@example.com"));
      } else if (slot <= 3) {
        items.add(new Order(userId, LocalDate.of(2026, 1, 1).plusDays(i % 365), "o-" + i, slot == 1 ? "PENDING" : "SHIPPED",
            1_000L + i));
      } else {
        int order = group * 10 + 1 + (slot - 4) % 3; // two items in each of the group's three orders
        items.add(new OrderItem("o-" + order, "sku-" + i, 1 + i % 5, 499L + i));
      }
    }
    return items;
  }
}
