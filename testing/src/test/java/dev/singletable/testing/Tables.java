package dev.singletable.testing;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Tables for the tests of this module, made with the SDK alone. */
final class Tables {

  private Tables() {}

  /** Creates an on-demand table with a string partition key {@code PK}; returns its name. */
  static String withPartitionKey(DynamoDbClient client, String hint) {
    String table = DynamoDbLocal.uniqueTableName(hint);
    client.createTable(CreateTableRequest.builder().tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(key("PK", KeyType.HASH))
        .attributeDefinitions(attribute("PK", ScalarAttributeType.S))
        .build());
    return table;
  }

  /**
   * Creates an on-demand table keyed {@code PK}/{@code SK} (strings, or a number sort key), with
   * a KEYS_ONLY global index {@code GSI1} on {@code GSI1PK}/{@code GSI1SK} (strings) and a
   * KEYS_ONLY local index {@code LSI1} on {@code LSI1SK} (string); returns its name.
   */
  static String withIndexes(DynamoDbClient client, String hint, ScalarAttributeType sortKeyType) {
    String table = DynamoDbLocal.uniqueTableName(hint);
    Projection keysOnly = Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build();
    client.createTable(CreateTableRequest.builder().tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
        .attributeDefinitions(attribute("PK", ScalarAttributeType.S), attribute("SK", sortKeyType),
            attribute("GSI1PK", ScalarAttributeType.S), attribute("GSI1SK", ScalarAttributeType.S),
            attribute("LSI1SK", ScalarAttributeType.S))
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("GSI1")
            .keySchema(key("GSI1PK", KeyType.HASH), key("GSI1SK", KeyType.RANGE)).projection(keysOnly).build())
        .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("LSI1")
            .keySchema(key("PK", KeyType.HASH), key("LSI1SK", KeyType.RANGE)).projection(keysOnly).build())
        .build());
    return table;
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }
}
