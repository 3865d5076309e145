package dev.singletable;

import dev.singletable.internal.transaction.TransactionPlan;
import dev.singletable.internal.write.WriteAction;
import dev.singletable.internal.write.WriteActions;
import java.util.Objects;

/**
 * The actions of one transaction, given to the body of {@link SingleTable#transactWrite}: up to
 * 100 puts, creates, updates, deletes and condition checks over any entities of the table, all
 * applied or none ({@code TransactWriteItems}).
 *
 * <pre>{@code
 * shop.transactWrite(tx -> {
 *   tx.update(users.update(UserKeys.key("u1"))
 *       .add(UserAttributes.POINTS, -100L)
 *       .condition(Condition.ge(UserAttributes.POINTS, 100L)));
 *   tx.update(users.update(UserKeys.key("u2")).add(UserAttributes.POINTS, 100L));
 *   tx.put(orders, order);
 *   tx.check(users, UserKeys.key("u3"), Condition.attributeExists(UserAttributes.USER_ID));
 * });
 * }</pre>
 *
 * <p>Each action is exactly the request its single write would send (the same conditions, the
 * type guard, index keys kept true, {@code @Version} checks and increments, timestamps), and is
 * checked when it is added, before any request: a {@code null} key placeholder, an entity of
 * another table, or a second action on an item already in the transaction is an
 * {@link IllegalArgumentException} naming the key. More than 100 actions fail before the request,
 * naming the count. A transaction costs twice the write units of the same writes.
 *
 * <p>Not thread-safe, and usable only inside the body it is given to.
 */
public final class WriteTransaction {

  private final TransactionPlan plan;
  private boolean closed;

  WriteTransaction(TransactionPlan plan) {
    this.plan = plan;
  }

  /** Writes {@code item}, replacing any item at its key; see {@link EntityTable#put(Object)}. */
  public <T> WriteTransaction put(EntityTable<T> table, T item) {
    return add(table, WriteActions.put(table.table(), table.schema(), item, null));
  }

  /** Writes {@code item} if {@code condition} holds for the item at its key; see {@link EntityTable#put(Object, Condition)}. */
  public <T> WriteTransaction put(EntityTable<T> table, T item, Condition<T> condition) {
    Objects.requireNonNull(condition, "condition; use put(table, item) to write without one");
    return add(table, WriteActions.put(table.table(), table.schema(), item, condition.part()));
  }

  /** Writes {@code item} only if no item has its key; see {@link EntityTable#create(Object)}. */
  public <T> WriteTransaction create(EntityTable<T> table, T item) {
    return add(table, WriteActions.create(table.table(), table.schema(), item));
  }

  /**
   * Applies {@code update} (built with {@link EntityTable#update}, not executed): the same
   * {@code UpdateItem} as {@link Update#execute()}, index keys kept true.
   *
   * @throws InvalidKeyException if an index key the update affects cannot be rendered
   * @throws IllegalArgumentException if the update changes nothing
   */
  public WriteTransaction update(Update<?> update) {
    WriteAction action = Objects.requireNonNull(update, "update").action();
    requireOpen();
    plan.add(update.table(), action);
    return this;
  }

  /** Deletes the item at {@code key} if it is of this entity; see {@link EntityTable#delete(PrimaryKey)}. */
  public <T> WriteTransaction delete(EntityTable<T> table, PrimaryKey key) {
    return add(table, WriteActions.delete(table.table(), table.schema(), Objects.requireNonNull(key, "key"), null));
  }

  /** Deletes the item at {@code key} if it is of this entity and {@code condition} holds. */
  public <T> WriteTransaction delete(EntityTable<T> table, PrimaryKey key, Condition<T> condition) {
    Objects.requireNonNull(condition, "condition; use delete(table, key) to delete without one");
    return add(table, WriteActions.delete(table.table(), table.schema(), Objects.requireNonNull(key, "key"),
        condition.part()));
  }

  /**
   * Deletes {@code item}'s stored version: for a versioned entity, only if the stored version is
   * the one it carries; see {@link EntityTable#deleteItem(Object)}.
   */
  public <T> WriteTransaction deleteItem(EntityTable<T> table, T item) {
    return add(table, WriteActions.deleteItem(table.table(), table.schema(), item, null));
  }

  /**
   * Requires {@code condition} to hold for the item at {@code key} (absent, or of this entity)
   * without writing it ({@code ConditionCheck}): the transaction is cancelled if it does not.
   */
  public <T> WriteTransaction check(EntityTable<T> table, PrimaryKey key, Condition<T> condition) {
    Objects.requireNonNull(condition, "condition");
    return add(table, WriteActions.check(table.table(), table.schema(), Objects.requireNonNull(key, "key"),
        condition.part()));
  }

  /**
   * Makes the transaction idempotent: DynamoDB applies a transaction with the same token at most
   * once within 10 minutes, so a retry after a timeout (when it is unknown whether the first
   * attempt took effect) cannot apply it twice. The same token with other actions is refused by
   * DynamoDB ({@code IdempotentParameterMismatchException}).
   *
   * @param token 1 to 36 characters, such as a UUID
   * @throws IllegalArgumentException if the token is empty or longer than 36 characters
   */
  public WriteTransaction clientRequestToken(String token) {
    requireOpen();
    plan.clientRequestToken(token);
    return this;
  }

  /** Returns the number of actions added so far. */
  public int size() {
    return plan.size();
  }

  /** Ends the transaction's body: later calls are refused. */
  void close() {
    closed = true;
  }

  private <T> WriteTransaction add(EntityTable<T> table, WriteAction action) {
    requireOpen();
    plan.add(table.table(), action);
    return this;
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("This transaction was already sent; add actions inside its body only");
    }
  }
}
