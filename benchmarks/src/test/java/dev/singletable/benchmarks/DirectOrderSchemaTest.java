package dev.singletable.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.benchmarks.model.DirectOrderSchema;
import dev.singletable.benchmarks.model.Order;
import dev.singletable.benchmarks.model.OrderSchema;
import dev.singletable.benchmarks.model.SampleOrders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The direct schema prototype must behave as the generated static schema in every TableSchema
 * method, or MappingBenchmark.directPrototype would measure a shortcut rather than the design the
 * proposal describes.
 */
class DirectOrderSchemaTest {

  private static final TableSchema<Order> STATIC = OrderSchema.INSTANCE.tableSchema();
  private static final TableSchema<Order> DIRECT = DirectOrderSchema.INSTANCE;

  static List<Order> orders() {
    Order typical = SampleOrders.typical();
    Order sparse = new Order(typical.userId(), typical.date(), typical.orderId(), null, -3L, 0, null,
        true, null, null, List.of(), Map.of());
    return List.of(typical, sparse);
  }

  @ParameterizedTest
  @MethodSource("orders")
  void writesWhatTheStaticSchemaWrites(Order order) {
    assertThat(DIRECT.itemToMap(order, true)).isEqualTo(STATIC.itemToMap(order, true));
    assertThat(DIRECT.itemToMap(order, false)).isEqualTo(STATIC.itemToMap(order, false));
    assertThat(DIRECT.itemToMap(order, List.of("PK", "GSI1SK", "note", "tags")))
        .isEqualTo(STATIC.itemToMap(order, List.of("PK", "GSI1SK", "note", "tags")));
    for (String name : STATIC.attributeNames()) {
      assertThat(DIRECT.attributeValue(order, name)).as(name).isEqualTo(STATIC.attributeValue(order, name));
    }
  }

  @ParameterizedTest
  @MethodSource("orders")
  void readsWhatTheStaticSchemaReads(Order order) {
    Map<String, AttributeValue> item = STATIC.itemToMap(order, false);

    assertThat(DIRECT.mapToItem(item)).isEqualTo(STATIC.mapToItem(item)).isEqualTo(order);
  }

  @Test
  void readsAnItemWithoutItsAttributesAsTheStaticSchemaDoes() {
    Map<String, AttributeValue> unrelated = Map.of("other", AttributeValue.fromS("x"));
    Map<String, AttributeValue> keysOnly = Map.of("PK", AttributeValue.fromS("USER#u"));

    assertThat(DIRECT.mapToItem(unrelated)).isNull();
    assertThat(STATIC.mapToItem(unrelated)).isNull();
    assertThat(DIRECT.mapToItem(unrelated, true)).isEqualTo(STATIC.mapToItem(unrelated, true));
    assertThat(DIRECT.mapToItem(keysOnly)).isEqualTo(STATIC.mapToItem(keysOnly));
    assertThat(DIRECT.itemToMap(null, false)).isEqualTo(STATIC.itemToMap(null, false));
    assertThat(DIRECT.itemToMap(null, true)).isEqualTo(STATIC.itemToMap(null, true)).isEmpty();
  }

  @Test
  void describesTheSameTable() {
    assertThat(DIRECT.tableMetadata()).isEqualTo(STATIC.tableMetadata());
    assertThat(DIRECT.attributeNames()).containsExactlyInAnyOrderElementsOf(STATIC.attributeNames());
    assertThat(DIRECT.itemType()).isEqualTo(STATIC.itemType());
    assertThat(DIRECT.isAbstract()).isEqualTo(STATIC.isAbstract());
    for (String name : STATIC.attributeNames()) {
      assertThat(DIRECT.converterForAttribute(name)).as(name)
          .hasSameClassAs(STATIC.converterForAttribute(name));
    }
    assertThatThrownBy(() -> DIRECT.attributeValue(SampleOrders.typical(), "nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
