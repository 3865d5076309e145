package dev.singletable;

import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Receives the capacity DynamoDB reports as consumed by each request a table sends, broken down by
 * table and index ({@code ReturnConsumedCapacity = INDEXES}). Set with
 * {@link TableOptions.Builder#capacityListener}; without one, requests do not ask for it.
 *
 * <pre>{@code
 * DoubleAdder writeUnits = new DoubleAdder();
 * SingleTable shop = ShopSchema.table(client).withOptions(TableOptions.builder()
 *     .capacityListener((operation, capacity) -> writeUnits.add(capacity.capacityUnits()))
 *     .build());
 * }</pre>
 *
 * <p>Reported: {@code PutItem}, {@code UpdateItem}, {@code DeleteItem}, {@code GetItem},
 * {@code Query}, {@code TransactWriteItems}, {@code TransactGetItems}, and each
 * {@code BatchWriteItem} and {@code BatchGetItem} request of a batch (a retry of unprocessed items
 * is a request of its own). A cancelled transaction reports nothing. The listener runs on the thread that
 * sent the request; a batch sends from several threads at once, so the listener must be
 * thread-safe. It runs after the request took effect: an exception it throws is logged and does
 * not fail the operation.
 */
@FunctionalInterface
public interface CapacityListener {

  /**
   * Called once per request that reported consumed capacity.
   *
   * @param operation DynamoDB's name of the request, such as {@code PutItem} or {@code BatchWriteItem}
   * @param capacity what DynamoDB reported: {@code capacityUnits()} in total, and {@code table()},
   *     {@code globalSecondaryIndexes()} and {@code localSecondaryIndexes()} each
   */
  void consumed(String operation, ConsumedCapacity capacity);
}
