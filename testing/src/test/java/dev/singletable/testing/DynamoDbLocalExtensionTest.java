package dev.singletable.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

@ExtendWith(DynamoDbLocalExtension.class)
class DynamoDbLocalExtensionTest {

  @Test
  void injectsAClientOfARunningServerThatStoresItems(DynamoDbClient client) {
    String table = DynamoDbLocal.uniqueTableName("extension");
    client.createTable(r -> r.tableName(table)
        .billingMode("PAY_PER_REQUEST")
        .keySchema(k -> k.attributeName("PK").keyType("HASH"))
        .attributeDefinitions(a -> a.attributeName("PK").attributeType("S")));
    client.putItem(r -> r.tableName(table).item(java.util.Map.of("PK", AttributeValue.fromS("a"), "n", AttributeValue.fromN("1"))));

    assertThat(client.getItem(r -> r.tableName(table).key(java.util.Map.of("PK", AttributeValue.fromS("a")))).item())
        .containsEntry("n", AttributeValue.fromN("1"));
  }

  @Test
  void sharesOneServerAcrossTests(DynamoDbLocal first, DynamoDbLocal second, DynamoDbClient client) {
    assertThat(first).isSameAs(second);
    assertThat(first.endpoint().getHost()).isEqualTo("localhost");
    assertThat(client.listTables().tableNames()).isNotNull();
  }

  @Test
  void uniqueTableNamesNeverRepeat() {
    assertThat(DynamoDbLocal.uniqueTableName("x")).isNotEqualTo(DynamoDbLocal.uniqueTableName("x"));
  }

  @Test
  void aStartedServerIsInMemoryAndStops() {
    String table = DynamoDbLocal.uniqueTableName("stops");
    try (DynamoDbLocal local = DynamoDbLocal.start(); DynamoDbClient client = local.client()) {
      assertThat(client.listTables().tableNames()).isEmpty();
      client.createTable(r -> r.tableName(table).billingMode("PAY_PER_REQUEST")
          .keySchema(k -> k.attributeName("PK").keyType("HASH"))
          .attributeDefinitions(a -> a.attributeName("PK").attributeType("S")));
      assertThat(client.describeTable(r -> r.tableName(table)).table().tableName()).isEqualTo(table);
    }
    try (DynamoDbLocal fresh = DynamoDbLocal.start(); DynamoDbClient client = fresh.client()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.describeTable(r -> r.tableName(table)))
          .isInstanceOf(ResourceNotFoundException.class);
    }
  }

  @Test
  void closingLeavesNoThreadThatKeepsTheJvmAlive() throws InterruptedException {
    java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
    try (DynamoDbLocal local = DynamoDbLocal.start(); DynamoDbClient client = local.client()) {
      String table = DynamoDbLocal.uniqueTableName("ttl");
      client.createTable(r -> r.tableName(table).billingMode("PAY_PER_REQUEST")
          .keySchema(k -> k.attributeName("PK").keyType("HASH"))
          .attributeDefinitions(a -> a.attributeName("PK").attributeType("S")));
      // Enabling TTL starts DynamoDB Local's background jobs, which its own stop() leaves running.
      client.updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(s -> s.attributeName("ttl").enabled(true)));
    }
    java.util.List<Thread> left = new java.util.ArrayList<>();
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
}
