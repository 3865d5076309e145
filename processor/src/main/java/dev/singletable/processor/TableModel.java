package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * A validated {@code @Table}: what {@link TableSchemaWriter} writes and what every
 * {@link EntityModel} of the table is checked against.
 *
 * @param type the annotated type
 * @param schemaClass the generated {@code TSchema} class
 * @param tableName the default physical table name
 * @param partitionKey the table's partition key attribute
 * @param sortKey the table's sort key attribute
 * @param typeAttribute the attribute that holds the entity type name
 * @param delimiter the template segment delimiter
 * @param indexes the secondary indexes, in declaration order
 */
record TableModel(
    ClassName type,
    ClassName schemaClass,
    String tableName,
    String partitionKey,
    String sortKey,
    String typeAttribute,
    char delimiter,
    List<IndexModel> indexes) {

  Optional<IndexModel> index(String name) {
    return indexes.stream().filter(index -> index.name().equals(name)).findFirst();
  }

  /**
   * Returns the key attributes of indexes that are not the table's own key or type attributes: a
   * property may be stored under one when its index key renders exactly its stored value
   * ({@link IndexKeyProperties}).
   */
  java.util.Set<String> indexKeyAttributes() {
    java.util.Set<String> attributes = new java.util.LinkedHashSet<>();
    for (IndexModel index : indexes) {
      if (index.partitionKey() != null) {
        attributes.add(index.partitionKey());
      }
      attributes.add(index.sortKey());
    }
    attributes.removeAll(List.of(partitionKey, sortKey, typeAttribute));
    return attributes;
  }

  /** Returns the names of every attribute singletable writes itself: keys and type. */
  List<String> reservedAttributes() {
    java.util.List<String> reserved = new java.util.ArrayList<>(List.of(partitionKey, sortKey, typeAttribute));
    for (IndexModel index : indexes) {
      if (index.partitionKey() != null) {
        reserved.add(index.partitionKey());
      }
      reserved.add(index.sortKey());
    }
    return reserved;
  }
}
