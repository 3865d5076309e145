package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.SingletableException;
import dev.singletable.testing.DynamoDbLocal;
import java.util.ArrayList;
import java.util.List;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class CreateTableTest extends StoreFixture {

  private TableDescription describe() {
    return client.describeTable(r -> r.tableName(store.tableName())).table();
  }

  private static String keys(java.util.List<KeySchemaElement> schema) {
    return schema.stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).collect(Collectors.joining(","));
  }

  @Test
  void createsKeysEveryIndexWithItsProjectionAndOnDemandBilling() {
    TableDescription table = describe();

    assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(keys(table.keySchema())).isEqualTo("PK:HASH,SK:RANGE");
    Map<String, GlobalSecondaryIndexDescription> gsis = table.globalSecondaryIndexes().stream()
        .collect(Collectors.toMap(GlobalSecondaryIndexDescription::indexName, g -> g));
    assertThat(gsis).containsOnlyKeys("GSI1", "GSI2", "ByCategory-GSI", "Keys-GSI", "Inverted");
    assertThat(keys(gsis.get("Inverted").keySchema())).isEqualTo("SK:HASH,PK:RANGE");
    assertThat(keys(gsis.get("GSI1").keySchema())).isEqualTo("GSI1PK:HASH,GSI1SK:RANGE");
    assertThat(gsis.get("GSI1").projection().projectionType()).isEqualTo(ProjectionType.ALL);
    assertThat(gsis.get("Keys-GSI").projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
    assertThat(gsis.get("ByCategory-GSI").projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
    assertThat(gsis.get("ByCategory-GSI").projection().nonKeyAttributes()).containsExactly("name", "entityType");
    assertThat(table.localSecondaryIndexes()).singleElement().satisfies(lsi -> {
      assertThat(lsi.indexName()).isEqualTo("LSI1");
      assertThat(keys(lsi.keySchema())).isEqualTo("PK:HASH,LSI1SK:RANGE");
    });
  }

  @Test
  void creatingAnExistingTableChangesNothing() {
    customers.put(new Customer("u1", "Alice", "a@example.com", null));

    store.createTable();

    assertThat(customers.get(CustomerKeys.key("u1"))).isPresent();
    assertThat(describe().itemCount()).isEqualTo(1);
  }

  @Test
  void anExistingTableThatDiffersFromTheDesignIsReportedWithEveryDifference() {
    String name = DynamoDbLocal.uniqueTableName("drifted");
    CreateTableRequest designed = createRequestOf(StoreSchema.table(client, name));
    // The table as an older design created it: no GSI2, GSI1 with KEYS_ONLY, ByCategory-GSI
    // without "name", plus an index the design does not know.
    List<GlobalSecondaryIndex> older = new ArrayList<>();
    for (GlobalSecondaryIndex gsi : designed.globalSecondaryIndexes()) {
      switch (gsi.indexName()) {
        case "GSI2" -> { }
        case "GSI1" -> older.add(gsi.toBuilder().projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build());
        case "ByCategory-GSI" -> older.add(gsi.toBuilder()
            .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("entityType")).build());
        default -> older.add(gsi);
      }
    }
    older.add(extraIndex());
    client.createTable(designed.toBuilder().globalSecondaryIndexes(older).build());

    assertThatThrownBy(() -> StoreSchema.table(client, name).createTable())
        .isInstanceOf(SingletableException.class)
        .hasMessage("Table " + name + " exists but differs from its design:"
            + " GSI GSI1 projects KEYS_ONLY, designed ALL;"
            + " GSI GSI2 is missing;"
            + " GSI ByCategory-GSI projects INCLUDE [entityType], designed INCLUDE [name, entityType]."
            + " Change the table (UpdateTable can add or replace a GSI; the table's key schema and its LSIs need a"
            + " new table) or point the design at another table name");
  }

  @Test
  void anExistingTableWithWiderProjectionsAndMoreIndexesIsAccepted() {
    String name = DynamoDbLocal.uniqueTableName("wider");
    CreateTableRequest designed = createRequestOf(StoreSchema.table(client, name));
    List<GlobalSecondaryIndex> wider = new ArrayList<>();
    for (GlobalSecondaryIndex gsi : designed.globalSecondaryIndexes()) {
      wider.add(gsi.toBuilder().projection(p -> p.projectionType(ProjectionType.ALL)).build());
    }
    wider.add(extraIndex());
    client.createTable(designed.toBuilder().globalSecondaryIndexes(wider).build());

    StoreSchema.table(client, name).createTable();

    assertThat(client.describeTable(r -> r.tableName(name)).table().globalSecondaryIndexes()).hasSize(6);
  }

  /** An index the design does not know, on GSI2's attributes (every defined attribute must be used). */
  private static GlobalSecondaryIndex extraIndex() {
    return GlobalSecondaryIndex.builder().indexName("Extra").projection(p -> p.projectionType(ProjectionType.ALL))
        .keySchema(KeySchemaElement.builder().attributeName("GSI2SK").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("GSI2PK").keyType(KeyType.RANGE).build())
        .build();
  }

  /** The request createTable sends for an absent table: created, described, then deleted. */
  private CreateTableRequest createRequestOf(dev.singletable.SingleTable table) {
    table.createTable();
    TableDescription created = client.describeTable(r -> r.tableName(table.tableName())).table();
    client.deleteTable(r -> r.tableName(table.tableName()));
    return CreateTableRequest.builder()
        .tableName(table.tableName())
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(created.attributeDefinitions())
        .keySchema(created.keySchema())
        .globalSecondaryIndexes(created.globalSecondaryIndexes().stream().map(g -> GlobalSecondaryIndex.builder()
            .indexName(g.indexName()).keySchema(g.keySchema()).projection(g.projection()).build()).toList())
        .localSecondaryIndexes(created.localSecondaryIndexes().stream().map(l -> LocalSecondaryIndex.builder()
            .indexName(l.indexName()).keySchema(l.keySchema()).projection(l.projection()).build()).toList())
        .build();
  }
}
