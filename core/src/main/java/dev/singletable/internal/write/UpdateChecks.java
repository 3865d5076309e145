package dev.singletable.internal.write;

import dev.singletable.Attribute;
import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.internal.table.TableContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The checks an {@code Update} makes as each change is added, before any request: the attribute is
 * this entity's, not singletable's own (keys, type, version, timestamps), not a primary key
 * placeholder, not a primitive set to null, and not overlapping a change already made.
 * <b>Not API.</b> Not thread-safe, like the update it serves.
 */
public final class UpdateChecks {

  private final TableContext table;
  private final EntitySchema<?> schema;
  private final PrimaryKey key;
  private final Set<String> primaryAttributes = new HashSet<>();

  /**
   * @param primaryValues the primary key's placeholders, as {@link IndexKeyPlanner#primaryValues} parses them
   */
  public UpdateChecks(TableContext table, EntitySchema<?> schema, PrimaryKey key, Map<String, String> primaryValues) {
    this.table = table;
    this.schema = schema;
    this.key = key;
    primaryValues.keySet().forEach(property -> primaryAttributes.add(schema.attributeName(property)));
  }

  /**
   * Checks a change of {@code attribute} by {@code operation} ({@code set}, {@code set to null},
   * {@code remove}, {@code add}, {@code append}, {@code delete}) against the changes already made.
   *
   * @throws IllegalArgumentException naming the attribute and why
   */
  public void change(Attribute<?, ?> attribute, String operation, Collection<Attribute<?, ?>> touched) {
    entity(attribute);
    notReserved(attribute, operation);
    if (!attribute.isNullable() && (operation.equals("remove") || operation.equals("set to null"))) {
      throw new IllegalArgumentException("Cannot " + operation + " " + attribute + ": its property is primitive,"
          + " so the entity reads it back as 0 or false, while its index keys (if any) would be gone;"
          + " set a value instead");
    }
    if (primaryAttributes.contains(attribute.name())) {
      throw new IllegalArgumentException("Cannot " + operation + " " + attribute + ": it is a placeholder of the"
          + " primary key " + key + ", and DynamoDB keys cannot change. Put a new item and delete this one");
    }
    if (attribute.path().isNested()) {
      ChangePaths.refusePlaceholder(schema, attribute, operation + " part of");
    }
    ChangePaths.refuseOverlap(entityName(), touched, attribute);
  }

  /**
   * Checks a current value given with {@code with(...)}.
   *
   * @throws IllegalArgumentException naming the attribute and why
   */
  public void supplied(Attribute<?, ?> attribute, Object currentValue) {
    entity(attribute);
    notReserved(attribute, "give the current value of");
    if (attribute.path().isNested()) {
      throw new IllegalArgumentException("Cannot give the current value of " + attribute + ": with(...) gives a key"
          + " placeholder's value, and a document path is never one");
    }
    if (currentValue == null && !attribute.isNullable()) {
      throw new IllegalArgumentException("Cannot give null as the current value of " + attribute
          + ": its property is primitive, so a stored item always has a value");
    }
  }

  /**
   * Checks an expected {@code @Version}.
   *
   * @throws IllegalStateException if the entity has no {@code @Version} property
   * @throws IllegalArgumentException if {@code version} is negative
   */
  public void expectedVersion(long version) {
    if (schema.versionAttribute().isEmpty()) {
      throw new IllegalStateException("Cannot expect a version of " + entityName() + " at " + key
          + ": it has no @Version property");
    }
    if (version < 0) {
      throw new IllegalArgumentException("A version is never negative; " + entityName() + " at " + key
          + " was expected at version " + version);
    }
  }

  /**
   * Returns the elements of a set change, copied.
   *
   * @throws IllegalArgumentException if there are none: DynamoDB sets cannot be empty
   */
  public static <E> Set<E> nonEmpty(Attribute<?, ?> attribute, Set<E> elements) {
    if (elements == null || elements.isEmpty()) {
      throw new IllegalArgumentException("No elements for " + attribute + "; DynamoDB sets cannot be empty");
    }
    return Set.copyOf(elements);
  }

  /**
   * The key attributes, the type attribute, the {@code @Version} and the timestamps are
   * singletable's own: never changed directly. An index key attribute that stores a property
   * ({@link IndexKeyProperties}) is that property's, and changes with it.
   */
  private void notReserved(Attribute<?, ?> attribute, String operation) {
    if (table.reservedAttributes().contains(attribute.name())
        && !IndexKeyProperties.of(schema, table.definition()).contains(attribute.name())) {
      throw new IllegalArgumentException("Cannot " + operation + " " + attribute + ": it is a key or the type"
          + " attribute of table " + table.tableName() + ", which singletable writes from the entity's templates");
    }
    if (ManagedValues.isManaged(schema, attribute.name())) {
      throw new IllegalArgumentException("Cannot " + operation + " " + attribute + ": it is the @Version, @CreatedAt"
          + " or @UpdatedAt of " + entityName() + ", which singletable writes on every write"
          + (schema.versionAttribute().filter(attribute.name()::equals).isPresent()
              ? "; to check the version, use expectVersion(n)" : ""));
    }
  }

  private void entity(Attribute<?, ?> attribute) {
    if (attribute.entityClass() != schema.entityClass()) {
      throw new IllegalArgumentException(attribute + " is not an attribute of " + entityName());
    }
  }

  private String entityName() {
    return schema.entityClass().getSimpleName();
  }
}
