package dev.example;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.Instant;

/**
 * Keys that other code wrote: every key format, and the #METADATA idiom. Both shapes of write
 * sharding: ten shards of the sort key that the writer picks (one digit each, so they sort), and a
 * GSI partition spread over four shards by the primary key.
 */
@Entity
@Key(pk = "SESSION#<sessionId:raw>", sk = "#METADATA#<shard:unpadded>", shards = 10)
@Key(index = "GSI1", pk = "KIND#<kind:spelled>", sk = "<startedAt:iso-millis>#<status:lower>")
@Key(index = "GSI2", pk = "VIEWS#<slot:unpadded>", sk = "<views:padded(6)>#<sessionId:raw>", shards = 4,
    shard = "slot")
@Key(index = "LSI1", sk = "EXPIRES#<expiresAt:epoch-seconds(11)>")
public record Session(String sessionId, int shard, SessionKind kind, Instant startedAt, OrderStatus status,
    long views, Instant expiresAt) {}
