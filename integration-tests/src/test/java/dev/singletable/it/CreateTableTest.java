package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
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
}
