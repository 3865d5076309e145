package dev.singletable;

import dev.singletable.internal.KeyField;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * The generated, reflection-free mapping of one entity class: its type name, its enhanced-client
 * {@link TableSchema} and its primary key. Each {@code @Entity} class {@code X} gets
 * {@code XSchema.INSTANCE}.
 *
 * <p>{@link #tableSchema()} writes every stored property as an attribute of the same name (or of
 * its {@code @AttributeName}; records and beans that are not entities as nested maps), plus the
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

  /**
   * Returns the entity's key templates: the table's partition and sort key first, then each
   * index's, in the table's index order (an LSI's partition key field renders the table's
   * template). The runtime uses them to keep index keys true on updates; generated code implements
   * it. {@link KeyField} is not API.
   */
  List<KeyField> keyFields();

  /**
   * Returns the attribute that stores {@code property}: the property's own name unless the
   * entity says otherwise. Key templates name properties; items hold attributes.
   */
  default String attributeName(String property) {
    return property;
  }

  /**
   * Returns the attribute of the entity's {@code @Version} property, if it has one: every write
   * checks and increments it (optimistic locking). Generated code overrides it.
   */
  default Optional<String> versionAttribute() {
    return Optional.empty();
  }

  /**
   * Returns the attribute of the entity's {@code @Ttl} property, if it has one: a number of epoch
   * seconds after which DynamoDB deletes the item. Generated code overrides it.
   */
  default Optional<String> ttlAttribute() {
    return Optional.empty();
  }

  /**
   * Returns the attribute of the entity's {@code @CreatedAt} property, if it has one: an
   * {@code Instant} the library sets on the item's first write. Generated code overrides it.
   */
  default Optional<String> createdAtAttribute() {
    return Optional.empty();
  }

  /**
   * Returns the attribute of the entity's {@code @UpdatedAt} property, if it has one: an
   * {@code Instant} the library sets on every write. Generated code overrides it.
   */
  default Optional<String> updatedAtAttribute() {
    return Optional.empty();
  }
}
