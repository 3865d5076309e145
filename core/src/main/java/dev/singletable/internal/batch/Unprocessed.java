package dev.singletable.internal.batch;

import dev.singletable.BatchOptions;
import dev.singletable.PrimaryKey;
import dev.singletable.UnprocessedItemsException;
import dev.singletable.internal.table.TableContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the {@link UnprocessedItemsException} of a batch that stopped with work not done, saying
 * why: the retry budget spent on unprocessed elements, on throttling errors, or a failed request.
 * <b>Not API.</b> Stateless.
 */
final class Unprocessed {

  /** How many undone elements the message names; the exception holds every one. */
  private static final int NAMED = 3;

  private Unprocessed() {}

  /**
   * Returns the exception.
   *
   * @param operation the call, such as {@code batchPut}
   * @param items the items not written (puts), in the order given
   * @param keys the keys not deleted or read, in the order given
   * @param descriptions how the message names each undone element, in the same order
   * @param total how many distinct elements the call had
   */
  static UnprocessedItemsException exception(TableContext table, String operation, List<?> items,
      List<PrimaryKey> keys, List<String> descriptions, int total, ChunkRunner.Outcome<?> outcome,
      BatchOptions options) {
    String what = items.isEmpty() ? "keys" : "items";
    String accessor = items.isEmpty() ? "unprocessedKeys()" : "unprocessedItems()";
    List<String> named = new ArrayList<>(descriptions.subList(0, Math.min(NAMED, descriptions.size())));
    if (descriptions.size() > NAMED) {
      named.add("...");
    }
    return new UnprocessedItemsException(operation + " on table " + table.tableName() + " left "
        + descriptions.size() + " of " + total + " " + what + " not done: " + reason(outcome, options) + ". They are "
        + named.stream().collect(Collectors.joining("; ")) + "; every one is in " + accessor
        + ", and the others were done", items, keys, outcome.failure());
  }

  private static String reason(ChunkRunner.Outcome<?> outcome, BatchOptions options) {
    String budget = options.maxRetries() + " retries (BatchOptions.maxRetries)";
    if (outcome.budgetSpent()) {
      return outcome.failure() == null
          ? "DynamoDB still returned them as unprocessed after " + budget
          : "their requests were still throttled after the SDK's retries and " + budget + ": "
              + outcome.failure().getMessage();
    }
    Throwable failure = outcome.failure();
    return failure instanceof InterruptedException
        ? "the calling thread was interrupted, so the batch stopped sending"
        : "a request failed, so the batch stopped sending: " + failure;
  }
}
