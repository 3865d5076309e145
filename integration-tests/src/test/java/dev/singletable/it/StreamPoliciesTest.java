package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.ChangeEvent;
import dev.singletable.MalformedItemException;
import dev.singletable.ReadPolicy;
import dev.singletable.SingleTable;
import dev.singletable.TableOptions;
import dev.singletable.UnknownItemException;
import dev.singletable.testing.DynamoDbLocalExtension;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Stream records whose images are of no entity, or cannot be read, never vanish: the table's read
 * policies decide between an exception and an unrecognized event that keeps the raw images.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class StreamPoliciesTest {

  private static final Map<String, AttributeValue> REFUND = Map.of(
      "PK", AttributeValue.fromS("USER#u1"), "SK", AttributeValue.fromS("REFUND#r1"),
      "entityType", AttributeValue.fromS("Refund"), "amount", AttributeValue.fromN("5"));

  /** An order whose total other code wrote as a string. */
  private static Map<String, AttributeValue> malformedOrder() {
    Purchase order = Purchase.of("u1", "2026-03-15", "o1", Status.PENDING, 100);
    Map<String, AttributeValue> item = new HashMap<>(PurchaseSchema.INSTANCE.tableSchema().itemToMap(order, true));
    item.put("total", AttributeValue.fromS("abc"));
    return item;
  }

  private static Record recordOf(DynamoDbClient client, StreamViewType viewType, Map<String, AttributeValue> item) {
    SingleTable store = StreamTables.create(client, viewType);
    client.putItem(r -> r.tableName(store.tableName()).item(item));
    List<Record> records = StreamTables.records(client, store);
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  private static SingleTable with(DynamoDbClient client, ReadPolicy unknown, ReadPolicy malformed) {
    return StoreSchema.table(client, "not-used")
        .withOptions(TableOptions.builder().unknownItems(unknown).malformedItems(malformed).build());
  }

  @Test
  void anItemOfNoEntityIsKeptRawByDefault(DynamoDbClient client) {
    Record record = recordOf(client, StreamViewType.NEW_AND_OLD_IMAGES, REFUND);

    ChangeEvent<?> event = StoreSchema.table(client).changeEvent(record);

    assertThat(event.isRecognized()).isFalse();
    assertThat(event.entityClass()).isEqualTo(Map.class);
    assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.INSERT);
    assertThat(event.key()).hasToString("PK=USER#u1, SK=REFUND#r1");
    assertThat((Object) event.newItem().orElseThrow()).isEqualTo(REFUND);
    assertThat(event.newImage()).contains(REFUND);
    assertThat(event.as(Customer.class)).isEmpty();
    assertThat(event.as(StoreItem.class)).isEmpty();
    assertThat(event.failure()).get().isInstanceOf(UnknownItemException.class)
        .extracting(Throwable::getMessage).asString().contains("\"Refund\" names no entity");
    assertThat(event.toString()).contains("unrecognized item");
  }

  @Test
  void anItemOfNoEntityFailsUnderFail(DynamoDbClient client) {
    Record record = recordOf(client, StreamViewType.NEW_AND_OLD_IMAGES, REFUND);

    assertThatThrownBy(() -> with(client, ReadPolicy.FAIL, ReadPolicy.FAIL).changeEvent(record))
        .isInstanceOf(UnknownItemException.class)
        .hasMessageContaining("PK=USER#u1, SK=REFUND#r1");
  }

  @Test
  void skipLeavesTheRecordOutOfABatchButNotOutOfASingleRead(DynamoDbClient client) {
    Record record = recordOf(client, StreamViewType.NEW_AND_OLD_IMAGES, REFUND);
    SingleTable skipping = with(client, ReadPolicy.SKIP, ReadPolicy.SKIP);

    assertThat(skipping.changeEvents(List.of(record))).isEmpty();
    assertThat(skipping.changeEvent(record).isRecognized()).isFalse();
  }

  @Test
  void aMalformedImageFailsByDefaultNamingTheAttribute(DynamoDbClient client) {
    Record record = recordOf(client, StreamViewType.NEW_AND_OLD_IMAGES, malformedOrder());

    assertThatThrownBy(() -> StoreSchema.table(client).changeEvent(record))
        .isInstanceOf(MalformedItemException.class)
        .hasMessageContaining("PK=USER#u1, SK=ORDER#2026-03-15#o1")
        .hasMessageContaining("cannot be read as a Purchase")
        .hasMessageContaining("attribute total holds S \"abc\"");
  }

  @Test
  void aMalformedImageIsKeptRawUnderKeepRaw(DynamoDbClient client) {
    Map<String, AttributeValue> item = malformedOrder();
    Record record = recordOf(client, StreamViewType.NEW_AND_OLD_IMAGES, item);

    ChangeEvent<?> event = with(client, ReadPolicy.KEEP_RAW, ReadPolicy.KEEP_RAW).changeEvent(record);

    assertThat(event.isRecognized()).isFalse();
    assertThat((Object) event.newItem().orElseThrow()).isEqualTo(item);
    assertThat(event.failure()).get().isInstanceOf(MalformedItemException.class);
    assertThat(((MalformedItemException) event.failure().orElseThrow()).attribute()).isEqualTo("total");
  }

  @Test
  void aKeyOfNoEntityWithoutImagesGoesByTheUnknownItemsPolicy(DynamoDbClient client) {
    Record record = recordOf(client, StreamViewType.KEYS_ONLY, Map.of(
        "PK", AttributeValue.fromS("JUNK#1"), "SK", AttributeValue.fromS("X")));

    ChangeEvent<?> kept = StoreSchema.table(client).changeEvent(record);
    assertThat(kept.isRecognized()).isFalse();
    assertThat(kept.key()).hasToString("PK=JUNK#1, SK=X");
    assertThat(kept.newItem()).isEmpty();
    assertThat(kept.failure()).get().isInstanceOf(UnknownItemException.class)
        .extracting(Throwable::getMessage).asString().contains("fits no entity's key templates");

    assertThatThrownBy(() -> with(client, ReadPolicy.FAIL, ReadPolicy.FAIL).changeEvent(record))
        .isInstanceOf(UnknownItemException.class);
  }

  /** Other code rewrote a customer's type: its key is a customer's, so the new image is a malformed product. */
  @Test
  void anItemWhoseTypeChangedBetweenImagesIsMalformed(DynamoDbClient client) {
    SingleTable store = StreamTables.create(client, StreamViewType.NEW_AND_OLD_IMAGES);
    Customer alice = new Customer("u1", "Alice", "a@example.com", null);
    store.entity(Customer.class).put(alice);
    Map<String, AttributeValue> asProduct = new HashMap<>(CustomerSchema.INSTANCE.tableSchema().itemToMap(alice, true));
    asProduct.put("entityType", AttributeValue.fromS("Product"));
    client.putItem(r -> r.tableName(store.tableName()).item(asProduct));
    Record modify = StreamTables.records(client, store).get(1);

    assertThatThrownBy(() -> store.changeEvent(modify))
        .isInstanceOf(MalformedItemException.class)
        .hasMessageContaining("cannot be read as a Product")
        .hasMessageContaining("attribute PK holds S \"USER#u1\" where a key of template \"PRODUCT#<productId>\"");
  }

  @Test
  void aRecordOfAnotherTableIsRefusedNamingItsKeys(DynamoDbClient client) {
    Record record = Record.builder().eventID("e1").eventName("INSERT")
        .dynamodb(d -> d.keys(Map.of("Id", AttributeValue.fromN("101")))).build();

    assertThatThrownBy(() -> StoreSchema.table(client).changeEvent(record))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has the keys Id N 101")
        .hasMessageContaining("another table's stream");
  }

  @Test
  void aRemovalByTimeToLiveIsTold(DynamoDbClient client) {
    Record record = Record.builder().eventID("e1").eventName("REMOVE")
        .userIdentity(i -> i.type("Service").principalId("dynamodb.amazonaws.com"))
        .dynamodb(d -> d.keys(CustomerKeys.key("u1").toAttributeMap()).streamViewType(StreamViewType.KEYS_ONLY))
        .build();

    ChangeEvent<?> event = StoreSchema.table(client).changeEvent(record);

    assertThat(event.isTimeToLiveDelete()).isTrue();
    assertThat(event.entityClass()).isEqualTo(Customer.class);
  }
}
