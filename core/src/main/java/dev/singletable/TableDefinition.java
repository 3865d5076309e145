package dev.singletable;

import dev.singletable.internal.KeyEncoding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The design of one single-table: key attributes, type attribute, delimiter, secondary indexes and
 * entities. Generated from {@code @Table} into {@code TSchema.DEFINITION}. Immutable and
 * thread-safe.
 */
public final class TableDefinition {

  private final String defaultTableName;
  private final String partitionKey;
  private final String sortKey;
  private final String typeAttribute;
  private final char delimiter;
  private final Map<String, IndexDefinition> indexes;
  private final Map<String, EntitySchema<?>> entitiesByType;
  private final Map<Class<?>, EntitySchema<?>> entitiesByClass;
  private final List<IndexDefinition> indexOrder;
  private final List<EntitySchema<?>> entityOrder;
  private final Optional<String> ttlAttribute;

  private TableDefinition(Builder builder) {
    this.defaultTableName = builder.defaultTableName;
    this.partitionKey = builder.partitionKey;
    this.sortKey = builder.sortKey;
    this.typeAttribute = builder.typeAttribute;
    this.delimiter = builder.delimiter;
    KeyEncoding.forDelimiter(delimiter); // validates
    Map<String, IndexDefinition> indexes = new LinkedHashMap<>();
    for (IndexDefinition index : builder.indexes) {
      if (indexes.put(index.name(), index) != null) {
        throw new IllegalArgumentException("Index " + index.name() + " is declared twice");
      }
    }
    Map<String, EntitySchema<?>> byType = new LinkedHashMap<>();
    Map<Class<?>, EntitySchema<?>> byClass = new LinkedHashMap<>();
    for (EntitySchema<?> entity : builder.entities) {
      EntitySchema<?> previous = byType.put(entity.typeName(), entity);
      if (previous != null) {
        throw new IllegalArgumentException("Entities " + previous.entityClass().getName() + " and "
            + entity.entityClass().getName() + " share the type name " + entity.typeName());
      }
      byClass.put(entity.entityClass(), entity);
    }
    this.indexes = Map.copyOf(indexes);
    this.entitiesByType = byType;
    this.entitiesByClass = byClass;
    this.indexOrder = List.copyOf(indexes.values());
    this.entityOrder = List.copyOf(byType.values());
    this.ttlAttribute = ttlAttribute(entityOrder);
  }

  /**
   * The one TTL attribute of the entities; DynamoDB enables TTL on one attribute per table. Loops,
   * not streams or lambdas: every generated table runs this in its class init, a stream handler's
   * cold start (a fresh JVM's first stream costs about 15 classes).
   */
  private static Optional<String> ttlAttribute(List<EntitySchema<?>> entities) {
    Map<String, List<String>> byAttribute = new LinkedHashMap<>();
    for (EntitySchema<?> entity : entities) {
      Optional<String> attribute = entity.ttlAttribute();
      if (attribute.isPresent()) {
        List<String> holders = byAttribute.get(attribute.get());
        if (holders == null) {
          holders = new ArrayList<>();
          byAttribute.put(attribute.get(), holders);
        }
        holders.add(entity.entityClass().getSimpleName());
      }
    }
    if (byAttribute.size() > 1) {
      throw new IllegalArgumentException("Entities keep their TTL in different attributes " + byAttribute
          + ", but DynamoDB enables TTL on one attribute per table; give every @Ttl property one name");
    }
    for (String attribute : byAttribute.keySet()) {
      return Optional.of(attribute);
    }
    return Optional.empty();
  }

  /**
   * Returns a builder.
   *
   * @param defaultTableName the physical table name used when none is given
   */
  public static Builder builder(String defaultTableName) {
    return new Builder(defaultTableName);
  }

  /** Returns the physical table name used when none is given. */
  public String defaultTableName() {
    return defaultTableName;
  }

  /** Returns the table's partition key attribute. */
  public String partitionKey() {
    return partitionKey;
  }

  /** Returns the table's sort key attribute. */
  public String sortKey() {
    return sortKey;
  }

