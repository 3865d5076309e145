package dev.example;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.Instant;

/** Keys that other code wrote: every key format, and the #METADATA idiom. */
@Entity
@SuppressWarnings("SingletableUnorderedFormat") // shards 0 to 9: one digit each, so they sort anyway
@Key(pk = "SESSION#<sessionId:raw>", sk = "#METADATA#<shard:unpadded>")
@Key(index = "GSI1", pk = "KIND#<kind:spelled>", sk = "<startedAt:iso-millis>#<status:lower>")
@Key(index = "GSI2", pk = "VIEWS", sk = "<views:padded(6)>#<sessionId:raw>")
@Key(index = "LSI1", sk = "EXPIRES#<expiresAt:epoch-seconds(11)>")
public record Session(String sessionId, int shard, SessionKind kind, Instant startedAt, OrderStatus status,
    long views, Instant expiresAt) {}
