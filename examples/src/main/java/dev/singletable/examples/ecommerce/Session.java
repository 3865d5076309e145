package dev.singletable.examples.ecommerce;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import dev.singletable.annotation.Ttl;
import java.time.Instant;

/**
 * A login session. DynamoDB deletes it some time after {@code ttl} (seed 001: TTL deletion is
 * eventual, up to 48 hours late): {@code createTable()} enables TTL on that attribute.
 *
 * @param ttl the expiry, in epoch seconds: the unit DynamoDB's TTL expects
 */
@Entity
@Key(pk = "SESSION#<sessionId>", sk = "METADATA")
public record Session(String sessionId, String userId, Instant createdAt, @Ttl long ttl) implements ShopItem {}
