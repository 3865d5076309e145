package dev.singletable.it.interop;

import static dev.singletable.it.interop.JsonItems.plus;
import static dev.singletable.it.interop.JsonItems.shape;
import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.EntityTable;
import dev.singletable.SingleTable;
import dev.singletable.it.interop.ttl.ExpiringSession;
import dev.singletable.it.interop.ttl.ExpiringSessionKeys;
import dev.singletable.it.interop.ttl.TtlSeed001Schema;
import dev.singletable.testing.DynamoDbLocalExtension;
import dev.singletable.testing.DynamoDbServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Seed 001's sessions carry {@code ttl} in epoch seconds: a
 * design with {@code @Ttl Instant ttl} reads the JavaScript's, writes its own in the same form,
 * and {@code createTable} enables TTL on that attribute.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class InteropTtlTest {

  @Test
  void sessionsExpireByTheJavaScriptsTtlAttribute(DynamoDbServer server, DynamoDbClient client) {
    Seed001Scenario table = new Seed001Scenario(server, client);
    SingleTable ttlView = TtlSeed001Schema.table(client, table.tableName);
    ttlView.createTable(); // the table exists: enables TTL on "ttl"
    assertThat(client.describeTimeToLive(b -> b.tableName(table.tableName)).timeToLiveDescription())
        .satisfies(d -> {
          assertThat(d.attributeName()).isEqualTo("ttl");
          assertThat(d.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
        });
    table.writeWithJavaScript();
    EntityTable<ExpiringSession> sessions = ttlView.entity(ExpiringSession.class);

    ExpiringSession js = sessions.get(ExpiringSessionKeys.key("S-1")).orElseThrow();
    assertThat(Duration.between(js.createdAt(), js.ttl()).toSeconds()).isBetween(86_399L, 86_400L);

    Instant created = Instant.parse("2026-03-15T10:03:03.369Z");
    // A TTL in the real future: DynamoDB Local deletes expired items by the real clock.
    Instant expires = Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    sessions.put(new ExpiringSession("S-2", "st-cy", created, expires));
    assertThat(table.raw("SESSION#S-2", "METADATA").get("ttl").n()).isEqualTo(String.valueOf(expires.getEpochSecond()));
    assertThat(shape(table.raw("SESSION#S-2", "METADATA")))
        .isEqualTo(plus(shape(table.raw("SESSION#S-1", "METADATA")), "S", "entityType", "sessionId"));
  }
}
