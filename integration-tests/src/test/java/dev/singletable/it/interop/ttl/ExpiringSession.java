package dev.singletable.it.interop.ttl;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import dev.singletable.annotation.Ttl;
import java.time.Instant;

/**
 * Seed 001's session with its {@code ttl} as a time to live: stored as epoch seconds, as
 * {@code createSession} writes it ({@code Math.floor(Date.now() / 1000) + 24 * 60 * 60}).
 */
@Entity("Session")
@Key(pk = "SESSION#<sessionId:raw>", sk = "METADATA")
public record ExpiringSession(String sessionId, String userId, Instant createdAt, @Ttl Instant ttl) {}
