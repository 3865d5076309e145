package dev.singletable;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Optimistic locking refused a write: the item's {@code @Version} is not the one the write
 * expected, because another writer changed (or deleted) the item since it was read. Nothing was
 * written. {@link #currentItem(Class)} holds the item as it is now: apply the change to it and
 * write again (seed 003's lost-update race, closed).
 *
 * <pre>{@code
 * while (true) {
 *   Account account = accounts.getConsistent(key).orElseThrow();
 *   try {
 *     accounts.put(account.withBalance(account.balance() + 10));
 *     break;
 *   } catch (VersionConflictException lost) {
 *     // someone else wrote first: read again and retry
 *   }
 * }
 * }</pre>
 */
public class VersionConflictException extends ConditionFailedException {

  private static final long serialVersionUID = 1L;

  private final long expectedVersion;
  private final Long currentVersion;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming entity, key and both versions
   * @param key the primary key of the item written
   * @param currentItem the item as it is now, read into its entity class, or {@code null}
   * @param currentValues the item's attributes as DynamoDB returned them; empty if there is none
   * @param expectedVersion the version the write expected; 0 for an item without a version
   * @param currentVersion the stored version, or {@code null} when there is no item or it has none
   * @param cause DynamoDB's exception
   */
  public VersionConflictException(String message, PrimaryKey key, Object currentItem,
      Map<String, AttributeValue> currentValues, long expectedVersion, Long currentVersion, Throwable cause) {
    super(message, key, currentItem, currentValues, cause);
    this.expectedVersion = expectedVersion;
    this.currentVersion = currentVersion;
  }

  /** Returns the version the write expected: the one its item carried; 0 for none. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * Returns the version stored now, or {@code null} when there is no item at the key (it was
   * deleted) or the item has no version.
   */
  public Long currentVersion() {
    return currentVersion;
  }
}
