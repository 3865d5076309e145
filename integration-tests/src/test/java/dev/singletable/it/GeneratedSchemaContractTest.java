package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import dev.singletable.it.StaticSchemaOracle.Computed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated table schema keeps the contract of the SDK's static-builder schema in every
 * {@code TableSchema} method, key attributes and metadata included: compared with the schema the
 * processor used to generate (static builders with key tags), built here as the oracle.
 */
class GeneratedSchemaContractTest {

  private static final TableSchema<Purchase> GENERATED = PurchaseSchema.INSTANCE.tableSchema();
  private static final TableSchema<Purchase> STATIC = StaticSchemaOracle.of(Purchase.class, List.of(
      new Computed<>("PK", p -> PurchaseKeys.pk(p.userId()).value(), primaryPartitionKey(), secondaryPartitionKey("LSI1")),
      new Computed<>("SK", p -> PurchaseKeys.sk(p.date(), p.orderId()).value(), primarySortKey()),
      new Computed<>("GSI1PK", p -> p.status() == null ? null : PurchaseKeys.gsi1Pk(p.status()).value(),
          secondaryPartitionKey("GSI1")),
      new Computed<>("GSI1SK", p -> p.status() == null ? null : PurchaseKeys.gsi1Sk(p.date(), p.orderId()).value(),
          secondarySortKey("GSI1")),
      new Computed<>("GSI2PK", p -> p.flaggedAt() == null ? null : PurchaseKeys.gsi2Pk().value(),
          secondaryPartitionKey("GSI2")),
      new Computed<>("GSI2SK", p -> p.flaggedAt() == null ? null : PurchaseKeys.gsi2Sk(p.flaggedAt(), p.orderId()).value(),
          secondarySortKey("GSI2")),
      new Computed<>("LSI1SK", p -> PurchaseKeys.lsi1Sk(p.total()).value(), secondarySortKey("LSI1")),
      new Computed<>("entityType", p -> "Order")));

  private static final List<Purchase> PURCHASES = List.of(
      new Purchase("u1", java.time.LocalDate.parse("2026-03-15"), "o1", Status.PENDING, 4999,
          Instant.parse("2026-03-16T10:00:00Z"), List.of("gift"), Map.of("a", 1)),
      Purchase.of("u2", "2026-04-01", "o2", null, -3));

  @Test
  void writesWhatTheStaticSchemaWrites() {
    for (Purchase purchase : PURCHASES) {
      assertThat(GENERATED.itemToMap(purchase, true)).isEqualTo(STATIC.itemToMap(purchase, true));
      assertThat(GENERATED.itemToMap(purchase, false)).isEqualTo(STATIC.itemToMap(purchase, false));
      assertThat(GENERATED.itemToMap(purchase, List.of("PK", "GSI2SK", "flaggedAt", "tags")))
          .isEqualTo(STATIC.itemToMap(purchase, List.of("PK", "GSI2SK", "flaggedAt", "tags")));
      for (String name : STATIC.attributeNames()) {
        assertThat(GENERATED.attributeValue(purchase, name)).as(name).isEqualTo(STATIC.attributeValue(purchase, name));
      }
      Map<String, AttributeValue> item = STATIC.itemToMap(purchase, false);
      assertThat(GENERATED.mapToItem(item)).isEqualTo(STATIC.mapToItem(item)).isEqualTo(purchase);
    }
  }

  @Test
  void readsItemsWithoutItsAttributesAsTheStaticSchemaDoes() {
    Map<String, AttributeValue> unrelated = Map.of("other", AttributeValue.fromS("x"));
    Map<String, AttributeValue> keysOnly = Map.of("PK", AttributeValue.fromS("USER#u"));
    Map<String, AttributeValue> nulOnly = Map.of("status", AttributeValue.fromNul(true));

    assertThat(GENERATED.mapToItem(unrelated)).isNull();
    assertThat(STATIC.mapToItem(unrelated)).isNull();
    assertThat(GENERATED.mapToItem(nulOnly)).isEqualTo(STATIC.mapToItem(nulOnly)).isNull();
    assertThat(GENERATED.mapToItem(unrelated, true)).isEqualTo(STATIC.mapToItem(unrelated, true));
    assertThat(GENERATED.mapToItem(keysOnly)).isEqualTo(STATIC.mapToItem(keysOnly)).isNotNull();
    assertThat(GENERATED.itemToMap(null, false)).isEqualTo(STATIC.itemToMap(null, false));
    assertThat(GENERATED.itemToMap(null, true)).isEqualTo(STATIC.itemToMap(null, true)).isEmpty();
  }

  @Test
  void describesTheSameTable() {
    assertThat(GENERATED.tableMetadata()).isEqualTo(STATIC.tableMetadata());
    assertThat(GENERATED.tableMetadata().primaryKeys()).containsExactly("PK", "SK");
    assertThat(GENERATED.tableMetadata().indexPartitionKey("LSI1")).isEqualTo("PK");
    assertThat(GENERATED.attributeNames()).containsExactlyElementsOf(STATIC.attributeNames());
    assertThat(GENERATED.itemType()).isEqualTo(STATIC.itemType());
    assertThat(GENERATED.isAbstract()).isEqualTo(STATIC.isAbstract());
    for (String name : STATIC.attributeNames()) {
      assertThat(GENERATED.converterForAttribute(name)).as(name).hasSameClassAs(STATIC.converterForAttribute(name));
    }
    assertThatThrownBy(() -> GENERATED.attributeValue(PURCHASES.get(0), "nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope'");
  }
}
