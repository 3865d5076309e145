package dev.singletable;

import java.util.List;

/**
 * A batch ({@code batchPut}, {@code batchDelete}, {@code batchGet}) stopped with work not done:
 * DynamoDB still left items or keys unprocessed when a chunk had spent its retry budget
 * ({@link BatchOptions#maxRetries()}), or a request failed (the cause: a throttling error the SDK
 * and the budget gave up on, a network error, an interrupt).
 *
 * <p>The exception carries exactly what was not done, never less: {@link #unprocessedItems()} the
 * items of a {@code batchPut} not known to be written, {@link #unprocessedKeys()} the keys of a
 * {@code batchDelete} not known to be deleted, or of a {@code batchGet} not read. Everything else
 * of the call was done. A request whose outcome is unknown (it failed in flight) counts as not
 * done; batch writes are plain puts and deletes, so sending them again is safe.
 *
 * <pre>{@code
 * try {
 *   shop.batchPut(items);
 * } catch (UnprocessedItemsException e) {
 *   retryLater(e.unprocessedItems());
 * }
 * }</pre>
 */
public class UnprocessedItemsException extends SingletableException {

  private static final long serialVersionUID = 1L;

  private final transient List<Object> unprocessedItems;
  private final List<PrimaryKey> unprocessedKeys;

  /**
   * Creates the exception.
   *
   * @param message what stopped, naming table, operation and counts
   * @param unprocessedItems the items not written, in the order they were given
   * @param unprocessedKeys the keys not deleted or read, in the order they were given
   * @param cause the failure that stopped the batch, or {@code null} when the budget was spent on
   *     unprocessed items
   */
  public UnprocessedItemsException(String message, List<?> unprocessedItems, List<PrimaryKey> unprocessedKeys,
      Throwable cause) {
    super(message, cause);
    this.unprocessedItems = List.copyOf(unprocessedItems);
    this.unprocessedKeys = List.copyOf(unprocessedKeys);
  }

  /** Returns the items of a {@code batchPut} that were not written, as given to it; empty for deletes and reads. */
  public List<Object> unprocessedItems() {
    return unprocessedItems;
  }

  /** Returns the keys of a {@code batchDelete} not deleted, or of a {@code batchGet} not read; empty for puts. */
  public List<PrimaryKey> unprocessedKeys() {
    return unprocessedKeys;
  }
}
