package dev.singletable.internal.read;

import dev.singletable.EntitySchema;
import dev.singletable.MalformedItemException;
import dev.singletable.internal.KeyField;
import dev.singletable.internal.table.TableContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Holds one item against the design: the checks behind {@code SingleTable.audit}. An item of an
 * entity is read through the mapping path; if that succeeds, the key attributes the entity would
 * write for the object read are compared with the ones the item holds. <b>Not API.</b>
 */
public final class ItemAudit {

  /** The result for one item: its entity (or {@code null}), how it was found, and its problems. */
  public record Result(String key, EntitySchema<?> schema, boolean byKeyShape, List<String> problems) {}

  private ItemAudit() {}

  /** Audits one raw item. */
  public static Result audit(TableContext table, Map<String, AttributeValue> item) {
    ItemReader reader = new ItemReader(table.definition(), dev.singletable.ReadPolicy.FAIL,
        dev.singletable.ReadPolicy.FAIL);
    String key = reader.describeKey(item);
    ItemDispatch.Match match = reader.match(item);
    if (!match.isKnown()) {
      return new Result(key, null, false, List.of(match.reason()));
    }
    List<String> problems = new ArrayList<>();
    Object entity = null;
    try {
      entity = EntityMapping.map(match.schema(), item, table.definition());
    } catch (MalformedItemException e) {
      e.problems().forEach(p -> problems.add(p.toString()));
    }
    if (entity != null) {
      problems.addAll(keyProblems(match.schema(), entity, item));
    }
    return new Result(key, match.schema(), match.byKey(), problems);
  }

  /** Index key attributes that differ from what the entity renders for the object read. */
  @SuppressWarnings("unchecked") // the schema writes its own entity class
  private static List<String> keyProblems(EntitySchema<?> schema, Object entity, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> rendered;
    try {
      rendered = ((EntitySchema<Object>) schema).tableSchema().itemToMap(entity, true);
    } catch (RuntimeException e) {
      return List.of("the object read cannot be written back: " + e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    for (KeyField field : schema.keyFields()) {
      String attribute = field.attributeName();
      AttributeValue stored = item.get(attribute);
      AttributeValue expected = rendered.get(attribute);
      String where = (field.indexName() == null ? "" : field.indexName() + " ") + "key " + attribute + " (template \""
          + field.template().template() + "\")";
      if (expected == null && stored != null) {
        problems.add(where + " is " + AttributeText.describe(stored) + ", but the item's values leave it out of"
            + " the sparse index");
      } else if (expected != null && stored == null) {
        problems.add(where + " is missing; the item's values render \"" + expected.s() + "\" (backfill it)");
      } else if (expected != null && !expected.equals(stored)) {
        problems.add(where + " is " + AttributeText.describe(stored) + ", but the item's values render \""
            + expected.s() + "\" (another key format, or a stale key)");
      }
    }
    return problems;
  }
}
