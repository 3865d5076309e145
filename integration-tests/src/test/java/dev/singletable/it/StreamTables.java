package dev.singletable.it;

import dev.singletable.SingleTable;
import dev.singletable.TableOptions;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.TableStreams;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** {@link Store} tables with a stream, and what their streams hold, read with {@code DynamoDbStreamsClient}. */
final class StreamTables {

  private StreamTables() {}

  /** Creates a fresh {@link Store} table whose stream has {@code viewType}. */
  static SingleTable create(DynamoDbClient client, StreamViewType viewType) {
    SingleTable store = StoreSchema.table(client, DynamoDbLocal.uniqueTableName("stream"))
        .withOptions(TableOptions.builder().streamViewType(viewType).build());
    store.createTable();
    return store;
  }

  /** Returns every record the table's stream holds, read through the client's endpoint. */
  static List<Record> records(DynamoDbClient client, SingleTable table) {
    try (DynamoDbStreamsClient streams = DynamoDbLocal.streamsClientFor(
        client.serviceClientConfiguration().endpointOverride().orElseThrow())) {
      return TableStreams.records(client, streams, table.tableName());
    }
  }
}
