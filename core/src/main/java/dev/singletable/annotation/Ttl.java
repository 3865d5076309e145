package dev.singletable.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the time-to-live property of an {@link Entity}: an {@code Instant}, or a {@code long}
 * ({@code Long}) of epoch seconds. It is stored as a number of epoch seconds, the only form
 * DynamoDB's TTL reads (an {@code Instant} loses its fraction of a second); {@code null} means the
 * item never expires. All entities of a table that have one use the same attribute name, since
 * DynamoDB enables TTL on one attribute per table.
 *
 * <pre>{@code
 * @Entity
 * @Key(pk = "SESSION#<sessionId>", sk = "METADATA")
 * public record Session(String sessionId, String userId, @Ttl Instant expiresAt) {}
 * }</pre>
 *
 * <p>{@code SingleTable.createTable()} enables TTL on the attribute. DynamoDB deletes an expired
 * item some time later (seed 001: up to 48 hours), so until then reads still return it, unless
 * the table or the read skips expired items ({@code ExpiredItems.SKIP}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Ttl {}
