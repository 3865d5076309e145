package dev.singletable;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Why DynamoDB cancelled one action of a transaction, or {@code "None"} for an action that did not
 * cause it: one per action of a {@link TransactionCanceledException}, in the order the actions
 * were added.
 *
 * <p>{@link #code()} is DynamoDB's: {@code None}, {@code ConditionalCheckFailed},
 * {@code TransactionConflict} (another transaction or write was changing the item: retry),
 * {@code ItemCollectionSizeLimitExceeded}, {@code ThrottlingError},
 * {@code ProvisionedThroughputExceeded}, {@code ValidationError}. For a failed condition,
 * {@link #item()} is the item as it is now (DynamoDB returns it:
 * {@code ReturnValuesOnConditionCheckFailure = ALL_OLD}), read through the same mapping path as
 * every read, and {@link #failure()} is what the action alone would have thrown: a
 * {@link VersionConflictException} for a lost version race, {@link ItemAlreadyExistsException} for
 * a create, {@link ItemNotFoundException} for a patch, {@link ConditionFailedException} otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class CancellationReason {

  private final int index;
  private final String operation;
  private final Class<?> entityClass;
  private final PrimaryKey key;
  private final String code;
  private final String message;
  private final Object item;
  private final Map<String, AttributeValue> currentValues;
  private final RuntimeException failure;

  /**
   * Creates a reason; the runtime does, from DynamoDB's cancellation reasons.
   *
   * @param index the action's position in the transaction, from 0
   * @param operation {@code put}, {@code create}, {@code update}, {@code patch}, {@code delete},
   *     {@code check} or {@code get}
   * @param entityClass the action's entity, or {@code null} for a read whose key fits no entity
   * @param key the action's primary key
   * @param code DynamoDB's code, such as {@code None} or {@code ConditionalCheckFailed}
   * @param message DynamoDB's message, or {@code null}
   * @param item the current item read as its entity, or {@code null}
   * @param currentValues the current item as DynamoDB returned it; empty if none
   * @param failure what the action alone would have thrown, or {@code null}
   */
  public CancellationReason(int index, String operation, Class<?> entityClass, PrimaryKey key, String code,
      String message, Object item, Map<String, AttributeValue> currentValues, RuntimeException failure) {
    this.index = index;
    this.operation = Objects.requireNonNull(operation, "operation");
    this.entityClass = entityClass;
    this.key = Objects.requireNonNull(key, "key");
    this.code = Objects.requireNonNull(code, "code");
    this.message = message == null ? "" : message;
    this.item = item;
    this.currentValues = currentValues == null ? Map.of() : Map.copyOf(currentValues);
    this.failure = failure;
  }

  /** Returns the action's position in the transaction, from 0, in the order actions were added. */
  public int index() {
    return index;
  }

  /** Returns the action: {@code put}, {@code create}, {@code update}, {@code patch}, {@code delete}, {@code check} or {@code get}. */
  public String operation() {
    return operation;
  }

  /** Returns the action's entity class; {@code null} for a {@code transactGet} key that fits no entity's templates. */
  public Class<?> entityClass() {
    return entityClass;
  }

  /** Returns the primary key of the action's item. */
  public PrimaryKey key() {
    return key;
  }

  /** Returns DynamoDB's code: {@code None} when this action did not cause the cancellation. */
  public String code() {
    return code;
  }

  /** Returns DynamoDB's message; empty when it gave none. */
  public String message() {
    return message;
  }

  /** Returns whether this action caused the cancellation (its code is not {@code None}). */
  public boolean failed() {
    return !code.equals("None");
  }

  /**
   * Returns the item as it is now, for a failed condition, read as its entity; empty when there
   * is no item, or it cannot be read (its attributes are then in {@link #currentValues()}).
   */
  public Optional<Object> item() {
    return Optional.ofNullable(item);
  }

  /** Returns the current item if it is a {@code type}; see {@link #item()}. */
  public <T> Optional<T> item(Class<T> type) {
    return type.isInstance(item) ? Optional.of(type.cast(item)) : Optional.empty();
  }

  /** Returns the current item as DynamoDB returned it with a failed condition; empty otherwise. */
  public Map<String, AttributeValue> currentValues() {
    return currentValues;
  }

  /**
   * Returns, for a failed condition, the exception the action alone would have thrown, such as
   * {@link VersionConflictException}; empty for other codes.
   */
  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Returns whether this action lost an optimistic-locking race ({@link VersionConflictException}). */
  public boolean isVersionConflict() {
    return failure instanceof VersionConflictException;
  }

  @Override
  public String toString() {
    return "action " + index + " (" + operation + " " + (entityClass == null ? "item" : entityClass.getSimpleName())
        + " at " + key + "): " + code + (message.isEmpty() ? "" : " (" + message + ")");
  }
}
