package dev.singletable.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * The key of an entity on the table or on one index.
 *
 * @param index the index, or {@code null} for the table's primary key
 * @param partition the partition key; for an LSI, the table's partition key template
 * @param sort the sort key
 * @param shard the shard of a sharded key, or {@code null}
 */
record KeyModel(IndexModel index, KeyPartModel partition, KeyPartModel sort, ShardModel shard) {

  KeyModel(IndexModel index, KeyPartModel partition, KeyPartModel sort) {
    this(index, partition, sort, null);
  }

  boolean isSharded() {
    return shard != null;
  }

  /** Whether {@code property} is this key's derived shard: a placeholder no getter backs. */
  boolean isDerivedShard(PropertyModel property) {
    return shard != null && shard.derived() && shard.property().equals(property);
  }

  /** Returns the placeholders of a key part without a derived shard: what a caller gives. */
  java.util.List<PropertyModel> given(KeyPartModel part) {
    return part.placeholders().stream().filter(p -> !isDerivedShard(p)).toList();
  }

  boolean isPrimary() {
    return index == null;
  }

  /**
   * Returns how a placeholder of the partition or sort key renders: alike in both (the processor
   * reports a property that a key renders in two ways).
   */
  ValueFormat format(PropertyModel property) {
    return partition.placeholders().contains(property) ? partition.format(property) : sort.format(property);
  }

  /** Returns the placeholders of partition and sort key, each once, in order of appearance. */
  List<PropertyModel> allPlaceholders() {
    List<PropertyModel> all = new ArrayList<>(partition.placeholders());
    for (PropertyModel property : sort.placeholders()) {
      if (!all.contains(property)) {
        all.add(property);
      }
    }
    return all;
  }
}
