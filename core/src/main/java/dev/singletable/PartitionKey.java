package dev.singletable;

import dev.singletable.internal.KeyLimits;
import java.util.Objects;
import java.util.Optional;

/**
 * A rendered partition key value together with the index it targets and the attribute that holds
 * it, such as {@code PK = "USER#u1"} on the table or {@code GSI1PK = "STATUS#PENDING"} on GSI1.
 *
 * <p>Made by generated key builders ({@code OrderKeys.pk(userId)}, {@code OrderKeys.gsi1Pk(status)})
 * and passed to {@link EntityTable#query} or {@link SingleTable#query}, which query the index the
 * key names. Immutable and thread-safe; equal when index, attribute and value are equal.
 */
public final class PartitionKey {

  /** DynamoDB's limit on the size of a partition key value, in UTF-8 bytes. */
  public static final int MAX_BYTES = KeyLimits.PARTITION_KEY_BYTES;

  private final String indexName;
  private final String attributeName;
  private final String value;
  private final String template;

  private PartitionKey(String indexName, String attributeName, String value, String template) {
    this.indexName = indexName;
    this.attributeName = Objects.requireNonNull(attributeName, "attributeName");
    this.value = Objects.requireNonNull(value, "value");
    this.template = template;
    KeyLimits.check("Partition key", attributeName, template, value, false, MAX_BYTES);
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
    return new PartitionKey(indexName, attributeName, value, null);
  }

  /**
   * Returns a partition key that remembers the key template it was rendered from, for error
   * messages. Generated code calls this.
   */
  public static PartitionKey of(String indexName, String attributeName, String value, String template) {
    return new PartitionKey(indexName, attributeName, value, template);
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

  /**
   * Returns the key for messages: attribute, value, index and template, such as
   * {@code GSI1PK = "STATUS#PENDING" (index GSI1, template "STATUS#<status>")}.
   */
  public String describe() {
    return attributeName + " = \"" + value + "\" (" + (indexName == null ? "table" : "index " + indexName)
        + (template == null ? "" : ", template \"" + template + "\"") + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartitionKey other
        && Objects.equals(indexName, other.indexName)
        && attributeName.equals(other.attributeName)
        && value.equals(other.value);
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
