package dev.singletable.internal.cost;

import dev.singletable.CapacityListener;
import dev.singletable.internal.table.TableContext;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Asks DynamoDB for the consumed capacity of a request when the table has a
 * {@link CapacityListener}, and hands what it reports to the listener. Every request site calls
 * {@link #mode} when it builds the request and {@link #report} with the response.
 * <b>Not API.</b> Thread-safe.
 */
public final class CapacityReports {

  private static final Logger log = LoggerFactory.getLogger(CapacityReports.class);

  private CapacityReports() {}

  /** Returns {@code INDEXES} when the table has a listener, else {@code null} (DynamoDB's default: none). */
  public static ReturnConsumedCapacity mode(TableContext table) {
    return table.options().capacityListener() == null ? null : ReturnConsumedCapacity.INDEXES;
  }

  /** Hands one response's consumed capacity, if any, to the table's listener. */
  public static void report(TableContext table, String operation, ConsumedCapacity capacity) {
    CapacityListener listener = table.options().capacityListener();
    if (listener == null || capacity == null) {
      return;
    }
    try {
      listener.consumed(operation, capacity);
    } catch (RuntimeException e) {
      // The request took effect: a failing listener must not make it look failed.
      log.warn("The capacity listener of table {} failed on {}: {}", table.tableName(), operation, e.toString(), e);
    }
  }

  /** Hands a batch response's consumed capacities (one per table) to the table's listener. */
  public static void report(TableContext table, String operation, List<ConsumedCapacity> capacities) {
    if (capacities != null) {
      capacities.forEach(capacity -> report(table, operation, capacity));
    }
  }
}
