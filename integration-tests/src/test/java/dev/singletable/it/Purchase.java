package dev.singletable.it;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An order (named Purchase to keep the stored type name distinct from the Java keyword-ish "Order"). */
@Entity("Order")
@Key(pk = "USER#<userId>", sk = "ORDER#<date>#<orderId>")
@Key(index = "GSI1", pk = "STATUS#<status>", sk = "ORDER#<date>#<orderId>")
@Key(index = "GSI2", pk = "FLAGGED", sk = "<flaggedAt>#<orderId>")
@Key(index = "LSI1", sk = "AMOUNT#<total>")
public record Purchase(
    String userId,
    LocalDate date,
    String orderId,
    Status status,
    long total,
    Instant flaggedAt,
    List<String> tags,
    Map<String, Integer> quantities) implements StoreItem {

  static Purchase of(String userId, String date, String orderId, Status status, long total) {
    return new Purchase(userId, LocalDate.parse(date), orderId, status, total, null, List.of(), Map.of());
  }

  Purchase flagged(Instant at) {
    return new Purchase(userId, date, orderId, status, total, at, tags, quantities);
  }

  Purchase withStatus(Status newStatus) {
    return new Purchase(userId, date, orderId, newStatus, total, flaggedAt, tags, quantities);
  }
}
