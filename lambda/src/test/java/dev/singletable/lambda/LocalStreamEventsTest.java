package dev.singletable.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.singletable.ChangeEvent;
import dev.singletable.EntityTable;
import dev.singletable.SingleTable;
import dev.singletable.TableOptions;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import dev.singletable.testing.TableStreams;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Real stream records of DynamoDB Local, read twice: as the SDK's {@code Record}s from
 * {@code DynamoDbStreamsClient}, and from the JSON the streams API sent, deserialised into a
 * {@code DynamodbEvent} as the Lambda runtime does. Both paths give the same changes.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class LocalStreamEventsTest {

  private static final Member MEMBER = new Member("m1", "Ann", false, SdkBytes.fromUtf8String("\u0000\u00ff bytes"),
      Set.of("new"), Set.of(3L), List.of("a", "b"), Map.of("march", 1L));

  @Test
  void theLambdaEventAndTheStreamsApiGiveTheSameChanges(DynamoDbClient client) {
    SingleTable shop = ShopSchema.table(client, DynamoDbLocal.uniqueTableName("lambda"))
        .withOptions(TableOptions.builder().streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build());
    shop.createTable();
    EntityTable<Member> members = shop.entity(Member.class);
    EntityTable<Order> orders = shop.entity(Order.class);
    members.put(MEMBER);
    orders.put(new Order("m1", "o1", "PENDING", 10));
    orders.update(OrderKeys.key("m1", "o1")).set(OrderUpdate.status("COMPLETED")).execute();
    members.delete(MemberKeys.key("m1"));

    List<String> bodies = new ArrayList<>();
    List<Record> records;
    try (DynamoDbStreamsClient streams = recordingStreamsClient(client, bodies)) {
      records = TableStreams.records(client, streams, shop.tableName());
    }
    List<ChangeEvent<?>> fromSdk = shop.changeEvents(records);
    List<ChangeEvent<?>> fromLambda = new ArrayList<>();
    for (String body : bodies) {
      fromLambda.addAll(DynamodbEvents.changeEvents(shop, lambdaEvent(body)));
    }

    assertThat(fromSdk).hasSize(4);
    assertThat(fromLambda).hasSize(fromSdk.size());
    for (int i = 0; i < fromSdk.size(); i++) {
      ChangeEvent<?> sdk = fromSdk.get(i);
      ChangeEvent<?> lambda = fromLambda.get(i);
      assertThat(lambda.kind()).isEqualTo(sdk.kind());
      assertThat(lambda.entityClass()).isEqualTo(sdk.entityClass());
      assertThat(lambda.key()).isEqualTo(sdk.key());
      assertThat((Optional<?>) lambda.oldItem()).isEqualTo(sdk.oldItem());
      assertThat((Optional<?>) lambda.newItem()).isEqualTo(sdk.newItem());
      assertThat(lambda.record().dynamodb().sequenceNumber()).isEqualTo(sdk.record().dynamodb().sequenceNumber());
    }
    assertThat(fromLambda.get(0).as(Member.class).flatMap(ChangeEvent::newItem)).contains(MEMBER);
    assertThat(fromLambda.get(3).as(Member.class).flatMap(ChangeEvent::oldItem)).contains(MEMBER);
  }

  /** The Lambda runtime's deserialiser reads a GetRecords response as a DynamodbEvent: both have "Records". */
  private static DynamodbEvent lambdaEvent(String json) {
    try (InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))) {
      return LambdaEventSerializers.serializerFor(DynamodbEvent.class, LocalStreamEventsTest.class.getClassLoader())
          .fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A streams client that keeps the JSON body of every GetRecords response holding records. */
  private static DynamoDbStreamsClient recordingStreamsClient(DynamoDbClient client, List<String> bodies) {
    ExecutionInterceptor recorder = new ExecutionInterceptor() {
      @Override
      public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
          ExecutionAttributes attributes) {
        if (!(context.request() instanceof GetRecordsRequest) || context.responseBody().isEmpty()) {
          return context.responseBody();
        }
        try {
          byte[] body = context.responseBody().get().readAllBytes();
          String json = new String(body, StandardCharsets.UTF_8);
          if (json.contains("\"eventName\"")) {
            bodies.add(json);
          }
          return Optional.of(new ByteArrayInputStream(body));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
    return DynamoDbStreamsClient.builder()
        .endpointOverride(client.serviceClientConfiguration().endpointOverride().orElseThrow())
        .region(client.serviceClientConfiguration().region())
        .credentialsProvider(client.serviceClientConfiguration().credentialsProvider())
        .overrideConfiguration(o -> o.addExecutionInterceptor(recorder))
        .build();
  }
}
