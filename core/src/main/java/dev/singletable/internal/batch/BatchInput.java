package dev.singletable.internal.batch;

import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.TableDefinition;
import dev.singletable.internal.read.ItemDispatch;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Collects what is wrong with a batch's items or keys, every one, so that a batch with bad input
 * is refused before any request as a whole, with one message listing each refused element by its
 * position. <b>Not API.</b> Not thread-safe; one per call.
 */
final class BatchInput {

  private final String operation;
  private final String element;
  private final List<String> lines = new ArrayList<>();
  private final List<RuntimeException> causes = new ArrayList<>();

  /**
   * @param operation the call, such as {@code batchPut}, for the message
   * @param element what it takes, such as {@code item} or {@code key}
   */
  BatchInput(String operation, String element) {
    this.operation = operation;
    this.element = element;
  }

  /** Records that the element at {@code position} is refused. */
  void refuse(int position, String reason, RuntimeException cause) {
    lines.add("  " + element + " " + position + ": " + reason);
    if (cause != null) {
      causes.add(cause);
    }
  }

  /**
   * Refuses the key at {@code position} unless it is a key of the table (its attribute names) and,
   * when {@code schema} is not {@code null}, of that entity (its values fit the primary key templates).
   */
  void checkKey(int position, PrimaryKey key, TableDefinition definition, EntitySchema<?> schema) {
    if (key == null) {
      refuse(position, "null", null);
    } else if (!key.partitionKey().attributeName().equals(definition.partitionKey())
        || !key.sortKey().attributeName().equals(definition.sortKey())) {
      refuse(position, key + " names other key attributes than the table's " + definition.partitionKey() + " and "
          + definition.sortKey(), null);
    } else if (schema != null && !ItemDispatch.fitsPrimaryKey(schema, key.toAttributeMap())) {
      refuse(position, key + " is not a key of " + schema.entityClass().getSimpleName() + ": it does not fit "
          + schema.keyFields().stream().filter(f -> f.indexName() == null)
              .map(f -> f.attributeName() + " \"" + f.template().template() + "\"").collect(Collectors.joining(", ")),
          null);
    }
  }

  /**
   * Throws when anything was refused: nothing is sent.
   *
   * @param given how many elements the call was given
   * @throws IllegalArgumentException listing every refused element; the first refusal's exception
   *     is its cause, the others are suppressed
   */
  void throwIfRefused(int given) {
    if (lines.isEmpty()) {
      return;
    }
    IllegalArgumentException refused = new IllegalArgumentException(operation + " refused " + lines.size() + " of "
        + given + " " + element + "s, so it sent nothing:\n" + String.join("\n", lines),
        causes.isEmpty() ? null : causes.get(0));
    causes.stream().skip(1).forEach(refused::addSuppressed);
    throw refused;
  }
}
