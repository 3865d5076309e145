package dev.singletable;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads raw items into entities by their type attribute: the dispatch of mixed results. */
final class ItemReader {

  private ItemReader() {}

  /** Returns the entity schema named by the item's type attribute, or {@code null}. */
  static EntitySchema<?> schemaOf(Map<String, AttributeValue> item, TableDefinition definition) {
    AttributeValue type = item.get(definition.typeAttribute());
    if (type == null || type.s() == null) {
      return null;
    }
    return definition.entity(type.s()).orElse(null);
  }

  /** Returns the item read into its entity class, or {@code null} if its type is unknown. */
  static Object read(Map<String, AttributeValue> item, TableDefinition definition) {
    EntitySchema<?> schema = schemaOf(item, definition);
    return schema == null ? null : schema.tableSchema().mapToItem(item);
  }

  /** Returns the primary key of a raw item (which holds the table's key attributes). */
  static PrimaryKey primaryKey(Map<String, AttributeValue> item, TableDefinition definition) {
    return PrimaryKey.of(PartitionKey.of(null, definition.partitionKey(), item.get(definition.partitionKey()).s()),
        SortKey.of(null, definition.sortKey(), item.get(definition.sortKey()).s()));
  }

  /** Returns the item's primary key as text, for messages. */
  static String describeKey(Map<String, AttributeValue> item, TableDefinition definition) {
    return definition.partitionKey() + "=" + text(item.get(definition.partitionKey())) + ", "
        + definition.sortKey() + "=" + text(item.get(definition.sortKey()));
  }

  private static String text(AttributeValue value) {
    return value == null ? "(none)" : value.s();
  }
}
