package dev.singletable;

import java.util.LinkedHashSet;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What every operation on one physical table needs; shared by the runtime's classes. */
record TableContext(
    DynamoDbClient client,
    DynamoDbEnhancedClient enhancedClient,
    String tableName,
    TableDefinition definition,
    TableSchema<?> keySchema) {

  /** Returns the index of a key ({@code null} for the table), checking it exists. */
  IndexDefinition index(String indexName) {
    if (indexName == null) {
      return null;
    }
    return definition.index(indexName).orElseThrow(() -> new IllegalArgumentException(
        "Table " + tableName + " has no index " + indexName + "; its indexes are "
            + definition.indexes().stream().map(IndexDefinition::name).toList()));
  }

  /** Returns the key attributes an item of the index carries: a query cursor's attributes. */
  Set<String> cursorAttributes(String indexName) {
    Set<String> attributes = new LinkedHashSet<>();
    attributes.add(definition.partitionKey());
    attributes.add(definition.sortKey());
    if (indexName != null) {
      attributes.add(definition.partitionKeyOf(indexName));
      attributes.add(definition.sortKeyOf(indexName));
    }
    return attributes;
  }
}
