package dev.example;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Transient;
import dev.singletable.annotation.Key;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

@Entity("Order")
@Key(pk = "USER#<userId>", sk = "ORDER#<date>#<orderId>")
@Key(index = "GSI1", pk = "STATUS#<status>", sk = "ORDER#<date>#<orderId>")
@Key(index = "GSI2", pk = "FLAGGED", sk = "<flaggedAt>#<orderId>")
@Key(index = "LSI1", sk = "AMOUNT#<total>")
public record Order(String userId, LocalDate date, String orderId, OrderStatus status, long total,
    Instant flaggedAt, List<String> tags, Map<String, Integer> quantities, YearMonth month,
    Address shippingAddress, List<LineItem> lineItems, @Transient String note) {}
