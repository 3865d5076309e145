package dev.singletable.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** What counts as an existing table falling short of its design. */
class TableDesignCheckTest {

  private static List<KeySchemaElement> keys(String partition, String sort) {
    return List.of(KeySchemaElement.builder().attributeName(partition).keyType(KeyType.HASH).build(),
        KeySchemaElement.builder().attributeName(sort).keyType(KeyType.RANGE).build());
  }

  private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  private static Projection projection(ProjectionType type, String... nonKeyAttributes) {
    Projection.Builder projection = Projection.builder().projectionType(type);
    return (nonKeyAttributes.length == 0 ? projection : projection.nonKeyAttributes(nonKeyAttributes)).build();
  }

  private static final CreateTableRequest DESIGNED = CreateTableRequest.builder()
      .tableName("shop")
      .keySchema(keys("PK", "SK"))
      .attributeDefinitions(attribute("PK", ScalarAttributeType.S), attribute("SK", ScalarAttributeType.S),
          attribute("GSI1PK", ScalarAttributeType.S), attribute("GSI1SK", ScalarAttributeType.S),
          attribute("LSI1SK", ScalarAttributeType.S))
      .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("GSI1").keySchema(keys("GSI1PK", "GSI1SK"))
          .projection(projection(ProjectionType.INCLUDE, "status", "entityType")).build())
      .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("LSI1").keySchema(keys("PK", "LSI1SK"))
          .projection(projection(ProjectionType.KEYS_ONLY)).build())
      .build();

  private static TableDescription.Builder asDesigned() {
    return TableDescription.builder()
        .keySchema(DESIGNED.keySchema())
        .attributeDefinitions(DESIGNED.attributeDefinitions())
        .globalSecondaryIndexes(GlobalSecondaryIndexDescription.builder().indexName("GSI1")
            .keySchema(keys("GSI1PK", "GSI1SK")).projection(projection(ProjectionType.INCLUDE, "status", "entityType"))
            .build())
        .localSecondaryIndexes(LocalSecondaryIndexDescription.builder().indexName("LSI1")
            .keySchema(keys("PK", "LSI1SK")).projection(projection(ProjectionType.KEYS_ONLY)).build());
  }

  @Test
  void theTableAsDesignedHasNoDifferences() {
    assertThat(TableDesignCheck.differences(DESIGNED, asDesigned().build())).isEmpty();
  }

  @Test
  void widerProjectionsAreNoDifference() {
    TableDescription wider = asDesigned()
        .globalSecondaryIndexes(GlobalSecondaryIndexDescription.builder().indexName("GSI1")
            .keySchema(keys("GSI1PK", "GSI1SK")).projection(projection(ProjectionType.INCLUDE, "entityType", "status", "x"))
            .build())
        .localSecondaryIndexes(LocalSecondaryIndexDescription.builder().indexName("LSI1")
            .keySchema(keys("PK", "LSI1SK")).projection(projection(ProjectionType.ALL)).build())
        .build();

    assertThat(TableDesignCheck.differences(DESIGNED, wider)).isEmpty();
  }

  @Test
  void everyDifferenceIsListed() {
    TableDescription drifted = asDesigned()
        .keySchema(keys("pk", "sk"))
        .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S),
            attribute("GSI1PK", ScalarAttributeType.N), attribute("GSI1SK", ScalarAttributeType.S))
        .globalSecondaryIndexes(GlobalSecondaryIndexDescription.builder().indexName("GSI1")
            .keySchema(keys("GSI1SK", "GSI1PK")).projection(projection(ProjectionType.KEYS_ONLY)).build())
        .localSecondaryIndexes(List.of())
        .build();

    assertThat(TableDesignCheck.differences(DESIGNED, drifted)).containsExactly(
        "the table has key schema (pk HASH, sk RANGE), designed (PK HASH, SK RANGE)",
        "key attribute GSI1PK has type N, designed S",
        "GSI GSI1 has key schema (GSI1SK HASH, GSI1PK RANGE), designed (GSI1PK HASH, GSI1SK RANGE)",
        "GSI GSI1 projects KEYS_ONLY, designed INCLUDE [status, entityType]",
        "LSI LSI1 is missing");
  }

  @Test
  void aGsiBeingDeletedCountsAsGoneAndANarrowerInclude() {
    TableDescription deleting = asDesigned()
        .globalSecondaryIndexes(GlobalSecondaryIndexDescription.builder().indexName("GSI1")
            .keySchema(keys("GSI1PK", "GSI1SK")).projection(projection(ProjectionType.ALL))
            .indexStatus(IndexStatus.DELETING).build())
        .build();
    TableDescription narrower = asDesigned()
        .globalSecondaryIndexes(GlobalSecondaryIndexDescription.builder().indexName("GSI1")
            .keySchema(keys("GSI1PK", "GSI1SK")).projection(projection(ProjectionType.INCLUDE, "status"))
            .indexStatus(IndexStatus.CREATING).build())
        .build();

    assertThat(TableDesignCheck.differences(DESIGNED, deleting)).containsExactly("GSI GSI1 is being deleted");
    assertThat(TableDesignCheck.differences(DESIGNED, narrower))
        .containsExactly("GSI GSI1 projects INCLUDE [status], designed INCLUDE [status, entityType]");
  }
}
