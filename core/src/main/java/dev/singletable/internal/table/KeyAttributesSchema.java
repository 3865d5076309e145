package dev.singletable.internal.table;

import dev.singletable.IndexDefinition;
import dev.singletable.TableDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A schema of nothing but a table's key attributes, tagged for the table and every index. It lets
 * the enhanced client's {@code QueryConditional} build key condition expressions (names, values,
 * placeholders) for a mixed query, where no single entity's schema has every index key.
 * <b>Not API.</b>
 */
public final class KeyAttributesSchema {

  /** Holds key attribute values; the schema needs an item type, though queries never map one. */
  public static final class KeyItem {
    final Map<String, String> values = new HashMap<>();
  }

  private KeyAttributesSchema() {}

  /** Returns the schema of the table's key attributes. */
  public static TableSchema<KeyItem> of(TableDefinition definition) {
    StaticTableSchema.Builder<KeyItem> builder = StaticTableSchema.builder(KeyItem.class)
        .newItemSupplier(KeyItem::new);
    Map<String, Roles> tags = new LinkedHashMap<>();
    tags.computeIfAbsent(definition.partitionKey(), k -> new Roles()).primaryPartition = true;
    tags.computeIfAbsent(definition.sortKey(), k -> new Roles()).primarySort = true;
    for (IndexDefinition index : definition.indexes()) {
      String partition = index.partitionKey().orElse(definition.partitionKey());
      tags.computeIfAbsent(partition, k -> new Roles()).partitionOf.add(index.name());
      tags.computeIfAbsent(index.sortKey(), k -> new Roles()).sortOf.add(index.name());
    }
    tags.forEach((attribute, tag) -> builder.addAttribute(String.class, a -> {
      a.name(attribute)
          .getter(item -> item.values.get(attribute))
          .setter((item, value) -> item.values.put(attribute, value));
      if (tag.primaryPartition) {
        a.addTag(StaticAttributeTags.primaryPartitionKey());
      }
      if (tag.primarySort) {
        a.addTag(StaticAttributeTags.primarySortKey());
      }
      if (!tag.partitionOf.isEmpty()) {
        a.addTag(StaticAttributeTags.secondaryPartitionKey(tag.partitionOf));
      }
      if (!tag.sortOf.isEmpty()) {
        a.addTag(StaticAttributeTags.secondarySortKey(tag.sortOf));
      }
    }));
    return builder.build();
  }

  /** The key roles of one attribute. */
  private static final class Roles {
    boolean primaryPartition;
    boolean primarySort;
    final List<String> partitionOf = new ArrayList<>();
    final List<String> sortOf = new ArrayList<>();
  }
}
