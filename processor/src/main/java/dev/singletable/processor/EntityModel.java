package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A validated {@code @Entity} of a table, ready to be written as {@code XKeys} and
 * {@code XSchema}.
 *
 * @param type the entity class
 * @param keysClass the generated {@code XKeys} class
 * @param schemaClass the generated {@code XSchema} class
 * @param typeName the type name stored in the type attribute
 * @param record whether the entity is a record (else a JavaBean)
 * @param properties every stored property, in declaration order
 * @param keys the primary key first, then index keys in the table's index order
 * @param table the entity's table
 * @param managed the properties singletable writes or reads itself: version, TTL, timestamps
 * @param declared every property in declaration order, {@code @Transient} ones included: a record's
 *     canonical constructor takes them all
 */
record EntityModel(
    ClassName type,
    ClassName keysClass,
    ClassName schemaClass,
    String typeName,
    boolean record,
    List<PropertyModel> properties,
    List<KeyModel> keys,
    TableModel table,
    ManagedProperties managed,
    List<PropertyModel> declared) {

  KeyModel primaryKey() {
    return keys.get(0);
  }

  /**
   * Whether {@code property} is stored under an index key attribute (seed 003's {@code status}):
   * that key's renderer writes the attribute, and the property reads it back
   * ({@link IndexKeyProperties} checked that the two are the same text).
   */
  boolean isIndexKey(PropertyModel property) {
    for (KeyModel key : keys) {
      for (KeyPartModel part : List.of(key.partition(), key.sort())) {
        if (!key.isPrimary() && part.storesProperty() && part.placeholders().get(0).equals(property)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns the attribute that stores {@code property}: its {@code @AttributeName}, or its own name. */
  String attributeOf(String property) {
    return properties.stream().filter(p -> p.name().equals(property)).map(PropertyModel::attributeName)
        .findFirst().orElse(property);
  }
}
