package dev.singletable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An estimate of the write request units (WRU, or write capacity units on a provisioned table) that
 * writing one item costs, from {@link EntityTable#writeUnits}: 1 unit per started KB (1,024 bytes)
 * of the item in the table, plus the same for each secondary index the item lands in. DynamoDB's
 * pricing (seed 001's cost model: "1 WRU = one 1 KB write"; "GSIs consume additional WRUs for
 * every base table write").
 *
 * <ul>
 *   <li>An index counts only when the item has its key attributes: a sparse index the item skips
 *       costs nothing.
 *   <li>An index's entry holds what it projects: the whole item for {@code ALL}; the table and index
 *       keys for {@code KEYS_ONLY}; those plus the included attributes (and the type attribute,
 *       which {@code createTable} always includes) for {@code INCLUDE}.
 *   <li>A local secondary index entry also counts 100 bytes of overhead, as DynamoDB Local does
 *       (the Developer Guide's index entry size).
 *   <li>In a transaction every unit counts twice ({@link #inTransaction()}).
 * </ul>
 *
 * <p>The estimate is for writing a new item, or replacing one that is no larger and has the same
 * index keys. Replacing a larger item costs the larger size; moving an item's index key costs a
 * delete and a put in that index. What DynamoDB charged is reported per request to a
 * {@link CapacityListener}. Immutable and thread-safe.
 */
public final class WriteUnits {

  private final long itemBytes;
  private final int table;
  private final Map<String, Integer> indexes;
  private final boolean transactional;

  private WriteUnits(long itemBytes, int table, Map<String, Integer> indexes, boolean transactional) {
    this.itemBytes = itemBytes;
    this.table = table;
    this.indexes = Collections.unmodifiableMap(new LinkedHashMap<>(indexes));
    this.transactional = transactional;
  }

  /**
   * Returns an estimate outside a transaction.
   *
   * @param itemBytes the item's size in bytes
   * @param table the units of the table write
   * @param indexes the units of each index the item lands in, by index name
   */
  public static WriteUnits of(long itemBytes, int table, Map<String, Integer> indexes) {
    return new WriteUnits(itemBytes, table, Objects.requireNonNull(indexes, "indexes"), false);
  }

  /** Returns the same write in a transaction ({@code TransactWriteItems}): every unit counted twice. */
  public WriteUnits inTransaction() {
    if (transactional) {
      return this;
    }
    Map<String, Integer> doubled = new LinkedHashMap<>();
    indexes.forEach((index, units) -> doubled.put(index, units * 2));
    return new WriteUnits(itemBytes, table * 2, doubled, true);
  }

  /** Returns whether the units are those of a transaction. */
  public boolean transactional() {
    return transactional;
  }

  /** Returns the item's size in bytes: attribute names and values, by DynamoDB's rules. */
  public long itemBytes() {
    return itemBytes;
  }

  /** Returns the units of the table write. */
  public int table() {
    return table;
  }

  /** Returns the units of each secondary index the item lands in, by index name, in the table's index order. */
  public Map<String, Integer> indexes() {
    return indexes;
  }

  /** Returns the units of the table and every index together. */
  public int total() {
    return table + indexes.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WriteUnits other && itemBytes == other.itemBytes && table == other.table
        && indexes.equals(other.indexes) && transactional == other.transactional;
  }

  @Override
  public int hashCode() {
    return Objects.hash(itemBytes, table, indexes, transactional);
  }

  @Override
  public String toString() {
    return "WriteUnits[" + total() + (transactional ? " in a transaction" : "") + ": table " + table
        + (indexes.isEmpty() ? "" : ", indexes " + indexes) + ", item " + itemBytes + " bytes]";
  }
}
