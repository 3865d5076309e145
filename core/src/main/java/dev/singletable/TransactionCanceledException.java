package dev.singletable;

import java.util.List;
import java.util.Set;

/**
 * DynamoDB cancelled a transaction ({@code TransactWriteItems} or {@code TransactGetItems}):
 * nothing was written. {@link #reasons()} has one {@link CancellationReason} per action, in the
 * order the actions were added; the message names every failing action's entity, key and code.
 *
 * <pre>{@code
 * try {
 *   shop.transactWrite(tx -> ...);
 * } catch (TransactionCanceledException e) {
 *   for (CancellationReason reason : e.reasons()) {
 *     if (reason.failed()) {
 *       log.warn("{} {} at {}: {}", reason.operation(), reason.entityClass(), reason.key(), reason.code());
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>A {@code TransactionConflict} (another write was changing one of the items) is worth
 * retrying: {@link #isRetryable()}. With a client request token, a retry of a transaction that
 * did succeed is not applied twice.
 */
public class TransactionCanceledException extends SingletableException {

  private static final long serialVersionUID = 1L;

  /** Codes that a retry of the same transaction may get past. */
  private static final Set<String> TRANSIENT = Set.of("TransactionConflict", "ThrottlingError",
      "ProvisionedThroughputExceeded");

  private final transient List<CancellationReason> reasons;

  /**
   * Creates the exception.
   *
   * @param message what was cancelled, naming the failing actions
   * @param reasons one per action, in order
   * @param cause DynamoDB's exception
   */
  public TransactionCanceledException(String message, List<CancellationReason> reasons, Throwable cause) {
    super(message, cause);
    this.reasons = List.copyOf(reasons);
  }

  /** Returns one reason per action of the transaction, in the order the actions were added. */
  public List<CancellationReason> reasons() {
    return reasons;
  }

  /** Returns the reasons of the actions that caused the cancellation (code other than {@code None}). */
  public List<CancellationReason> failures() {
    return reasons.stream().filter(CancellationReason::failed).toList();
  }

  /**
   * Returns whether every failing action failed for a transient reason ({@code TransactionConflict},
   * {@code ThrottlingError}, {@code ProvisionedThroughputExceeded}), so the same transaction may
   * succeed when sent again; {@code false} when a condition failed.
   */
  public boolean isRetryable() {
    List<CancellationReason> failures = failures();
    return !failures.isEmpty() && failures.stream().allMatch(r -> TRANSIENT.contains(r.code()));
  }
}
