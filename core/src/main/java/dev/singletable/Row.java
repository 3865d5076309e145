package dev.singletable;

import dev.singletable.internal.document.DocumentPaths;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Some attributes of one item, read by a projected query ({@link EntityQuery#rows}): never posing
 * as a whole entity. Values are read with the entity's attribute converters. Immutable and
 * thread-safe.
 *
 * @param <T> the entity class
 */
public final class Row<T> {

  private final EntitySchema<T> schema;
  private final PrimaryKey key;
  private final Map<String, AttributeValue> values;

  Row(EntitySchema<T> schema, PrimaryKey key, Map<String, AttributeValue> values) {
    this.schema = schema;
    this.key = key;
    this.values = Map.copyOf(values);
  }

  /** Returns the item's primary key. */
  public PrimaryKey key() {
    return key;
  }

  /**
   * Returns the value of a projected attribute, or {@code null} if the item has none. A nested
   * handle ({@code SHIPPING_ADDRESS.city()}) reads the value at its path inside its top-level
   * attribute, which {@link EntityQuery#rows} projects whole.
   *
   * @throws IllegalArgumentException if the attribute is of another entity
   */
  @SuppressWarnings("unchecked") // the schema's converter for an attribute converts that attribute's values
  public <V> V get(Attribute<T, V> attribute) {
    if (attribute.entityClass() != schema.entityClass()) {
      throw new IllegalArgumentException(attribute + " is not an attribute of " + schema.entityClass().getSimpleName());
    }
    AttributeValue value = DocumentPaths.valueAt(values, attribute.path());
    if (value == null) {
      return null;
    }
    AttributeConverter<?> converter = DocumentPaths.converterAt(
        schema.tableSchema().converterForAttribute(attribute.name()), attribute.path());
    return (V) converter.transformTo(value);
  }

  /** Returns the raw attributes DynamoDB returned. */
  public Map<String, AttributeValue> values() {
    return values;
  }

  @Override
  public String toString() {
    return "Row[" + key + ", " + values.keySet() + "]";
  }
}
