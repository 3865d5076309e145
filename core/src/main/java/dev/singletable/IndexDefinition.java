package dev.singletable;

import dev.singletable.annotation.Projection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A secondary index of a {@link TableDefinition}: a GSI with its own partition key attribute, or
 * an LSI that shares the table's. Generated from {@code @Index}. Immutable and thread-safe.
 */
public final class IndexDefinition {

  private final String name;
  private final boolean local;
  private final String partitionKey;
  private final String sortKey;
  private final Projection projection;
  private final List<String> nonKeyAttributes;

  private IndexDefinition(String name, boolean local, String partitionKey, String sortKey,
      Projection projection, List<String> nonKeyAttributes) {
    this.name = Objects.requireNonNull(name, "name");
    this.local = local;
    this.partitionKey = partitionKey;
    this.sortKey = Objects.requireNonNull(sortKey, "sortKey");
    this.projection = Objects.requireNonNull(projection, "projection");
    this.nonKeyAttributes = List.copyOf(nonKeyAttributes);
  }

  /**
   * Returns a global secondary index.
   *
   * @param name the index name
   * @param partitionKey its partition key attribute
   * @param sortKey its sort key attribute
   * @param projection the attributes copied into it
   * @param nonKeyAttributes for {@link Projection#INCLUDE}, the non-key attributes copied
   */
  public static IndexDefinition global(String name, String partitionKey, String sortKey,
      Projection projection, List<String> nonKeyAttributes) {
    return new IndexDefinition(name, false, Objects.requireNonNull(partitionKey, "partitionKey"),
        sortKey, projection, nonKeyAttributes);
  }

  /**
   * Returns a local secondary index, which shares the table's partition key.
   *
   * @param name the index name
   * @param sortKey its sort key attribute
   * @param projection the attributes copied into it
   * @param nonKeyAttributes for {@link Projection#INCLUDE}, the non-key attributes copied
   */
  public static IndexDefinition local(String name, String sortKey, Projection projection,
      List<String> nonKeyAttributes) {
    return new IndexDefinition(name, true, null, sortKey, projection, nonKeyAttributes);
  }

  /** Returns the index name. */
  public String name() {
    return name;
  }

  /** Returns whether this is a local secondary index. */
  public boolean isLocal() {
    return local;
  }

  /** Returns the partition key attribute of a GSI, or empty for an LSI (the table's is used). */
  public Optional<String> partitionKey() {
    return Optional.ofNullable(partitionKey);
  }

  /** Returns the sort key attribute. */
  public String sortKey() {
    return sortKey;
  }

  /** Returns the projection. */
  public Projection projection() {
    return projection;
  }

  /** Returns the non-key attributes of an {@link Projection#INCLUDE} projection. */
  public List<String> nonKeyAttributes() {
    return nonKeyAttributes;
  }

  @Override
  public String toString() {
    return (local ? "LSI " : "GSI ") + name + " (" + (local ? "" : partitionKey + ", ") + sortKey
        + ", " + projection + ")";
  }
}