  /** Returns the attribute that holds each item's entity type name. */
  public String typeAttribute() {
    return typeAttribute;
  }

  /** Returns the delimiter of key template segments. */
  public char delimiter() {
    return delimiter;
  }

  /** Returns the secondary indexes, in declaration order. */
  public List<IndexDefinition> indexes() {
    return indexOrder;
  }

  /** Returns the secondary index of that name, if declared. */
  public Optional<IndexDefinition> index(String name) {
    return Optional.ofNullable(indexes.get(name));
  }

  /** Returns the entities, in declaration order. */
  public List<EntitySchema<?>> entities() {
    return entityOrder;
  }

  /** Returns the entity stored with that type name, if any. */
  public Optional<EntitySchema<?>> entity(String typeName) {
    return Optional.ofNullable(entitiesByType.get(typeName));
  }

  /** Returns the schema of an entity class, if it is an entity of this table. */
  @SuppressWarnings("unchecked") // the map is keyed by each schema's own entity class
  public <T> Optional<EntitySchema<T>> entity(Class<T> entityClass) {
    return Optional.ofNullable((EntitySchema<T>) entitiesByClass.get(entityClass));
  }

  /**
   * Returns the table's TTL attribute: the attribute of every entity's {@code @Ttl} property, if
   * any entity has one. {@code createTable()} enables DynamoDB's TTL on it.
   */
  public Optional<String> ttlAttribute() {
    return ttlAttribute;
  }

  /**
   * Returns the partition key attribute of the table ({@code indexName} {@code null}) or of an
   * index (an LSI's is the table's).
   *
   * @throws NullPointerException if the index is not declared
   */
  public String partitionKeyOf(String indexName) {
    if (indexName == null) {
      return partitionKey;
    }
    return indexes.get(indexName).partitionKey().orElse(partitionKey);
  }

  /**
   * Returns the sort key attribute of the table ({@code indexName} {@code null}) or of an index.
   *
   * @throws NullPointerException if the index is not declared
   */
  public String sortKeyOf(String indexName) {
    return indexName == null ? sortKey : indexes.get(indexName).sortKey();
  }

  /** Builds a {@link TableDefinition}; not thread-safe. */
  public static final class Builder {
    private final String defaultTableName;
    private String partitionKey = "PK";
    private String sortKey = "SK";
    private String typeAttribute = "entityType";
    private char delimiter = '#';
    private final List<IndexDefinition> indexes = new ArrayList<>();
    private final List<EntitySchema<?>> entities = new ArrayList<>();

    private Builder(String defaultTableName) {
      this.defaultTableName = Objects.requireNonNull(defaultTableName, "defaultTableName");
    }

    /** Sets the partition key attribute (default {@code PK}). */
    public Builder partitionKey(String attribute) {
      this.partitionKey = Objects.requireNonNull(attribute);
      return this;
    }

    /** Sets the sort key attribute (default {@code SK}). */
    public Builder sortKey(String attribute) {
      this.sortKey = Objects.requireNonNull(attribute);
      return this;
    }

    /** Sets the type attribute (default {@code entityType}). */
    public Builder typeAttribute(String attribute) {
      this.typeAttribute = Objects.requireNonNull(attribute);
      return this;
    }

    /** Sets the delimiter (default {@code #}). */
    public Builder delimiter(char delimiter) {
      this.delimiter = delimiter;
      return this;
    }

    /** Adds a secondary index. */
    public Builder addIndex(IndexDefinition index) {
      indexes.add(Objects.requireNonNull(index));
      return this;
    }

    /** Adds an entity. */
    public Builder addEntity(EntitySchema<?> entity) {
      entities.add(Objects.requireNonNull(entity));
      return this;
    }

    /**
     * Builds the definition.
     *
     * @throws IllegalArgumentException on duplicate index names or entity type names, an
     *     unsupported delimiter, or entities whose TTL attributes differ
     */
    public TableDefinition build() {
      return new TableDefinition(this);
    }
  }
}
