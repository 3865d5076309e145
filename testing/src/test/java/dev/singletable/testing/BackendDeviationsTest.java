package dev.singletable.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Every {@link Deviation}, on the backend of the run: DynamoDB's documented behaviour where the
 * backend follows it, and what the backend does instead where it says it deviates. When a new moto
 * or DynamoDB Local changes, a test here fails and docs/testing.md is due for an update.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class BackendDeviationsTest {

  private final Backend backend;
  private final DynamoDbClient client;

  BackendDeviationsTest(DynamoDbServer server, DynamoDbClient client) {
    this.backend = server.backend();
    this.client = client;
  }

  @Test
  void batchWritesOfMoreThan25Requests() {
    String table = Tables.withPartitionKey(client, "batch26");
    List<WriteRequest> puts = IntStream.range(0, 26).mapToObj(i -> put(Map.of("PK", s("p" + i)))).toList();
    ThrowingCallable write = () -> client.batchWriteItem(r -> r.requestItems(Map.of(table, puts)));

    if (backend.deviatesOn(Deviation.BATCH_WRITE_ACCEPTS_MORE_THAN_25)) {
      assertThatCode(write).doesNotThrowAnyException();
      assertThat(count(table)).isEqualTo(26);
    } else {
      assertValidationException(write);
      assertThat(count(table)).isZero();
    }
  }

  @Test
  void batchWritesWithTwoRequestsOnOneKey() {
    String table = Tables.withPartitionKey(client, "batchdup");
    Map<String, AttributeValue> key = Map.of("PK", s("a"));
    List<WriteRequest> both = List.of(put(key), WriteRequest.builder().deleteRequest(d -> d.key(key)).build());
    ThrowingCallable write = () -> client.batchWriteItem(r -> r.requestItems(Map.of(table, both)));

    if (backend.deviatesOn(Deviation.BATCH_WRITE_ACCEPTS_DUPLICATE_KEYS)) {
      assertThatCode(write).doesNotThrowAnyException();
      assertThat(count(table)).isZero(); // the put, then the delete
    } else {
      assertValidationException(write);
    }
  }

  @Test
  void indexKeyAttributesOfAnotherTypeThanDefined() {
    String table = Tables.withIndexes(client, "gsitype", ScalarAttributeType.S);
    Map<String, AttributeValue> item = Map.of("PK", s("a"), "SK", s("1"), "GSI1PK", n("1"), "GSI1SK", s("x"));
    ThrowingCallable write = () -> client.putItem(r -> r.tableName(table).item(item));

    if (backend.deviatesOn(Deviation.INDEX_KEY_TYPE_NOT_CHECKED)) {
      assertThatCode(write).doesNotThrowAnyException();
      assertThat(client.getItem(r -> r.tableName(table).key(Map.of("PK", s("a"), "SK", s("1")))).item()).isEqualTo(item);
      assertThat(client.query(r -> r.tableName(table).indexName("GSI1").keyConditionExpression("GSI1PK = :p")
          .expressionAttributeValues(Map.of(":p", s("1")))).items()).isEmpty();
    } else {
      assertValidationException(write);
    }
  }

  @Test
  void numbersReadBackWithoutLeadingAndTrailingZeroes() {
    String table = Tables.withPartitionKey(client, "numbers");
    client.putItem(r -> r.tableName(table).item(Map.of("PK", s("a"), "m", n("1.50"), "e", n("1E+2"), "z", n("-0"), "l", n("007"))));

    Map<String, AttributeValue> read = client.getItem(r -> r.tableName(table).key(Map.of("PK", s("a")))).item();
    Map<String, String> numbers = Map.of("m", read.get("m").n(), "e", read.get("e").n(), "z", read.get("z").n(), "l", read.get("l").n());
    if (backend.deviatesOn(Deviation.NUMBERS_NOT_NORMALIZED)) {
      assertThat(numbers).isEqualTo(Map.of("m", "1.50", "e", "1E+2", "z", "-0", "l", "007"));
    } else {
      assertThat(numbers).isEqualTo(Map.of("m", "1.5", "e", "100", "z", "0", "l", "7"));
    }
  }

  @Test
  void numbersOfMoreThan38Digits() {
    String table = Tables.withPartitionKey(client, "precision");
    ThrowingCallable write = () -> client.putItem(r -> r.tableName(table).item(Map.of("PK", s("a"), "n", n("1".repeat(39)))));

    assertValidationExceptionUnless(Deviation.NUMBER_PRECISION_NOT_CHECKED, write);
  }

  @Test
  void localIndexQueriesForAllAttributesFetchThemFromTheTable() {
    String table = Tables.withIndexes(client, "lsifetch", ScalarAttributeType.S);
    client.putItem(r -> r.tableName(table).item(Map.of("PK", s("a"), "SK", s("1"), "LSI1SK", s("l"), "name", s("Alice"))));

    List<Map<String, AttributeValue>> items = client.query(r -> r.tableName(table).indexName("LSI1").select(Select.ALL_ATTRIBUTES)
        .keyConditionExpression("PK = :p").expressionAttributeValues(Map.of(":p", s("a")))).items();
    if (backend.deviatesOn(Deviation.LSI_QUERY_DOES_NOT_FETCH_FROM_TABLE)) {
      assertThat(items).containsExactly(Map.of("PK", s("a"), "SK", s("1"), "LSI1SK", s("l")));
    } else {
      assertThat(items).containsExactly(Map.of("PK", s("a"), "SK", s("1"), "LSI1SK", s("l"), "name", s("Alice")));
    }
  }

  @Test
  void aQueryStoppedByItsLimitOnTheLastMatchingItem() {
    String table = Tables.withIndexes(client, "limitend", ScalarAttributeType.S);
    for (String sk : List.of("1", "2")) {
      client.putItem(r -> r.tableName(table).item(Map.of("PK", s("a"), "SK", s(sk))));
    }

    QueryResponse page = client.query(r -> r.tableName(table).limit(2)
        .keyConditionExpression("PK = :p").expressionAttributeValues(Map.of(":p", s("a"))));
    assertThat(page.count()).isEqualTo(2);
    if (backend.deviatesOn(Deviation.NO_LAST_EVALUATED_KEY_AT_LIMIT_ON_LAST_ITEM)) {
      assertThat(page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()).isFalse();
    } else {
      assertThat(page.lastEvaluatedKey()).isEqualTo(Map.of("PK", s("a"), "SK", s("2")));
    }
  }

  @Test
  void beginsWithOnANumberSortKey() {
    String table = Tables.withIndexes(client, "beginsn", ScalarAttributeType.N);
    ThrowingCallable query = () -> client.query(r -> r.tableName(table)
        .keyConditionExpression("PK = :p AND begins_with(SK, :n)").expressionAttributeValues(Map.of(":p", s("a"), ":n", n("1"))));

    assertValidationExceptionUnless(Deviation.BEGINS_WITH_ON_NUMBER_SORT_KEY_ACCEPTED, query);
  }

  @Test
  void inWithMoreThan100Values() {
    String table = Tables.withPartitionKey(client, "in101");
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    IntStream.range(0, 101).forEach(i -> values.put(":v" + i, n(Integer.toString(i))));
    String in = "n IN (" + String.join(", ", values.keySet()) + ")";
    ThrowingCallable scan = () -> client.scan(r -> r.tableName(table).filterExpression(in).expressionAttributeValues(values));

    assertValidationExceptionUnless(Deviation.IN_WITH_MORE_THAN_100_VALUES_ACCEPTED, scan);
  }

  @Test
  void aTransactionRepeatedWithItsClientRequestToken() {
    String table = Tables.withPartitionKey(client, "token");
    TransactWriteItem increment = TransactWriteItem.builder().update(u -> u.tableName(table).key(Map.of("PK", s("a")))
        .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", n("1")))).build();
    for (int call = 0; call < 2; call++) {
      client.transactWriteItems(r -> r.transactItems(increment).clientRequestToken("token-of-" + table));
    }

    String n = client.getItem(r -> r.tableName(table).key(Map.of("PK", s("a")))).item().get("n").n();
    assertThat(n).isEqualTo(backend.deviatesOn(Deviation.CLIENT_REQUEST_TOKEN_IGNORED) ? "2" : "1");
  }

  @Test
  void aTransactionAskedForItsConsumedCapacity() {
    String table = Tables.withPartitionKey(client, "capacity");
    List<ConsumedCapacity> capacity = client.transactWriteItems(r -> r
        .transactItems(TransactWriteItem.builder().put(p -> p.tableName(table).item(Map.of("PK", s("a")))).build())
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();

    if (backend.deviatesOn(Deviation.TRANSACT_WRITE_CONSUMED_CAPACITY_NOT_RETURNED)) {
      assertThat(capacity).isEmpty();
    } else {
      assertThat(capacity).singleElement().satisfies(c -> assertThat(c.capacityUnits()).isPositive());
    }
  }

  private int count(String table) {
    return client.scan(r -> r.tableName(table)).count();
  }

  /** The documented {@code ValidationException}; or no exception where the backend deviates so. */
  private void assertValidationExceptionUnless(Deviation deviation, ThrowingCallable request) {
    if (backend.deviatesOn(deviation)) {
      assertThatCode(request).doesNotThrowAnyException();
    } else {
      assertValidationException(request);
    }
  }

  private static void assertValidationException(ThrowingCallable request) {
    assertThatThrownBy(request).isInstanceOfSatisfying(DynamoDbException.class,
        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
  }

  private static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(p -> p.item(item)).build();
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(String value) {
    return AttributeValue.fromN(value);
  }
}
