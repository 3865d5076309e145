package dev.singletable.internal.write;

import dev.singletable.EntitySchema;
import dev.singletable.InvalidKeyException;
import dev.singletable.PrimaryKey;
import dev.singletable.TableDefinition;
import dev.singletable.internal.KeyField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out which index key attributes an update must rewrite so that no index goes stale: every
 * index key whose template has a placeholder the update changes is rendered again from the new
 * values, the primary key (parsed back from its rendered form) and the values the caller supplied
 * with {@link Update#with}. A {@code null} placeholder removes that index's key attributes (the
 * item leaves the sparse index). Missing placeholders fail before any request, all listed at once.
 * Changes and supplied values are keyed by attribute name; templates name properties.
 * <b>Not API.</b>
 */
public final class IndexKeyPlanner {

  /** The new value of one key attribute; {@code null} removes it. */
  public record KeyChange(String attribute, String value) {}

  private final EntitySchema<?> schema;
  private final TableDefinition definition;

  public IndexKeyPlanner(EntitySchema<?> schema, TableDefinition definition) {
    this.schema = schema;
    this.definition = definition;
  }

  /** Returns the encoded values of the primary key's placeholders, parsed back from the key. */
  public Map<String, String> primaryValues(PrimaryKey key) {
    Map<String, String> values = new HashMap<>();
    for (KeyField field : schema.keyFields()) {
      if (field.indexName() == null) {
        String rendered = field.attributeName().equals(definition.partitionKey())
            ? key.partitionKey().value()
            : key.sortKey().value();
        Optional<Map<String, String>> match = field.template().match(rendered);
        if (match.isEmpty()) {
          throw new IllegalArgumentException("Key " + key + " is not a key of " + entityName() + ": "
              + field.attributeName() + " \"" + rendered + "\" does not fit its template \""
              + field.template().template() + "\"");
        }
        values.putAll(match.get());
      }
    }
    return values;
  }

  /**
   * Returns the key attribute changes.
   *
   * @param changed the new value of each attribute the update sets or removes ({@code null})
   * @param supplied the current values the caller supplied with {@code with}
   * @param primaryValues the encoded primary key placeholder values
   * @throws InvalidKeyException listing, per affected index key, its template and every placeholder
   *     the update neither sets, supplies nor finds in the primary key
   */
  public List<KeyChange> plan(Map<String, Object> changed, Map<String, Object> supplied, Map<String, String> primaryValues) {
    Map<String, KeyChange> changes = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Set<String> missingAll = new LinkedHashSet<>();
    for (Map.Entry<String, List<KeyField>> index : indexFields().entrySet()) {
      List<KeyField> fields = index.getValue();
      Map<String, String> primary = withDerivedShards(primaryValues, fields);
      Set<String> placeholders = new LinkedHashSet<>();
      fields.forEach(f -> placeholders.addAll(f.template().placeholders()));
      // Keys the update changes are rendered again; keys the primary key alone determines are
      // written every time (unchanged on an existing item), so that an upsert creates a whole item.
      if (placeholders.stream().noneMatch(p -> changed.containsKey(schema.attributeName(p)))
          && !primary.keySet().containsAll(placeholders)) {
        continue;
      }
      Map<String, String> encoded = new HashMap<>(primary);
      boolean anyNull = false;
      List<String> missing = new ArrayList<>();
      for (String placeholder : placeholders) {
        if (encoded.containsKey(placeholder)) {
          continue;
        }
        String attribute = schema.attributeName(placeholder);
        Object value = changed.containsKey(attribute) ? changed.get(attribute) : supplied.get(attribute);
        if (value == null && (changed.containsKey(attribute) || supplied.containsKey(attribute))) {
          anyNull = true;
        } else if (value == null) {
          missing.add(placeholder);
        } else {
          encoded.put(placeholder, render(placeholder, value, fields));
        }
      }
      if (anyNull) {
        fields.forEach(f -> changes.putIfAbsent(f.attributeName(), new KeyChange(f.attributeName(), null)));
      } else if (!missing.isEmpty()) {
        missingAll.addAll(missing);
        problems.add(index.getKey() + " (" + describe(fields) + ") needs "
            + String.join(", ", missing.stream().map(m -> "<" + m + ">").toList()));
      } else {
        // One change per attribute: an attribute shared by two indexes has one template.
        fields.forEach(f -> changes.putIfAbsent(f.attributeName(),
            new KeyChange(f.attributeName(), f.checked(f.template().render(encoded)))));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidKeyException("Updating " + entityName() + " changes index keys it cannot render: "
          + String.join("; ", problems) + ". Set these attributes too, or give their current values with"
          + " with(...) (checked by a condition), so that no index is left stale", entityName(), List.copyOf(missingAll));
    }
    return List.copyOf(changes.values());
  }

  /**
   * Returns the primary key's placeholder values plus the shard of the index's sharded partition
   * key ({@code fields} are one index's), which the primary key determines
   * ({@link KeyField#shardOf}): an update that moves an item to another logical partition
   * ({@code STATUS#<status>#<shard>}) keeps its shard.
   */
  Map<String, String> withDerivedShards(Map<String, String> primary, List<KeyField> fields) {
    Map<String, String> known = null;
    for (KeyField field : fields) {
      if (!field.derivesShard()) {
        continue;
      }
      if (known == null) {
        known = new HashMap<>(primary);
      }
      int shard = field.shardOf(primaryKeyValue(primary, definition.partitionKey()),
          primaryKeyValue(primary, definition.sortKey()));
      known.put(field.shardPlaceholder(), field.renderValue(field.shardPlaceholder(), shard));
    }
    return known == null ? primary : known;
  }

  /** The rendered table key attribute {@code attribute}, from the primary key's placeholder values. */
  private String primaryKeyValue(Map<String, String> primary, String attribute) {
    for (KeyField field : schema.keyFields()) {
      if (field.indexName() == null && field.attributeName().equals(attribute)) {
        return field.template().render(primary);
      }
    }
    throw new IllegalStateException(entityName() + " has no key template for " + attribute);
  }

  /** The key fields an update may rewrite, by index: those not the table's own key attributes. */
  Map<String, List<KeyField>> indexFields() {
    Map<String, List<KeyField>> byIndex = new LinkedHashMap<>();
    for (KeyField field : schema.keyFields()) {
      if (field.indexName() == null) {
        continue;
      }
      if (field.attributeName().equals(definition.partitionKey()) || field.attributeName().equals(definition.sortKey())) {
        continue; // the table's key attributes (an LSI's partition key, an inverted index's keys) never change
      }
      byIndex.computeIfAbsent(field.indexName(), k -> new ArrayList<>()).add(field);
    }
    return byIndex;
  }

  /** Renders a placeholder's value as the first of the index's key fields that names it. */
  static String render(String placeholder, Object value, List<KeyField> fields) {
    return KeyField.holding(fields, placeholder).renderValue(placeholder, value);
  }

  private static String describe(List<KeyField> fields) {
    return String.join(", ", fields.stream()
        .map(f -> f.attributeName() + " template \"" + f.template().template() + "\"").toList());
  }

  private String entityName() {
    return schema.entityClass().getSimpleName();
  }
}
