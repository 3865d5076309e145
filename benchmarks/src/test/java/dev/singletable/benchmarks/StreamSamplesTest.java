package dev.singletable.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.benchmarks.model.HandWrittenChangeReader;
import dev.singletable.benchmarks.model.HandWrittenChangeReader.Change;
import dev.singletable.benchmarks.model.Order;
import dev.singletable.benchmarks.model.OrderSchema;
import dev.singletable.benchmarks.model.SampleOrders;
import dev.singletable.benchmarks.model.SampleRecords;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/** The stream benchmark's record holds what the generated schema writes, and the floor reads it back. */
class StreamSamplesTest {

  @Test
  void theSampleRecordsNewImageIsTheItemTheSchemaWrites() {
    Record record = SampleRecords.orderInserted();

    assertThat(record.dynamodb().newImage())
        .isEqualTo(OrderSchema.INSTANCE.tableSchema().itemToMap(SampleOrders.typical(), true));
    assertThat(record.dynamodb().keys()).containsOnlyKeys("PK", "SK");
  }

  @Test
  void theHandWrittenReaderReadsTheInsertedOrder() {
    Change change = HandWrittenChangeReader.read(SampleRecords.orderInserted());

    assertThat(change).isEqualTo(new Change("INSERT", Order.class, null, SampleOrders.typical()));
  }

  @Test
  void theHandWrittenReaderReadsARemoveFromTheOldImageAndSkipsUnknownTypes() {
    Record inserted = SampleRecords.orderInserted();
    Record removed = inserted.toBuilder().eventName(OperationType.REMOVE)
        .dynamodb(inserted.dynamodb().toBuilder().oldImage(inserted.dynamodb().newImage()).newImage(null).build())
        .build();
    Record unknown = inserted.toBuilder()
        .dynamodb(StreamRecord.builder().newImage(Map.of("entityType", AttributeValue.fromS("Session"))).build())
        .build();

    assertThat(HandWrittenChangeReader.read(removed))
        .isEqualTo(new Change("REMOVE", Order.class, SampleOrders.typical(), null));
    assertThat(HandWrittenChangeReader.read(unknown).entityClass()).isNull();
  }
}
