package dev.singletable.internal.write;

import dev.singletable.EntitySchema;
import dev.singletable.TableDefinition;
import dev.singletable.internal.KeyField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The index key attributes of an entity that store a property (seed 003's {@code status}, the
 * partition key of its {@code StatusByDate-GSI}): the key's template is that one placeholder, and
 * renders exactly the stored value (the processor checks it: {@code SingletablePropertyKeyTemplate}).
 * Such an attribute is both the property and the key, so an update sets it as the property, once,
 * and the re-rendered key (whose checks still run) is not written a second time. <b>Not API.</b>
 */
public final class IndexKeyProperties {

  private IndexKeyProperties() {}

  /** Returns the index key attributes of {@code schema} that store one of its properties. */
  public static Set<String> of(EntitySchema<?> schema, TableDefinition definition) {
    Set<String> attributes = new LinkedHashSet<>();
    for (KeyField field : schema.keyFields()) {
      if (isStoredProperty(schema, definition, field)) {
        attributes.add(field.attributeName());
      }
    }
    return attributes;
  }

  /** Whether {@code field}, an index key other than the table's own attributes, stores its one placeholder's property. */
  static boolean isStoredProperty(EntitySchema<?> schema, TableDefinition definition, KeyField field) {
    String attribute = field.attributeName();
    if (field.indexName() == null || attribute.equals(definition.partitionKey()) || attribute.equals(definition.sortKey())) {
      return false;
    }
    List<String> placeholders = field.template().placeholders();
    return placeholders.size() == 1 && schema.attributeName(placeholders.get(0)).equals(attribute);
  }
}
