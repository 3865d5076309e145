package dev.singletable.it.interop.seed001;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.Instant;

/**
 * A session, as seed 001's {@code createSession} writes it: no type attribute (read by the shape
 * of its key) and {@code ttl} in epoch seconds. Until {@code @Ttl} lands it is a plain number
 * here (see the pending {@code InteropTtlTest}).
 *
 * @param ttl when DynamoDB may delete the session, in seconds since the epoch
 */
@Entity
@Key(pk = "SESSION#<sessionId:raw>", sk = "METADATA")
public record Session(String sessionId, String userId, Instant createdAt, long ttl) {}
