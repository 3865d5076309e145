package dev.singletable.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The extension on the backend chosen for the run: these tests pass on every backend. */
@ExtendWith(DynamoDbLocalExtension.class)
class DynamoDbLocalExtensionTest {

  @Test
  void injectsAClientOfARunningServerThatStoresItems(DynamoDbClient client) {
    String table = Tables.withPartitionKey(client, "extension");
    client.putItem(r -> r.tableName(table).item(Map.of("PK", AttributeValue.fromS("a"), "n", AttributeValue.fromN("1"))));

    assertThat(client.getItem(r -> r.tableName(table).key(Map.of("PK", AttributeValue.fromS("a")))).item())
        .containsEntry("n", AttributeValue.fromN("1"));
  }

  @Test
  void sharesOneServerOfTheChosenBackendAcrossTests(DynamoDbServer first, DynamoDbServer second, DynamoDbClient client) {
    assertThat(first).isSameAs(second);
    assertThat(first.backend()).isEqualTo(Backend.chosen());
    assertThat(first.endpoint().getHost()).isIn("localhost", "127.0.0.1");
    assertThat(client.listTables().tableNames()).isNotNull();
  }

  @Test
  void startsDynamoDbLocalSharedSoThatOtherProgramsSeeItsTables(DynamoDbServer server) {
    if (server instanceof DynamoDbLocal local) {
      assertThat(local.sharedDb()).isTrue();
    } else {
      assertThat(server).isInstanceOf(MotoServer.class); // moto: one database per account and region, always
    }
  }

  @Test
  void clientBuilderTakesWhatATestAdds(DynamoDbServer server, DynamoDbClient shared) {
    String table = Tables.withPartitionKey(shared, "builder");
    AtomicInteger requests = new AtomicInteger();
    ExecutionInterceptor counting = new ExecutionInterceptor() {
      @Override
      public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        requests.incrementAndGet();
      }
    };
    try (DynamoDbClient client = server.clientBuilder().overrideConfiguration(o -> o.addExecutionInterceptor(counting)).build()) {
      assertThat(client.describeTable(r -> r.tableName(table)).table().tableName()).isEqualTo(table);
    }
    assertThat(requests).hasValue(1);
  }

  @Test
  void uniqueTableNamesNeverRepeat() {
    assertThat(DynamoDbLocal.uniqueTableName("x")).isNotEqualTo(DynamoDbLocal.uniqueTableName("x"));
  }
}
