package dev.singletable.it;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.Instant;

/** Seed 001's order as its JavaScript writes it: {@code ORDER#${new Date().toISOString()}#${order.id}}. */
@Entity
@Key(pk = "USER#<userId>", sk = "ORDER#<createdAt:iso-millis>#<orderId:raw>")
@Key(index = "GSI1", pk = "STATUS#<status:lower>", sk = "ORDER#<createdAt:iso-millis>#<orderId:raw>")
public record LegacyOrder(String userId, Instant createdAt, String orderId, LegacyStatus status, long total) {}
