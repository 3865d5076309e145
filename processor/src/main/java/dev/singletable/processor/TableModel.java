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
