package dev.singletable.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.singletable.ChangeEvent;
import dev.singletable.ChangeEvent.Kind;
import dev.singletable.ReadPolicy;
import dev.singletable.SingleTable;
import dev.singletable.StreamReader;
import dev.singletable.TableOptions;
import dev.singletable.UnknownItemException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The DynamoDB stream event AWS documents, deserialised as the Lambda Java runtime does
 * ({@code aws-lambda-java-serialization}), read as typed changes. Sends no request.
 */
class DynamodbEventsTest {

  /** Never sends a request: reading events needs none. */
  private static final DynamoDbClient UNUSED = DynamoDbClient.builder().region(Region.US_EAST_1).build();
  private static final SingleTable SHOP = ShopSchema.table(UNUSED);
  private static final Order PENDING = new Order("m1", "o1", "PENDING", 4999);
  private static final Member MEMBER = new Member("m1", null, true, SdkBytes.fromUtf8String("hello"),
      Set.of("early", "gold"), Set.of(7L, 42L), List.of("first", "second"), Map.of("march", 10L, "april", 25L));

  @AfterAll
  static void close() {
    UNUSED.close();
  }

  static DynamodbEvent event(String resource) {
    try (InputStream json = DynamodbEventsTest.class.getResourceAsStream(resource)) {
      return LambdaEventSerializers.serializerFor(DynamodbEvent.class, DynamodbEventsTest.class.getClassLoader())
          .fromJson(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyRecordOfTheEventIsATypedChange() {
    List<ChangeEvent<?>> events = DynamodbEvents.changeEvents(SHOP, event("/dynamodb-event.json"));

    assertThat(events).extracting(ChangeEvent::kind).containsExactly(Kind.INSERT, Kind.MODIFY, Kind.REMOVE, Kind.REMOVE);
    assertThat(events).extracting(ChangeEvent::entityClass)
        .containsExactly(Order.class, Order.class, Member.class, Order.class);
    assertThat(events.get(0).as(Order.class).flatMap(ChangeEvent::newItem)).contains(PENDING);
    ChangeEvent<Order> modify = events.get(1).as(Order.class).orElseThrow();
    assertThat(modify.oldItem()).contains(PENDING);
    assertThat(modify.newItem().map(Order::status)).contains("COMPLETED");
    assertThat(modify.key()).isEqualTo(OrderKeys.key("m1", "o1"));
  }

  @Test
  void everyAttributeTypeOfAnImageArrives() {
    ChangeEvent<?> removal = DynamodbEvents.changeEvents(SHOP, event("/dynamodb-event.json")).get(2);

    assertThat(removal.as(Member.class).flatMap(ChangeEvent::oldItem)).contains(MEMBER);
    assertThat(removal.isTimeToLiveDelete()).isTrue();
  }

  @Test
  void aKeysOnlyRecordHasItsEntityFromTheKey() {
    ChangeEvent<?> keysOnly = DynamodbEvents.changeEvents(SHOP, event("/dynamodb-event.json")).get(3);

    assertThat(keysOnly.entityClass()).isEqualTo(Order.class);
    assertThat(keysOnly.key()).isEqualTo(OrderKeys.key("m1", "o1"));
    assertThat(keysOnly.oldItem()).isEmpty();
    assertThat(keysOnly.viewType()).contains(StreamViewType.KEYS_ONLY);
    assertThat(keysOnly.isTimeToLiveDelete()).isFalse();
  }

  @Test
  void everyFieldOfTheRecordCarriesOver() {
    DynamodbEvent.DynamodbStreamRecord lambda = event("/dynamodb-event.json").getRecords().get(2);

    Record sdk = LambdaStreamRecords.toSdk(lambda);

    assertThat(sdk.eventID()).isEqualTo("eccbc87e4b5ce2fe28308fd9f2a7baf3");
    assertThat(sdk.eventName()).isEqualTo(OperationType.REMOVE);
    assertThat(sdk.eventVersion()).isEqualTo("1.1");
    assertThat(sdk.eventSource()).isEqualTo("aws:dynamodb");
    assertThat(sdk.awsRegion()).isEqualTo("us-east-1");
    assertThat(sdk.userIdentity().type()).isEqualTo("Service");
    assertThat(sdk.userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(sdk.dynamodb().approximateCreationDateTime()).isEqualTo(Instant.ofEpochSecond(1773536400));
    assertThat(sdk.dynamodb().sequenceNumber()).isEqualTo("4421584500000000017450439093");
    assertThat(sdk.dynamodb().sizeBytes()).isEqualTo(190L);
    assertThat(sdk.dynamodb().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
    assertThat(sdk.dynamodb().keys()).containsOnlyKeys("PK", "SK");
    assertThat(sdk.dynamodb().hasNewImage()).isFalse();
    assertThat(sdk.dynamodb().oldImage()).containsOnlyKeys("PK", "SK", "entityType", "memberId", "nickname", "vip",
        "avatar", "tags", "luckyNumbers", "notes", "points");
  }

  @Test
  void theTablesReadPoliciesApply() {
    DynamodbEvent event = event("/dynamodb-event.json");
    event.getRecords().get(0).getDynamodb().getNewImage().get("entityType").setS("Refund");
    SingleTable failing = SHOP.withOptions(TableOptions.builder().unknownItems(ReadPolicy.FAIL).build());
    SingleTable skipping = SHOP.withOptions(TableOptions.builder().unknownItems(ReadPolicy.SKIP).build());

    assertThat(DynamodbEvents.changeEvent(SHOP, event.getRecords().get(0)).isRecognized()).isFalse();
    assertThatThrownBy(() -> DynamodbEvents.changeEvents(failing, event))
        .isInstanceOf(UnknownItemException.class).hasMessageContaining("\"Refund\"");
    assertThat(DynamodbEvents.changeEvents(skipping, event)).hasSize(3);
  }

  @Test
  void aReaderWithoutAClientReadsTheEventAsTheTableDoes() {
    StreamReader reader = ShopSchema.streamReader();
    DynamodbEvent event = event("/dynamodb-event.json");

    List<ChangeEvent<?>> read = DynamodbEvents.changeEvents(reader, event);
    List<ChangeEvent<?>> byTable = DynamodbEvents.changeEvents(SHOP, event);

    assertThat(read).extracting(ChangeEvent::kind).containsExactlyElementsOf(byTable.stream().map(ChangeEvent::kind).toList());
    assertThat(read).extracting(ChangeEvent::key).containsExactlyElementsOf(byTable.stream().map(ChangeEvent::key).toList());
    assertThat(read.stream().<Object>map(e -> e.newItem().orElse(null)).toList())
        .isEqualTo(byTable.stream().<Object>map(e -> e.newItem().orElse(null)).toList());
    assertThat(read.stream().<Object>map(e -> e.oldItem().orElse(null)).toList())
        .isEqualTo(byTable.stream().<Object>map(e -> e.oldItem().orElse(null)).toList());
    assertThat(DynamodbEvents.changeEvent(reader, event.getRecords().get(0)).as(Order.class)
        .flatMap(ChangeEvent::newItem)).contains(PENDING);
  }

  @Test
  void theReadersPoliciesApply() {
    DynamodbEvent event = event("/dynamodb-event.json");
    event.getRecords().get(0).getDynamodb().getNewImage().get("entityType").setS("Refund");
    StreamReader failing = ShopSchema.streamReader().withOptions(TableOptions.builder().unknownItems(ReadPolicy.FAIL).build());
    StreamReader skipping = ShopSchema.streamReader().withOptions(TableOptions.builder().unknownItems(ReadPolicy.SKIP).build());

    assertThat(DynamodbEvents.changeEvent(ShopSchema.streamReader(), event.getRecords().get(0)).isRecognized()).isFalse();
    assertThatThrownBy(() -> DynamodbEvents.changeEvents(failing, event))
        .isInstanceOf(UnknownItemException.class).hasMessageContaining("\"Refund\"");
    assertThat(DynamodbEvents.changeEvents(skipping, event)).hasSize(3);
  }

  @Test
  void anEmptyEventHasNoChanges() {
    assertThat(DynamodbEvents.changeEvents(SHOP, new DynamodbEvent())).isEmpty();
  }
}
