package dev.singletable.lambda;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import dev.singletable.ChangeEvent;
import dev.singletable.SingleTable;
import java.util.List;
import java.util.Objects;

/**
 * Reads the {@link DynamodbEvent} a Lambda function receives from a DynamoDB stream as typed
 * changes: each record is converted to the AWS SDK v2's model ({@link LambdaStreamRecords}) and read
 * by {@link SingleTable#changeEvent}, with the table's read policies.
 *
 * <pre>{@code
 * public final class OrderStreamHandler implements RequestHandler<DynamodbEvent, Void> {
 *   private static final SingleTable SHOP = ShopSchema.table(DynamoDbClient.create());
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
 * <p>Sends no request: a {@code SingleTable} made with any client (even one never used) reads
 * events. Stateless and thread-safe.
 */
public final class DynamodbEvents {

  private DynamodbEvents() {}

  /**
   * Reads every record of the event, in order, as {@link SingleTable#changeEvents} does: a record
   * the {@code SKIP} policy leaves out is left out (logged).
   *
   * @throws IllegalArgumentException if a record is not one of the table's stream (see
   *     {@link SingleTable#changeEvent}) or holds an attribute value without a type
   * @throws dev.singletable.UnknownItemException under the {@code FAIL} policy for unknown items
   * @throws dev.singletable.MalformedItemException under the {@code FAIL} policy for malformed items
   */
  public static List<ChangeEvent<?>> changeEvents(SingleTable table, DynamodbEvent event) {
    Objects.requireNonNull(table, "table");
    List<DynamodbEvent.DynamodbStreamRecord> records = event.getRecords() == null ? List.of() : event.getRecords();
    return table.changeEvents(records.stream().map(LambdaStreamRecords::toSdk).toList());
  }

  /**
   * Reads one record of the event, as {@link SingleTable#changeEvent} does.
   *
   * @throws IllegalArgumentException if the record is not one of the table's stream or holds an
   *     attribute value without a type
   * @throws dev.singletable.UnknownItemException under the {@code FAIL} policy for unknown items
   * @throws dev.singletable.MalformedItemException under the {@code FAIL} policy for malformed items
   */
  public static ChangeEvent<?> changeEvent(SingleTable table, DynamodbEvent.DynamodbStreamRecord record) {
    return table.changeEvent(LambdaStreamRecords.toSdk(record));
  }
}
