package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reading through KEYS_ONLY and INCLUDE indexes never hands back half-empty entities. */
class IndexReadsTest extends StoreFixture {

  private final List<Product> catalog = new ArrayList<>();

  @BeforeEach
  void products() {
    for (int i = 0; i < 130; i++) { // more than one BatchGetItem of 100 keys
      Product product = new Product(String.format("p%03d", i), "Product " + i, i % 2 == 0 ? "electronics" : "toys",
          1000 + i, true);
      products.put(product);
      catalog.add(product);
    }
    // An item of another type on the KEYS_ONLY index, with another key shape.
    client.putItem(r -> r.tableName(store.tableName()).item(Map.of(
        "PK", AttributeValue.fromS("OTHER#1"), "SK", AttributeValue.fromS("OTHER"),
        "Keys-GSIPK", AttributeValue.fromS("ACTIVE#true"), "Keys-GSISK", AttributeValue.fromS("OTHER#1"),
        "entityType", AttributeValue.fromS("Other"))));
  }

  @Test
  void aKeysOnlyIndexGivesThisEntitysKeysAndHydratesWholeItemsInIndexOrder() {
    assertThat(products.query(ProductKeys.keysGsiPk(true)).keys())
        .containsExactlyElementsOf(catalog.stream().map(p -> ProductKeys.key(p.getProductId())).toList());
    List<Product> reversed = new ArrayList<>(catalog);
    java.util.Collections.reverse(reversed);
    assertThat(products.query(ProductKeys.keysGsiPk(true)).descending().hydrate()).containsExactlyElementsOf(reversed);
    assertThat(products.query(ProductKeys.keysGsiPk(true)).count()).isEqualTo(130);
    assertThat(products.query(ProductKeys.keysGsiPk(true)).limit(5).keys()).hasSize(5);
  }

  @Test
  void listingEntitiesThroughAKeysOnlyOrIncludeIndexIsRefused() {
    assertThatThrownBy(() -> products.query(ProductKeys.keysGsiPk(true)).list())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("projects KEYS_ONLY")
        .hasMessageContaining("keys(), hydrate() or rows(...)");
    assertThatThrownBy(() -> products.query(ProductKeys.byCategoryGsiPk("toys")).page())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("projects INCLUDE");
    assertThatThrownBy(() -> store.query(ProductKeys.byCategoryGsiPk("toys")).items())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anIncludeIndexServesItsProjectedAttributesAsRows() {
    List<Row<Product>> rows = products.query(ProductKeys.byCategoryGsiPk("toys"))
        .le(ProductKeys.byCategoryGsiSk(1005))
        .rows(ProductAttributes.NAME);

    assertThat(rows).extracting(row -> row.get(ProductAttributes.NAME)).containsExactly("Product 1", "Product 3", "Product 5");
    assertThat(rows).extracting(Row::key).containsExactly(ProductKeys.key("p001"), ProductKeys.key("p003"), ProductKeys.key("p005"));
    assertThatThrownBy(() -> products.query(ProductKeys.byCategoryGsiPk("toys")).rows(ProductAttributes.PRICE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[price]")
        .hasMessageContaining("does not project");
  }

  @Test
  void projectedQueriesOnTheTableReadOnlyTheAskedAttributes() {
    List<Row<Product>> rows = products.query(ProductKeys.pk("p007")).rows(ProductAttributes.PRICE);

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.get(ProductAttributes.PRICE)).isEqualTo(1007);
      assertThat(row.get(ProductAttributes.NAME)).isNull();
      assertThat(row.values()).doesNotContainKey("name");
    });
  }

  @Test
  void aFilterOnAnAttributeTheIndexDoesNotProjectIsRefused() {
    assertThatThrownBy(() -> products.query(ProductKeys.keysGsiPk(true))
        .filter(dev.singletable.Condition.eq(ProductAttributes.NAME, "x")).keys())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filter reads [name]");
  }
}
