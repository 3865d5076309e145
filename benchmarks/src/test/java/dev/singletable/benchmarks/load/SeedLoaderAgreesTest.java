package dev.singletable.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.EntitySchema;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * BatchLoadBenchmark compares equal work only if seed 001's hand-written maps are what the library
 * writes, and its items have distinct keys (or the stored count would differ): this checks both.
 */
class SeedLoaderAgreesTest {

  @Test
  void theSeedsMapsAreWhatTheLibraryWrites() {
    for (Object item : LoadItems.mixed(30)) {
      assertThat(SeedLoader.toMap(item)).as("%s", item).isEqualTo(libraryMap(item));
    }
  }

  @Test
  void theItemsAreMixedAndTheirKeysDistinct() {
    List<Object> items = LoadItems.mixed(20_000);
    Set<Map<String, AttributeValue>> keys = new HashSet<>();
    items.forEach(item -> keys.add(Map.of("PK", SeedLoader.toMap(item).get("PK"), "SK", SeedLoader.toMap(item).get("SK"))));
    assertThat(keys).hasSize(20_000);
    assertThat(items).hasAtLeastOneElementOfType(User.class).hasAtLeastOneElementOfType(Order.class)
        .hasAtLeastOneElementOfType(OrderItem.class);
  }

  /** What the library's put writes for the item: its entity's generated schema, nulls left out. */
  private static Map<String, AttributeValue> libraryMap(Object item) {
    return write(LoadShopSchema.DEFINITION.entity(item.getClass()).orElseThrow(), item);
  }

  private static <T> Map<String, AttributeValue> write(EntitySchema<T> schema, Object item) {
    return schema.tableSchema().itemToMap(schema.entityClass().cast(item), true);
  }
}
