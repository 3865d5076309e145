package dev.singletable;

import dev.singletable.internal.KeyLimits;
import java.util.Objects;
import java.util.Optional;

/**
 * A rendered sort key value, or a sort key prefix, with the index it targets and the attribute
 * that holds it.
 *
 * <p>A full key ({@code OrderKeys.sk(date, orderId)}) names one sort key value. A prefix
 * ({@code OrderKeys.skPrefix(date)}, {@link #isPrefix()}) stands for the whole range of sort keys
 * that start with it; query conditions treat it as that range (see {@link KeyQuery}).
 *
 * <p>Immutable and thread-safe; equal when index, attribute, value and prefix flag are equal.
 */
public final class SortKey {

  /** DynamoDB's limit on the size of a sort key value, in UTF-8 bytes. */
  public static final int MAX_BYTES = KeyLimits.SORT_KEY_BYTES;

  private final String indexName;
  private final String attributeName;
  private final String value;
  private final boolean prefix;
  private final String template;

  private SortKey(String indexName, String attributeName, String value, boolean prefix, String template) {
    this.indexName = indexName;
    this.attributeName = Objects.requireNonNull(attributeName, "attributeName");
    this.value = Objects.requireNonNull(value, "value");
    this.prefix = prefix;
    this.template = template;
    KeyLimits.check("Sort key", attributeName, template, value, prefix, MAX_BYTES);
  }

  /**
   * Returns a full sort key.
   *
   * @param indexName the secondary index it targets, or {@code null} for the table
   * @param attributeName the key attribute, such as {@code SK} or {@code GSI1SK}
   * @param value the rendered value, non-empty
   * @throws IllegalArgumentException if the value is empty or longer than {@link #MAX_BYTES}
   */
  public static SortKey of(String indexName, String attributeName, String value) {
    return new SortKey(indexName, attributeName, value, false, null);
  }

  /**
   * Returns a sort key prefix that stands for every sort key starting with {@code value}; an empty
   * prefix stands for every sort key.
   */
  public static SortKey prefix(String indexName, String attributeName, String value) {
    return new SortKey(indexName, attributeName, value, true, null);
  }

  /** Generated code calls this: a full key or prefix that remembers its template. */
  public static SortKey of(String indexName, String attributeName, String value, boolean prefix, String template) {
    return new SortKey(indexName, attributeName, value, prefix, template);
  }

  /** Returns the targeted secondary index, or empty for the table itself. */
  public Optional<String> indexName() {
    return Optional.ofNullable(indexName);
  }

  /** Returns the key attribute name, such as {@code SK}. */
  public String attributeName() {
    return attributeName;
  }

  /** Returns the rendered value or prefix, such as {@code ORDER#2026-03-15#}. */
  public String value() {
    return value;
  }

  /** Returns whether this stands for the range of sort keys that start with {@link #value()}. */
  public boolean isPrefix() {
    return prefix;
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
    return attributeName + (prefix ? " prefix \"" : " = \"") + value + "\" ("
        + (indexName == null ? "table" : "index " + indexName)
        + (template == null ? "" : ", template \"" + template + "\"") + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SortKey other
        && Objects.equals(indexName, other.indexName)
        && attributeName.equals(other.attributeName)
        && value.equals(other.value)
        && prefix == other.prefix;
  }

  @Override
  public int hashCode() {
    return Objects.hash(indexName, attributeName, value, prefix);
  }

  @Override
  public String toString() {
    return "SortKey[" + describe() + "]";
  }
}
