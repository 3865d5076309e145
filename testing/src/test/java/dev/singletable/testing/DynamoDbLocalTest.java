package dev.singletable.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** DynamoDB Local itself, started by each test whatever the run's backend. */
class DynamoDbLocalTest {

  @Test
  void aSharedDatabaseIsOneForEveryAccessKeyAndRegion() {
    try (DynamoDbLocal local = DynamoDbLocal.builder().sharedDb(true).start();
        DynamoDbClient alice = clientOf(local, "alice", Region.US_EAST_1);
        DynamoDbClient bob = clientOf(local, "bob", Region.EU_WEST_3)) {
      String table = Tables.withPartitionKey(alice, "shared");
      alice.putItem(r -> r.tableName(table).item(Map.of("PK", AttributeValue.fromS("a"), "by", AttributeValue.fromS("alice"))));

      assertThat(local.sharedDb()).isTrue();
      assertThat(bob.listTables().tableNames()).containsExactly(table);
      assertThat(bob.getItem(r -> r.tableName(table).key(Map.of("PK", AttributeValue.fromS("a")))).item())
          .containsEntry("by", AttributeValue.fromS("alice"));
    }
  }

  @Test
  void withoutSharedDbEachAccessKeyAndRegionHasItsOwnDatabase() {
    try (DynamoDbLocal local = DynamoDbLocal.start();
        DynamoDbClient alice = clientOf(local, "alice", Region.US_EAST_1);
        DynamoDbClient aliceElsewhere = clientOf(local, "alice", Region.EU_WEST_3);
        DynamoDbClient bob = clientOf(local, "bob", Region.US_EAST_1)) {
      String table = Tables.withPartitionKey(alice, "own");

      assertThat(local.sharedDb()).isFalse();
      assertThat(alice.listTables().tableNames()).containsExactly(table);
      assertThat(aliceElsewhere.listTables().tableNames()).isEmpty();
      assertThat(bob.listTables().tableNames()).isEmpty();
    }
  }

  @Test
  void aStartedServerIsInMemoryAndStops() {
    String table;
    try (DynamoDbLocal local = DynamoDbLocal.start(); DynamoDbClient client = local.client()) {
      assertThat(local.backend()).isEqualTo(Backend.LOCAL);
      assertThat(client.listTables().tableNames()).isEmpty();
      table = Tables.withPartitionKey(client, "stops");
      assertThat(client.describeTable(r -> r.tableName(table)).table().tableName()).isEqualTo(table);
    }
    try (DynamoDbLocal fresh = DynamoDbLocal.start(); DynamoDbClient client = fresh.client()) {
      assertThatThrownBy(() -> client.describeTable(r -> r.tableName(table))).isInstanceOf(ResourceNotFoundException.class);
    }
  }

  @Test
  void clientForReachesAServerByItsEndpoint() {
    try (DynamoDbLocal local = DynamoDbLocal.start(); DynamoDbClient client = DynamoDbLocal.clientFor(local.endpoint())) {
      String table = Tables.withPartitionKey(client, "endpoint");
      try (DynamoDbClient other = local.client()) {
        assertThat(other.listTables().tableNames()).containsExactly(table); // same access key and region
      }
    }
  }

  @Test
  void closingLeavesNoThreadThatKeepsTheJvmAlive() throws InterruptedException {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    try (DynamoDbLocal local = DynamoDbLocal.start(); DynamoDbClient client = local.client()) {
      String table = Tables.withPartitionKey(client, "ttl");
      // Enabling TTL starts DynamoDB Local's background jobs, which its own stop() leaves running.
      client.updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(s -> s.attributeName("ttl").enabled(true)));
    }
    List<Thread> left = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (!before.contains(thread) && !thread.isDaemon() && thread.isAlive()) {
        left.add(thread);
      }
    }
    for (Thread thread : left) {
      thread.join(10_000); // interrupted threads end promptly; the bound only keeps a bug from hanging the build
    }
    assertThat(left).allSatisfy(thread -> assertThat(thread.isAlive()).as(thread.getName()).isFalse());
  }

  private static DynamoDbClient clientOf(DynamoDbLocal local, String accessKey, Region region) {
    return local.clientBuilder()
        .region(region)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "secret")))
        .build();
  }
}
