package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.SingleTable;
import dev.singletable.SingletableException;
import dev.singletable.TableOptions;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** {@code createTable} with a stream, and an existing table checked for it like any other design difference. */
@ExtendWith(DynamoDbLocalExtension.class)
class StreamTableTest {

  private static TableOptions stream(StreamViewType viewType) {
    return TableOptions.builder().streamViewType(viewType).build();
  }

  @Test
  void createTableEnablesTheStream(DynamoDbClient client) {
    SingleTable store = StreamTables.create(client, StreamViewType.NEW_IMAGE);

    StreamSpecification stream = client.describeTable(r -> r.tableName(store.tableName())).table().streamSpecification();
    assertThat(stream.streamEnabled()).isTrue();
    assertThat(stream.streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
  }

  @Test
  void anExistingTableWithoutTheStreamIsADifference(DynamoDbClient client) {
    String name = DynamoDbLocal.uniqueTableName("no-stream");
    StoreSchema.table(client, name).createTable();

    assertThatThrownBy(() -> StoreSchema.table(client, name).withOptions(stream(StreamViewType.KEYS_ONLY)).createTable())
        .isInstanceOf(SingletableException.class)
        .hasMessageContaining("Table " + name + " exists but differs from its design")
        .hasMessageContaining("the table has no stream, designed one of view type KEYS_ONLY");
  }

  @Test
  void aStreamWithFewerImagesIsADifferenceAndOneWithMoreIsNot(DynamoDbClient client) {
    String name = StreamTables.create(client, StreamViewType.NEW_IMAGE).tableName();

    assertThatThrownBy(() -> StoreSchema.table(client, name).withOptions(stream(StreamViewType.NEW_AND_OLD_IMAGES))
        .createTable())
        .hasMessageContaining("the table's stream has view type NEW_IMAGE, designed NEW_AND_OLD_IMAGES");
    StoreSchema.table(client, name).withOptions(stream(StreamViewType.KEYS_ONLY)).createTable();
    StoreSchema.table(client, name).withOptions(stream(StreamViewType.NEW_IMAGE)).createTable();
    StoreSchema.table(client, name).createTable(); // no stream designed: the table's is none of its business
  }

  @Test
  void anUnknownViewTypeIsRefused() {
    assertThatThrownBy(() -> TableOptions.builder().streamViewType(StreamViewType.UNKNOWN_TO_SDK_VERSION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NEW_AND_OLD_IMAGES, NEW_IMAGE, OLD_IMAGE, KEYS_ONLY");
  }
}
