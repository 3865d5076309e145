package dev.singletable.internal.cost;

import dev.singletable.IndexDefinition;
import dev.singletable.TableDefinition;
import dev.singletable.WriteUnits;
import dev.singletable.internal.table.TableContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Estimates the write request units a put of an item consumes: {@code ceil(bytes / 1 KB)} in the
 * table, and the same for each index entry the item creates (see {@link WriteUnits} for the rules
 * and their sources). <b>Not API.</b> Stateless.
 */
public final class WriteUnitEstimator {

  /** One write request unit covers this many bytes. */
  static final int BYTES_PER_UNIT = 1024;

  /** What a local secondary index entry counts beyond its attributes (DynamoDB Local agrees). */
  static final int LOCAL_INDEX_ENTRY_OVERHEAD = 100;

  private WriteUnitEstimator() {}

  /** Returns the units of writing {@code item}, the attributes a put sends, to the table. */
  public static WriteUnits estimate(TableContext table, Map<String, AttributeValue> item) {
    long itemBytes = ItemSize.of(item);
    Map<String, Integer> indexes = new LinkedHashMap<>();
    TableDefinition definition = table.definition();
    for (IndexDefinition index : definition.indexes()) {
      if (!item.containsKey(definition.partitionKeyOf(index.name())) || !item.containsKey(index.sortKey())) {
        continue; // a sparse index the item is not in costs nothing
      }
      long entryBytes = entryBytes(table.projectedAttributes(index), item, itemBytes);
      if (index.isLocal()) {
        entryBytes += LOCAL_INDEX_ENTRY_OVERHEAD;
      }
      indexes.put(index.name(), units(entryBytes));
    }
    return WriteUnits.of(itemBytes, units(itemBytes), indexes);
  }

  /** The size of an index entry: the whole item, or only the attributes the index projects. */
  private static long entryBytes(Set<String> projected, Map<String, AttributeValue> item, long itemBytes) {
    if (projected == null) {
      return itemBytes;
    }
    long bytes = 0;
    for (String attribute : projected) {
      AttributeValue value = item.get(attribute);
      if (value != null) {
        bytes += ItemSize.attribute(attribute, value);
      }
    }
    return bytes;
  }

  private static int units(long bytes) {
    return (int) Math.max(1, (bytes + BYTES_PER_UNIT - 1) / BYTES_PER_UNIT);
  }
}
