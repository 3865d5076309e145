package dev.singletable.internal.transaction;

import dev.singletable.PrimaryKey;
import dev.singletable.internal.cost.CapacityReports;
import dev.singletable.internal.table.TableContext;
import dev.singletable.internal.write.WriteAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The actions of one {@code TransactWriteItems} on one table, checked before any request: each is
 * already a complete {@link WriteAction} (conditions, type guard, version, timestamps), built by the
 * same code as the single write; two actions on one item are refused when the second is added,
 * more than {@value #MAX_ACTIONS} actions when the plan is sent. Sends them all or nothing.
 * <b>Not API.</b> Not thread-safe.
 */
public final class TransactionPlan {

  /** The most actions DynamoDB takes in one transaction. */
  public static final int MAX_ACTIONS = 100;
  /** The longest client request token DynamoDB takes. */
  static final int MAX_TOKEN_LENGTH = 36;

  private final TableContext table;
  private final List<WriteAction> actions = new ArrayList<>();
  private final Map<PrimaryKey, Integer> indexByKey = new HashMap<>();
  private String clientRequestToken;

  /** Starts the plan of a transaction on {@code table}. */
  public TransactionPlan(TableContext table) {
    this.table = table;
  }

  /**
   * Adds an action built on {@code from}, the table of the entity or update it came from.
   *
   * @throws IllegalArgumentException if {@code from} is another table, or an action of this
   *     transaction already writes or checks the same item (DynamoDB refuses that), naming the key
   *     and both actions
   */
  public void add(TableContext from, WriteAction action) {
    if (!from.tableName().equals(table.tableName()) || from.definition() != table.definition()) {
      throw new IllegalArgumentException("Cannot " + action.operation() + " " + entity(action) + " at " + action.key()
          + " in a transaction of table " + table.tableName() + ": it is an entity of table " + from.tableName()
          + " of another design. A transaction holds actions of one table; take the entity from the same SingleTable");
    }
    Integer earlier = indexByKey.putIfAbsent(action.key(), actions.size());
    if (earlier != null) {
      WriteAction first = actions.get(earlier);
      throw new IllegalArgumentException("Transaction on table " + table.tableName() + " has two actions on the item at "
          + action.key() + ": action " + earlier + " (" + first.operation() + " " + entity(first) + ") and action "
          + actions.size() + " (" + action.operation() + " " + entity(action) + "). DynamoDB refuses more than one"
          + " action per item in a transaction; combine them into one");
    }
    actions.add(action);
  }

  /**
   * Sets the client request token: a retry with the same token within 10 minutes is not applied
   * again (DynamoDB's idempotency).
   *
   * @throws IllegalArgumentException if it is empty or longer than 36 characters
   */
  public void clientRequestToken(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      throw new IllegalArgumentException("A client request token has 1 to " + MAX_TOKEN_LENGTH + " characters, was "
          + (token == null ? "null" : "\"" + token + "\" (" + token.length() + ")"));
    }
    this.clientRequestToken = token;
  }

  /** Returns the number of actions so far. */
  public int size() {
    return actions.size();
  }

  /**
   * Sends the actions as one {@code TransactWriteItems}; sends nothing when there are none.
   *
   * @throws IllegalArgumentException before any request, if there are more than {@value #MAX_ACTIONS}
   * @throws dev.singletable.TransactionCanceledException if DynamoDB cancelled the transaction
   */
  public void send() {
    if (actions.size() > MAX_ACTIONS) {
      throw new IllegalArgumentException("Transaction on table " + table.tableName() + " has " + actions.size()
          + " actions; DynamoDB takes at most " + MAX_ACTIONS + " in one transaction. Split it, or write"
          + " the items that need no atomicity with single writes or batches");
    }
    if (actions.isEmpty()) {
      return;
    }
    List<TransactWriteItem> items = new ArrayList<>(actions.size());
    actions.forEach(action -> items.add(action.toTransactItem(table.tableName())));
    TransactWriteItemsRequest request = TransactWriteItemsRequest.builder().transactItems(items)
        .clientRequestToken(clientRequestToken).returnConsumedCapacity(CapacityReports.mode(table)).build();
    try {
      CapacityReports.report(table, "TransactWriteItems", table.client().transactWriteItems(request).consumedCapacity());
    } catch (TransactionCanceledException e) {
      throw Cancellations.ofWrite(table, actions, e);
    }
  }

  private static String entity(WriteAction action) {
    return action.schema().entityClass().getSimpleName();
  }
}
