package dev.singletable.internal.table;

import dev.singletable.IndexDefinition;
import dev.singletable.TableDefinition;
import dev.singletable.TableOptions;
import dev.singletable.annotation.Projection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What every operation on one physical table needs: the client, the table name, its design and
 * options. Shared by the runtime's request builders. <b>Not API.</b> Immutable and thread-safe.
 *
 * @param client the low-level client every request goes through
 * @param enhancedClient the enhanced client, built on first use (only {@code enhanced()} needs it)
 * @param tableName the physical table name
 * @param definition the table's design
 * @param keySchema a schema of the table's key attributes, for key condition expressions, built on
 *     first use (building it loads the enhanced client's static schema machinery: about 220
 *     classes, which a stream handler or a first put never needs)
 * @param options the table's read and write options
 */
public record TableContext(
    DynamoDbClient client,
    Supplier<DynamoDbEnhancedClient> enhancedClient,
    String tableName,
    TableDefinition definition,
    Supplier<TableSchema<?>> keySchema,
    TableOptions options) {

  /**
   * Returns the context of {@code tableName} with {@code definition}, building nothing eagerly.
   * The memos are classes rather than lambdas: a lambda is spun on the spot and loads the enhanced
   * client's interfaces for its signature, which a stream handler's cold start would pay.
   */
  public static TableContext of(DynamoDbClient client, String tableName, TableDefinition definition,
      TableOptions options) {
    return new TableContext(client, new EnhancedClientMemo(client), tableName, definition,
        new KeySchemaMemo(definition), options);
  }

  /** Returns this context with other options. */
  public TableContext withOptions(TableOptions newOptions) {
    return new TableContext(client, enhancedClient, tableName, definition, keySchema, newOptions);
  }

  /** Returns the index of a key ({@code null} for the table), checking it exists. */
  public IndexDefinition index(String indexName) {
    if (indexName == null) {
      return null;
    }
    return definition.index(indexName).orElseThrow(() -> new IllegalArgumentException(
        "Table " + tableName + " has no index " + indexName + "; its indexes are "
            + definition.indexes().stream().map(IndexDefinition::name).toList()));
  }

  /**
   * Returns the key attributes an item of the index carries, table keys first: a query cursor's
   * attributes, and what an index read returns at least.
   */
  public Set<String> cursorAttributes(String indexName) {
    Set<String> attributes = new LinkedHashSet<>();
    attributes.add(definition.partitionKey());
    attributes.add(definition.sortKey());
    if (indexName != null) {
      attributes.add(definition.partitionKeyOf(indexName));
      attributes.add(definition.sortKeyOf(indexName));
    }
    return attributes;
  }

  /**
   * Returns the exclusive start key after {@code item} on the index ({@code null}: the table): its
   * {@link #cursorAttributes} with their values, as DynamoDB's {@code LastEvaluatedKey} has them.
   */
  public Map<String, AttributeValue> startKeyAfter(Map<String, AttributeValue> item, String indexName) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (String attribute : cursorAttributes(indexName)) {
      key.put(attribute, item.get(attribute));
    }
    return key;
  }

  /**
   * Returns the attributes an index holds, or {@code null} when it holds whole items (the table,
   * {@code index} {@code null}, or an index with {@code Projection.ALL}): its and the table's keys,
   * plus for {@code INCLUDE} the included attributes and the type attribute, which
   * {@code createTable} always includes.
   */
  public Set<String> projectedAttributes(IndexDefinition index) {
    if (index == null || index.projection() == Projection.ALL) {
      return null;
    }
    Set<String> projected = new LinkedHashSet<>(cursorAttributes(index.name()));
    if (index.projection() == Projection.INCLUDE) {
      projected.addAll(index.nonKeyAttributes());
      projected.add(definition.typeAttribute());
    }
    return projected;
  }

  /** Returns every key attribute of the table and its indexes, and the type attribute: what singletable writes itself. */
  public Set<String> reservedAttributes() {
    Set<String> reserved = new LinkedHashSet<>(cursorAttributes(null));
    reserved.add(definition.typeAttribute());
    for (IndexDefinition index : definition.indexes()) {
      reserved.addAll(cursorAttributes(index.name()));
    }
    return reserved;
  }

  /** A value computed on first use, once, thread-safely. */
  private abstract static class Memo<V> implements Supplier<V> {
    private volatile V value;

    /** Computes the value; called once. */
    abstract V compute();

    @Override
    public V get() {
      V result = value;
      if (result == null) {
        synchronized (this) {
          result = value;
          if (result == null) {
            result = compute();
            value = result;
          }
        }
      }
      return result;
    }
  }

  /** The enhanced client on the table's client. */
  private static final class EnhancedClientMemo extends Memo<DynamoDbEnhancedClient> {
    private final DynamoDbClient client;

    EnhancedClientMemo(DynamoDbClient client) {
      this.client = client;
    }

    @Override
    DynamoDbEnhancedClient compute() {
      return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    }
  }

  /** The schema of the table's key attributes. */
  private static final class KeySchemaMemo extends Memo<TableSchema<?>> {
    private final TableDefinition definition;

    KeySchemaMemo(TableDefinition definition) {
      this.definition = definition;
    }

    @Override
    TableSchema<?> compute() {
      return KeyAttributesSchema.of(definition);
    }
  }
}
