package dev.singletable;

import dev.singletable.internal.KeyLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rendered partition key value together with the index it targets and the attribute that holds
 * it, such as {@code PK = "USER#u1"} on the table or {@code GSI1PK = "STATUS#PENDING"} on GSI1.
 *
 * <p>Made by generated key builders ({@code OrderKeys.pk(userId)}, {@code OrderKeys.gsi1Pk(status)})
 * and passed to {@link EntityTable#query} or {@link SingleTable#query}, which query the index the
 * key names. Immutable and thread-safe; equal when index, attribute and value are equal.
 *
 * <p><b>Sharded keys.</b> The key of a sharded GSI partition ({@code @Key(index = "GSI1",
 * pk = "STATUS#<status>#<shard>", shards = 10)}: {@code OrderKeys.gsi1Pk(status)}) is one logical
 * partition made of {@link #shards()}, one physical partition key per shard. A query of it reads
 * every shard in parallel and merges them in sort key order (docs/writes.md, "Write sharding").
 * Its {@link #value()} is the template rendered with every value but the shard, which stays
 * {@code <shard>}: no item holds that value.
 */
public final class PartitionKey {

  /** DynamoDB's limit on the size of a partition key value, in UTF-8 bytes. */
  public static final int MAX_BYTES = KeyLimits.PARTITION_KEY_BYTES;

  private final String indexName;
  private final String attributeName;
  private final String value;
  private final String template;
  private final List<PartitionKey> shards;

  private PartitionKey(String indexName, String attributeName, String value, String template,
      List<String> shardValues) {
    this.indexName = indexName;
    this.attributeName = Objects.requireNonNull(attributeName, "attributeName");
    this.value = Objects.requireNonNull(value, "value");
    this.template = template;
    KeyLimits.check("Partition key", attributeName, template, value, false, MAX_BYTES);
    if (shardValues == null) {
      this.shards = List.of(this);
    } else {
      List<PartitionKey> keys = new ArrayList<>(shardValues.size());
      for (String shardValue : shardValues) {
        keys.add(new PartitionKey(indexName, attributeName, shardValue, template, null));
      }
      this.shards = List.copyOf(keys);
    }
  }

  /**
   * Returns a partition key.
   *
   * @param indexName the secondary index it targets, or {@code null} for the table
   * @param attributeName the key attribute, such as {@code PK} or {@code GSI1PK}
   * @param value the rendered value, non-empty
   * @throws IllegalArgumentException if the value is empty or longer than {@link #MAX_BYTES}
   */
  public static PartitionKey of(String indexName, String attributeName, String value) {
    return new PartitionKey(indexName, attributeName, value, null, null);
  }

  /**
   * Returns a partition key that remembers the key template it was rendered from, for error
   * messages. Generated code calls this.
   */
  public static PartitionKey of(String indexName, String attributeName, String value, String template) {
    return new PartitionKey(indexName, attributeName, value, template, null);
  }

  /**
   * Returns the key of a sharded partition: one logical key over a physical key per shard.
   * Generated code calls this.
   *
   * @param indexName the GSI it targets
   * @param attributeName the GSI's partition key attribute
   * @param value the logical value: the template rendered with {@code <shard>} for the shard
   * @param template the template
   * @param shardValues the rendered key of each shard, shard 0 first; at least two
   * @throws IllegalArgumentException if there are fewer than two shards, or a value is empty or too long
   */
  public static PartitionKey sharded(String indexName, String attributeName, String value, String template,
      List<String> shardValues) {
    if (shardValues.size() < 2) {
      throw new IllegalArgumentException("A sharded partition key has at least two shards, not " + shardValues.size()
          + ": " + value);
    }
    return new PartitionKey(indexName, attributeName, value, template, List.copyOf(shardValues));
  }

  /** Returns the targeted secondary index, or empty for the table itself. */
  public Optional<String> indexName() {
    return Optional.ofNullable(indexName);
  }

  /** Returns the key attribute name, such as {@code PK}. */
  public String attributeName() {
    return attributeName;
  }

  /** Returns the rendered value, such as {@code USER#u1}. */
  public String value() {
    return value;
  }

  /** Returns the template the value was rendered from, if known. */
  public Optional<String> template() {
    return Optional.ofNullable(template);
  }

  /** Returns whether this is the logical key of a sharded partition, made of several {@link #shards()}. */
  public boolean isSharded() {
    return shards.size() > 1;
  }

  /**
   * Returns the physical partition keys a query of this key reads, shard 0 first: one per shard of
   * a sharded key, or this key alone. {@code gsi1Pk(status).shards().get(3)} queries shard 3 only.
   */
  public List<PartitionKey> shards() {
    return shards;
  }

  /**
   * Returns the key for messages: attribute, value, index and template, such as
   * {@code GSI1PK = "STATUS#PENDING" (index GSI1, template "STATUS#<status>")}.
   */
  public String describe() {
    return attributeName + " = \"" + value + "\" (" + (indexName == null ? "table" : "index " + indexName)
        + (template == null ? "" : ", template \"" + template + "\"")
        + (isSharded() ? ", " + shards.size() + " shards" : "") + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartitionKey other
        && Objects.equals(indexName, other.indexName)
        && attributeName.equals(other.attributeName)
        && value.equals(other.value)
        && shards.size() == other.shards.size();
  }

  @Override
  public int hashCode() {
    return Objects.hash(indexName, attributeName, value);
  }

  @Override
  public String toString() {
    return "PartitionKey[" + describe() + "]";
  }
}
