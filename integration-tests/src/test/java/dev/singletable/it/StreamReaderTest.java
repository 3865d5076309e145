package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.ChangeEvent;
import dev.singletable.EntityTable;
import dev.singletable.PrimaryKey;
import dev.singletable.ReadPolicy;
import dev.singletable.SingleTable;
import dev.singletable.StreamReader;
import dev.singletable.TableOptions;
import dev.singletable.UnknownItemException;
import dev.singletable.testing.DynamoDbLocalExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * A stream handler that only reads records needs no client: {@code StoreSchema.streamReader()}
 * reads DynamoDB Local's stream records as the table does, with its own read policies.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class StreamReaderTest {

  private static final PrimaryKey ORDER_KEY = PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "o1");

  /** An insert, a modify and a remove of an order, and an insert of a customer, as the stream holds them. */
  private static List<Record> recordsOf(DynamoDbClient client, StreamViewType viewType) {
    SingleTable store = StreamTables.create(client, viewType);
    EntityTable<Purchase> purchases = store.entity(Purchase.class);
    purchases.put(Purchase.of("u1", "2026-03-15", "o1", Status.PENDING, 4999));
    purchases.update(ORDER_KEY).set(PurchaseUpdate.status(Status.SHIPPED)).execute();
    purchases.delete(ORDER_KEY);
    store.entity(Customer.class).put(new Customer("u1", "Alice", "alice@example.com", Instant.parse("2026-01-01T00:00:00Z")));
    return StreamTables.records(client, store);
  }

  @ParameterizedTest
  @EnumSource(value = StreamViewType.class, names = "UNKNOWN_TO_SDK_VERSION", mode = EnumSource.Mode.EXCLUDE)
  void aReaderWithoutAClientReadsWhatTheTableReads(StreamViewType viewType, DynamoDbClient client) {
    List<Record> records = recordsOf(client, viewType);

    List<ChangeEvent<?>> read = StoreSchema.streamReader().changeEvents(records);
    List<ChangeEvent<?>> byTable = StoreSchema.table(client).changeEvents(records);

    assertThat(read).hasSize(4);
    for (int i = 0; i < read.size(); i++) {
      ChangeEvent<?> event = read.get(i);
      ChangeEvent<?> expected = byTable.get(i);
      assertThat(event.kind()).isEqualTo(expected.kind());
      assertThat(event.entityClass()).isEqualTo(expected.entityClass());
      assertThat(event.key()).isEqualTo(expected.key());
      assertThat(event.oldItem()).isEqualTo(expected.oldItem());
      assertThat(event.newItem()).isEqualTo(expected.newItem());
      assertThat(event.record()).isSameAs(records.get(i));
    }
    assertThat(StoreSchema.streamReader().changeEvent(records.get(0)).key()).isEqualTo(ORDER_KEY);
  }

  @Test
  void theReadersOptionsDecideWhatARecordOfNoEntityBecomes(DynamoDbClient client) {
    SingleTable store = StreamTables.create(client, StreamViewType.NEW_AND_OLD_IMAGES);
    client.putItem(r -> r.tableName(store.tableName()).item(Map.of(
        "PK", AttributeValue.fromS("USER#u1"), "SK", AttributeValue.fromS("REFUND#r1"),
        "entityType", AttributeValue.fromS("Refund"))));
    List<Record> records = StreamTables.records(client, store);
    StreamReader reader = StoreSchema.streamReader();

    assertThat(reader.changeEvent(records.get(0)).isRecognized()).isFalse(); // KEEP_RAW, the default
    assertThatThrownBy(() -> reader.withOptions(TableOptions.builder().unknownItems(ReadPolicy.FAIL).build())
        .changeEvent(records.get(0)))
        .isInstanceOf(UnknownItemException.class).hasMessageContaining("\"Refund\"");
    assertThat(reader.withOptions(TableOptions.builder().unknownItems(ReadPolicy.SKIP).build()).changeEvents(records))
        .isEmpty();
    assertThat(reader.options()).isSameAs(TableOptions.defaults());
  }

  @Test
  void aTablesReaderHasTheTablesDesignAndOptions(DynamoDbClient client) {
    TableOptions failing = TableOptions.builder().unknownItems(ReadPolicy.FAIL).build();
    SingleTable store = StoreSchema.table(client).withOptions(failing);

    StreamReader reader = store.streamReader();

    assertThat(reader.definition()).isSameAs(StoreSchema.DEFINITION);
    assertThat(reader.options()).isSameAs(failing);
    assertThat(StoreSchema.streamReader().definition()).isSameAs(StoreSchema.DEFINITION);
    assertThat(reader).hasToString("StreamReader[design " + StoreSchema.TABLE_NAME + "]");
  }

  @Test
  void aRecordOfAnotherTableIsRefusedAsTheTableRefusesIt() {
    Record other = Record.builder().eventID("e1").eventName("INSERT")
        .dynamodb(d -> d.keys(Map.of("id", AttributeValue.fromS("1")))).build();

    assertThatThrownBy(() -> StoreSchema.streamReader().changeEvent(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is it a record of another table's stream?");
    assertThatThrownBy(() -> StoreSchema.streamReader().changeEvent(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("record");
  }
}
