package dev.singletable.internal.transaction;

import dev.singletable.CancellationReason;
import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.internal.read.ItemDispatch;
import dev.singletable.internal.table.TableContext;
import dev.singletable.internal.write.WriteAction;
import dev.singletable.internal.write.WriteFailures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Reads DynamoDB's cancellation of a transaction into one {@link CancellationReason} per action:
 * DynamoDB's code and message, and for a failed condition the current item (read through the
 * mapping path) and the exception the action alone would have thrown ({@link WriteFailures}).
 * <b>Not API.</b>
 */
final class Cancellations {

  private static final String CONDITION_FAILED = "ConditionalCheckFailed";

  private Cancellations() {}

  /** Returns the exception for a cancelled {@code TransactWriteItems} of {@code actions}. */
  static dev.singletable.TransactionCanceledException ofWrite(TableContext table, List<WriteAction> actions,
      TransactionCanceledException e) {
    List<CancellationReason> reasons = new ArrayList<>(actions.size());
    for (int i = 0; i < actions.size(); i++) {
      WriteAction action = actions.get(i);
      software.amazon.awssdk.services.dynamodb.model.CancellationReason reason = reason(e, i);
      Map<String, AttributeValue> current = reason.hasItem() ? reason.item() : Map.of();
      RuntimeException failure = CONDITION_FAILED.equals(reason.code())
          ? WriteFailures.conditionFailed(table, action, current, e) : null;
      reasons.add(new CancellationReason(i, action.operation(), action.schema().entityClass(), action.key(),
          code(reason), reason.message(), current.isEmpty() ? null : WriteFailures.readAny(table, current), current,
          failure));
    }
    return exception("TransactWriteItems", table, reasons, e);
  }

  /** Returns the exception for a cancelled {@code TransactGetItems} of {@code keys}. */
  static dev.singletable.TransactionCanceledException ofGet(TableContext table, List<PrimaryKey> keys,
      TransactionCanceledException e) {
    List<CancellationReason> reasons = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      software.amazon.awssdk.services.dynamodb.model.CancellationReason reason = reason(e, i);
      reasons.add(new CancellationReason(i, "get", entityOf(table, keys.get(i)), keys.get(i), code(reason),
          reason.message(), null, Map.of(), null));
    }
    return exception("TransactGetItems", table, reasons, e);
  }

  private static dev.singletable.TransactionCanceledException exception(String request, TableContext table,
      List<CancellationReason> reasons, TransactionCanceledException e) {
    List<String> failing = new ArrayList<>();
    for (CancellationReason reason : reasons) {
      if (reason.failed()) {
        failing.add(reason + reason.failure().map(f -> ": " + f.getMessage()).orElse(""));
      }
    }
    String message = "DynamoDB cancelled the " + request + " of " + reasons.size() + " actions on table "
        + table.tableName() + ", so none took effect: " + (failing.isEmpty() ? "it gave no reason (" + e.getMessage() + ")"
            : String.join("; ", failing));
    return new dev.singletable.TransactionCanceledException(message, reasons, e);
  }

  /** DynamoDB's reason for action {@code i}; one saying "Unknown" if it gave fewer reasons than actions. */
  private static software.amazon.awssdk.services.dynamodb.model.CancellationReason reason(
      TransactionCanceledException e, int i) {
    if (e.hasCancellationReasons() && i < e.cancellationReasons().size()) {
      return e.cancellationReasons().get(i);
    }
    return software.amazon.awssdk.services.dynamodb.model.CancellationReason.builder().code("Unknown")
        .message("DynamoDB gave no reason for this action").build();
  }

  private static String code(software.amazon.awssdk.services.dynamodb.model.CancellationReason reason) {
    return reason.code() == null ? "None" : reason.code();
  }

  /** The entity whose primary key templates the key fits, or {@code null}. */
  static Class<?> entityOf(TableContext table, PrimaryKey key) {
    EntitySchema<?> found = null;
    for (EntitySchema<?> schema : table.definition().entities()) {
      if (ItemDispatch.fitsPrimaryKey(schema, key.toAttributeMap())) {
        if (found != null) {
          return null;
        }
        found = schema;
      }
    }
    return found == null ? null : found.entityClass();
  }
}
