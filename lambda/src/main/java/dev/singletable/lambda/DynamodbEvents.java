package dev.singletable.lambda;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import dev.singletable.ChangeEvent;
import dev.singletable.SingleTable;
import dev.singletable.StreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Reads the {@link DynamodbEvent} a Lambda function receives from a DynamoDB stream as typed
 * changes: each record is converted to the AWS SDK v2's model ({@link LambdaStreamRecords}) and read
 * by {@link StreamReader#changeEvent}, with the read policies of the reader's (or table's) options.
 *
 * <p>A handler that only reads the records it is given needs no {@code DynamoDbClient}: read
 * with the generated {@code ShopSchema.streamReader()}, and the function's cold start builds no
 * HTTP client, credentials or region chain (about 2,350 classes and 280 to 470 ms of CPU in a fresh
 * JVM). A handler that also writes passes its {@link SingleTable}.
 *
 * <pre>{@code
 * public final class OrderStreamHandler implements RequestHandler<DynamodbEvent, Void> {
 *   private static final StreamReader SHOP = ShopSchema.streamReader();
 *
 *   public Void handleRequest(DynamodbEvent event, Context context) {
 *     for (ChangeEvent<?> change : DynamodbEvents.changeEvents(SHOP, event)) {
 *       change.as(Order.class).flatMap(ChangeEvent::newItem)
 *           .filter(order -> order.status() == OrderStatus.COMPLETED)
 *           .ifPresent(analytics::record);
 *     }
 *     return null;
 *   }
 * }
 * }</pre>
 *
 * <p>Sends no request. Stateless and thread-safe.
 */
public final class DynamodbEvents {

  private DynamodbEvents() {}

  /**
   * Reads every record of the event, in order, as {@link StreamReader#changeEvents} does: a record
   * the {@code SKIP} policy leaves out is left out (logged).
   *
   * @throws IllegalArgumentException if a record is not one of the table's stream (see
   *     {@link StreamReader#changeEvent}) or holds an attribute value without a type
   * @throws dev.singletable.UnknownItemException under the {@code FAIL} policy for unknown items
   * @throws dev.singletable.MalformedItemException under the {@code FAIL} policy for malformed items
   */
  public static List<ChangeEvent<?>> changeEvents(StreamReader reader, DynamodbEvent event) {
    Objects.requireNonNull(reader, "reader");
    List<DynamodbEvent.DynamodbStreamRecord> records = Objects.requireNonNull(event, "event").getRecords() == null
        ? List.of() : event.getRecords();
    // A loop, not a stream: each lambda spins a class on a fresh JVM's first record (B6).
    List<Record> converted = new ArrayList<>(records.size());
    for (DynamodbEvent.DynamodbStreamRecord record : records) {
      converted.add(LambdaStreamRecords.toSdk(record));
    }
    return reader.changeEvents(converted);
  }

  /**
   * Reads one record of the event, as {@link StreamReader#changeEvent} does.
   *
   * @throws IllegalArgumentException if the record is not one of the table's stream or holds an
   *     attribute value without a type
   * @throws dev.singletable.UnknownItemException under the {@code FAIL} policy for unknown items
   * @throws dev.singletable.MalformedItemException under the {@code FAIL} policy for malformed items
   */
  public static ChangeEvent<?> changeEvent(StreamReader reader, DynamodbEvent.DynamodbStreamRecord record) {
    Objects.requireNonNull(reader, "reader");
    return reader.changeEvent(LambdaStreamRecords.toSdk(Objects.requireNonNull(record, "record")));
  }

  /**
   * Reads every record of the event with the table's options, as {@link SingleTable#changeEvents}
   * does; see {@link #changeEvents(StreamReader, DynamodbEvent)}.
   */
  public static List<ChangeEvent<?>> changeEvents(SingleTable table, DynamodbEvent event) {
    return changeEvents(Objects.requireNonNull(table, "table").streamReader(), event);
  }

  /**
   * Reads one record of the event with the table's options, as {@link SingleTable#changeEvent}
   * does; see {@link #changeEvent(StreamReader, DynamodbEvent.DynamodbStreamRecord)}.
   */
  public static ChangeEvent<?> changeEvent(SingleTable table, DynamodbEvent.DynamodbStreamRecord record) {
    return changeEvent(Objects.requireNonNull(table, "table").streamReader(), record);
  }
}
