package dev.singletable.it.tx;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import dev.singletable.annotation.Ttl;
import java.time.Instant;

/** Seed 001's session, with its TTL as an {@code Instant} (stored as epoch seconds). */
@Entity
@Key(pk = "SESSION#<sessionId>", sk = "METADATA")
@Key(index = "GSI1", pk = "SESSIONS#<userId>", sk = "SESSION#<sessionId>")
public record Session(String sessionId, String userId, @Ttl Instant expiresAt) {}
