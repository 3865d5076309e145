package dev.singletable;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * The generated, reflection-free mapping of one entity class: its type name, its enhanced-client
 * {@link TableSchema} and its primary key. Each {@code @Entity} class {@code X} gets
 * {@code XSchema.INSTANCE}.
 *
 * <p>{@link #tableSchema()} writes every property as an attribute of the same name, plus the
 * rendered key attributes (table and index keys; index keys left out when a placeholder is
 * {@code null}) and the type attribute, so it also works with a plain enhanced
 * {@code DynamoDbTable<X>}.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <T> the entity class
 */
public interface EntitySchema<T> {

  /** Returns the entity class. */
  Class<T> entityClass();

  /** Returns the type name written to the table's type attribute, such as {@code Order}. */
  String typeName();

  /** Returns the enhanced client's schema for the entity, built without reflection. */
  TableSchema<T> tableSchema();

  /**
   * Returns the primary key of an item.
   *
   * @throws InvalidKeyException naming every {@code null} placeholder of the primary key templates
   */
  PrimaryKey primaryKey(T item);
}
