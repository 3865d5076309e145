package dev.singletable;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The primary key of one item: the table's partition key and sort key values, such as
 * {@code PK = "USER#u1", SK = "ORDER#2026-03-15#o1"}. Made by generated {@code XKeys.key(...)}.
 *
 * <p>Immutable and thread-safe; equal when both parts are equal.
 */
public final class PrimaryKey {

  private final PartitionKey partitionKey;
  private final SortKey sortKey;

  private PrimaryKey(PartitionKey partitionKey, SortKey sortKey) {
    this.partitionKey = partitionKey;
    this.sortKey = sortKey;
  }

  /**
   * Returns the primary key made of two table keys.
   *
   * @throws IllegalArgumentException if either key targets a secondary index or the sort key is a
   *     prefix
   */
  public static PrimaryKey of(PartitionKey partitionKey, SortKey sortKey) {
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(sortKey, "sortKey");
    if (partitionKey.indexName().isPresent() || sortKey.indexName().isPresent()) {
      throw new IllegalArgumentException("A primary key is made of table keys, not index keys: "
          + partitionKey.describe() + ", " + sortKey.describe());
    }
    if (sortKey.isPrefix()) {
      throw new IllegalArgumentException("A primary key needs a full sort key, not a prefix: " + sortKey.describe());
    }
    return new PrimaryKey(partitionKey, sortKey);
  }

  /** Returns the partition key. */
  public PartitionKey partitionKey() {
    return partitionKey;
  }

  /** Returns the sort key. */
  public SortKey sortKey() {
    return sortKey;
  }

  /** Returns the key as the low-level client's attribute map, for {@code GetItem} and friends. */
  public Map<String, AttributeValue> toAttributeMap() {
    return Map.of(
        partitionKey.attributeName(), AttributeValue.fromS(partitionKey.value()),
        sortKey.attributeName(), AttributeValue.fromS(sortKey.value()));
  }

  /** Returns the key as the enhanced client's {@link Key}. */
  public Key toEnhancedKey() {
    return Key.builder().partitionValue(partitionKey.value()).sortValue(sortKey.value()).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrimaryKey other
        && partitionKey.equals(other.partitionKey)
        && sortKey.equals(other.sortKey);
  }

  @Override
  public int hashCode() {
    return partitionKey.hashCode() * 31 + sortKey.hashCode();
  }

  @Override
  public String toString() {
    return partitionKey.attributeName() + "=" + partitionKey.value() + ", "
        + sortKey.attributeName() + "=" + sortKey.value();
  }
}
