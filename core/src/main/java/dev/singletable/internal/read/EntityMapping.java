package dev.singletable.internal.read;

import dev.singletable.EntitySchema;
import dev.singletable.MalformedItemException;
import dev.singletable.MalformedItemException.Problem;
import dev.singletable.PrimaryKey;
import dev.singletable.TableDefinition;
import dev.singletable.internal.KeyField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one path by which the runtime reads a raw item into an entity: gets, queries, mixed
 * results, batch and transaction reads, condition failures and stream records all come here.
 * Key properties are taken from the item's key ({@link KeyProperties}); the generated schema maps
 * the rest. An item whose key properties render back to its key, the common case, is read in one
 * step without converters ({@code readsAsItsOwnKey}). Any failure becomes a
 * {@link MalformedItemException} that names the entity, the item's key and every attribute at
 * fault with what it holds and the Java type expected, never a bare {@code NumberFormatException}
 * or {@code ClassCastException} from generated code. <b>Not API.</b> Thread-safe.
 */
public final class EntityMapping {

  private EntityMapping() {}

  /**
   * Reads {@code item} as an entity of {@code schema}.
   *
   * @throws MalformedItemException if it cannot be read, listing every attribute at fault
   */
  public static <T> T map(EntitySchema<T> schema, Map<String, AttributeValue> item, TableDefinition definition) {
    T entity = readsAsItsOwnKey(schema, item);
    if (entity != null) {
      return entity;
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, AttributeValue> reconciled = KeyProperties.reconcile(schema, item, problems);
    if (problems.isEmpty()) {
      try {
        entity = schema.tableSchema().mapToItem(reconciled);
        if (entity != null) {
          return entity;
        }
        problems.add(new Problem(null, "no attribute of " + schema.entityClass().getSimpleName(), "its attributes", null));
      } catch (RuntimeException e) {
        problems.addAll(diagnose(schema.tableSchema(), reconciled, e));
        throw malformed(schema, item, definition, problems, e);
      }
    } else {
      problems.addAll(diagnose(schema.tableSchema(), reconciled, null));
    }
    throw malformed(schema, item, definition, problems, null);
  }

  /**
   * The common case, read without asking the schema for a single converter (which would build the
   * enhanced client's whole default converter provider in a fresh JVM, such as a stream handler's
   * first invocation): an item that has every property its present index keys name, whose
   * attributes map, and whose primary key properties render back to exactly its key. Rendering is
   * injective (no two value tuples render the same key), so an equal key means every key property
   * agrees with the key. Anything else (a key property missing or disagreeing, a property to take
   * from an index key, an attribute that does not read, a key of another rendering) returns
   * {@code null} for the full path, which takes properties from the keys and names what is wrong.
   */
  private static <T> T readsAsItsOwnKey(EntitySchema<T> schema, Map<String, AttributeValue> item) {
    if (lacksAnIndexKeyProperty(schema, item)) {
      return null;
    }
    try {
      T entity = schema.tableSchema().mapToItem(item);
      if (entity == null) {
        return null;
      }
      PrimaryKey key = schema.primaryKey(entity);
      AttributeValue partition = item.get(key.partitionKey().attributeName());
      AttributeValue sort = item.get(key.sortKey().attributeName());
      return partition != null && key.partitionKey().value().equals(partition.s())
          && sort != null && key.sortKey().value().equals(sort.s()) ? entity : null;
    } catch (RuntimeException fullPathSaysWhy) {
      return null;
    }
  }

  /** Whether an index key the item has names a property whose attribute the item lacks. */
  private static boolean lacksAnIndexKeyProperty(EntitySchema<?> schema, Map<String, AttributeValue> item) {
    for (KeyField field : schema.keyFields()) {
      if (field.indexName() != null && item.containsKey(field.attributeName())) {
        for (String property : field.template().placeholders()) {
          if (field.isDerivedShard(property)) {
            continue; // computed from the primary key, held by no attribute (as KeyProperties skips it)
          }
          AttributeValue value = item.get(schema.attributeName(property));
          if (value == null || Boolean.TRUE.equals(value.nul())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Finds the attributes the schema cannot read by converting each one alone with its converter;
   * when each reads alone, the failure is the entity's own (a constructor or setter refused the
   * values) and is reported as such.
   */
  static List<Problem> diagnose(TableSchema<?> schema, Map<String, AttributeValue> item, RuntimeException failure) {
    List<Problem> problems = new ArrayList<>();
    for (String attribute : schema.attributeNames()) {
      AttributeValue value = item.get(attribute);
      if (value == null || Boolean.TRUE.equals(value.nul())) {
        continue;
      }
      AttributeConverter<?> converter = schema.converterForAttribute(attribute);
      try {
        converter.transformTo(value);
      } catch (RuntimeException e) {
        problems.add(new Problem(attribute, AttributeText.describe(value), typeName(converter), reason(e)));
      }
    }
    if (problems.isEmpty() && failure != null) {
      problems.add(new Problem(null, "values the class refuses", "values " + schema.itemType().rawClass().getSimpleName()
          + " accepts", reason(failure)));
    }
    return problems;
  }

  private static MalformedItemException malformed(EntitySchema<?> schema, Map<String, AttributeValue> item,
      TableDefinition definition, List<Problem> problems, RuntimeException cause) {
    return new MalformedItemException(schema.entityClass(),
        AttributeText.key(item, definition.partitionKey(), definition.sortKey()), problems, item, cause);
  }

  private static String typeName(AttributeConverter<?> converter) {
    return "a " + typeName(converter.type());
  }

  /** {@code List<String>}, {@code Map<String, Long>}, {@code Status}: simple names with type arguments. */
  private static String typeName(EnhancedType<?> type) {
    List<EnhancedType<?>> parameters = type.rawClassParameters();
    if (parameters == null || parameters.isEmpty()) {
      return type.rawClass().getSimpleName();
    }
    return type.rawClass().getSimpleName() + "<" + String.join(", ", parameters.stream().map(EntityMapping::typeName).toList()) + ">";
  }

  private static String reason(RuntimeException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
