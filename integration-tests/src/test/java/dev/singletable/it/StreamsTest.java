package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.ChangeEvent;
import dev.singletable.ChangeEvent.Kind;
import dev.singletable.EntityTable;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import dev.singletable.testing.DynamoDbLocalExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Stream records of DynamoDB Local, read back with {@code DynamoDbStreamsClient}, as typed changes
 * of the right entity, for every view type (issue 10, point 4).
 */
@ExtendWith(DynamoDbLocalExtension.class)
class StreamsTest {

  private static final LocalDate DAY = LocalDate.parse("2026-03-15");
  private static final Purchase PENDING = Purchase.of("u1", DAY.toString(), "o1", Status.PENDING, 4999);
  private static final Purchase SHIPPED = PENDING.withStatus(Status.SHIPPED);
  private static final Customer ALICE = new Customer("u1", "Alice", "alice@example.com", Instant.parse("2026-01-01T00:00:00Z"));
  private static final PrimaryKey ORDER_KEY = PurchaseKeys.key("u1", DAY, "o1");

  /** An insert, a modify and a remove of an order, and an insert of a customer. */
  private static List<ChangeEvent<?>> changesOf(DynamoDbClient client, StreamViewType viewType) {
    SingleTable store = StreamTables.create(client, viewType);
    EntityTable<Purchase> purchases = store.entity(Purchase.class);
    purchases.put(PENDING);
    purchases.update(ORDER_KEY).set(PurchaseUpdate.status(Status.SHIPPED)).execute();
    purchases.delete(ORDER_KEY);
    store.entity(Customer.class).put(ALICE);
    return StreamTables.records(client, store).stream().<ChangeEvent<?>>map(store::changeEvent).toList();
  }

  @ParameterizedTest
  @EnumSource(value = StreamViewType.class, names = "UNKNOWN_TO_SDK_VERSION", mode = EnumSource.Mode.EXCLUDE)
  void everyViewTypeGivesTheKindKeyAndEntityOfEveryChange(StreamViewType viewType, DynamoDbClient client) {
    List<ChangeEvent<?>> events = changesOf(client, viewType);

    assertThat(events).extracting(ChangeEvent::kind).containsExactly(Kind.INSERT, Kind.MODIFY, Kind.REMOVE, Kind.INSERT);
    assertThat(events).extracting(ChangeEvent::entityClass)
        .containsExactly(Purchase.class, Purchase.class, Purchase.class, Customer.class);
    assertThat(events).extracting(ChangeEvent::key)
        .containsExactly(ORDER_KEY, ORDER_KEY, ORDER_KEY, CustomerKeys.key("u1"));
    assertThat(events).allSatisfy(event -> {
      assertThat(event.isRecognized()).isTrue();
      assertThat(event.failure()).isEmpty();
      assertThat(event.viewType()).contains(viewType);
    });
  }

  @Test
  void newAndOldImagesGiveBothItems(DynamoDbClient client) {
    List<ChangeEvent<?>> events = changesOf(client, StreamViewType.NEW_AND_OLD_IMAGES);

    assertItems(events.get(0), null, PENDING);
    assertItems(events.get(1), PENDING, SHIPPED);
    assertItems(events.get(2), SHIPPED, null);
    assertThat(events.get(3).as(Customer.class).flatMap(ChangeEvent::newItem)).contains(ALICE);
  }

  @Test
  void newImagesGiveTheItemAfterEachChange(DynamoDbClient client) {
    List<ChangeEvent<?>> events = changesOf(client, StreamViewType.NEW_IMAGE);

    assertItems(events.get(0), null, PENDING);
    assertItems(events.get(1), null, SHIPPED);
    assertItems(events.get(2), null, null); // a removal has no new image: its entity comes from its key
  }

  @Test
  void oldImagesGiveTheItemBeforeEachChange(DynamoDbClient client) {
    List<ChangeEvent<?>> events = changesOf(client, StreamViewType.OLD_IMAGE);

    assertItems(events.get(0), null, null); // an insert has no old image
    assertItems(events.get(1), PENDING, null);
    assertItems(events.get(2), SHIPPED, null);
  }

  @Test
  void keysOnlyGivesNoItems(DynamoDbClient client) {
    List<ChangeEvent<?>> events = changesOf(client, StreamViewType.KEYS_ONLY);

    assertThat(events).allSatisfy(event -> {
      assertThat(event.oldItem()).isEmpty();
      assertThat(event.newItem()).isEmpty();
      assertThat(event.oldImage()).isEmpty();
      assertThat(event.newImage()).isEmpty();
    });
  }

  @Test
  void asTypesTheEventForItsEntityAndItsSupertypesOnly(DynamoDbClient client) {
    ChangeEvent<?> insert = changesOf(client, StreamViewType.NEW_AND_OLD_IMAGES).get(0);

    Optional<ChangeEvent<Purchase>> order = insert.as(Purchase.class);
    assertThat(order).isPresent();
    Purchase typed = order.get().newItem().orElseThrow();
    assertThat(typed.total()).isEqualTo(4999);
    assertThat(insert.as(Customer.class)).isEmpty();
    assertThat(insert.as(StoreItem.class).flatMap(ChangeEvent::newItem)).contains(PENDING);
    assertThat(insert.toString()).isEqualTo("ChangeEvent[INSERT Purchase at " + ORDER_KEY + "]");
  }

  @Test
  void theRecordAndItsRawImagesStayAvailable(DynamoDbClient client) {
    ChangeEvent<?> modify = changesOf(client, StreamViewType.NEW_AND_OLD_IMAGES).get(1);

    assertThat(modify.record().dynamodb().sequenceNumber()).isNotBlank();
    assertThat(modify.oldImage().orElseThrow()).containsEntry("status", AttributeValue.fromS("PENDING"));
    assertThat(modify.newImage().orElseThrow()).containsEntry("status", AttributeValue.fromS("SHIPPED"))
        .containsEntry("entityType", AttributeValue.fromS("Order"));
    assertThat(modify.isTimeToLiveDelete()).isFalse();
  }

  @Test
  void anItemWithoutATypeAttributeIsReadByTheShapeOfItsKey(DynamoDbClient client) {
    SingleTable store = StreamTables.create(client, StreamViewType.NEW_AND_OLD_IMAGES);
    client.putItem(r -> r.tableName(store.tableName()).item(java.util.Map.of(
        "PK", AttributeValue.fromS("USER#u7"), "SK", AttributeValue.fromS("PROFILE"),
        "name", AttributeValue.fromS("Written elsewhere"))));

    ChangeEvent<?> event = store.changeEvent(StreamTables.records(client, store).get(0));

    Customer customer = event.as(Customer.class).flatMap(ChangeEvent::newItem).orElseThrow();
    assertThat(customer.userId()).isEqualTo("u7"); // from the key
    assertThat(customer.name()).isEqualTo("Written elsewhere");
  }

  private static void assertItems(ChangeEvent<?> event, Purchase oldItem, Purchase newItem) {
    ChangeEvent<Purchase> order = event.as(Purchase.class).orElseThrow();
    assertThat(order.oldItem()).isEqualTo(Optional.ofNullable(oldItem));
    assertThat(order.newItem()).isEqualTo(Optional.ofNullable(newItem));
  }
}
