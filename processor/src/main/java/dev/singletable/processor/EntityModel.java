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
 * @param properties every property, in declaration order
 * @param keys the primary key first, then index keys in the table's index order
 * @param table the entity's table
 * @param managed the properties singletable writes or reads itself: version, TTL, timestamps
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
    ManagedProperties managed) {

  KeyModel primaryKey() {
    return keys.get(0);
  }
}
