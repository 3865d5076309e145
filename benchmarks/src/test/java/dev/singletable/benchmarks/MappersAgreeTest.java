package dev.singletable.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.benchmarks.model.HandWrittenOrderMapper;
import dev.singletable.benchmarks.model.Order;
import dev.singletable.benchmarks.model.OrderSchema;
import dev.singletable.benchmarks.model.ReflectiveOrder;
import dev.singletable.benchmarks.model.SampleOrders;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * MappingBenchmark compares equal work only if its mappers write and read the same items: this
 * checks it, so that a change to the processor or the model cannot make the comparison unfair
 * unnoticed. No timing here: figures live in the benchmarks.
 */
class MappersAgreeTest {

  private static final TableSchema<Order> GENERATED = OrderSchema.INSTANCE.tableSchema();
  private static final TableSchema<ReflectiveOrder> REFLECTIVE = TableSchema.fromImmutableClass(ReflectiveOrder.class);

  @Test
  void allMappersWriteTheSameMap() {
    Order order = SampleOrders.typical();

    Map<String, AttributeValue> generated = GENERATED.itemToMap(order, true);

    assertThat(generated).hasSize(17).containsKeys("PK", "SK", "GSI1PK", "GSI1SK", "entityType");
    assertThat(REFLECTIVE.itemToMap(ReflectiveOrder.from(order), true)).isEqualTo(generated);
    assertThat(HandWrittenOrderMapper.toMap(order)).isEqualTo(generated);
  }

  @Test
  void allMappersReadTheSameOrder() {
    Order order = SampleOrders.typical();
    Map<String, AttributeValue> item = GENERATED.itemToMap(order, true);

    assertThat(GENERATED.mapToItem(item)).isEqualTo(order);
    assertThat(REFLECTIVE.mapToItem(item).toOrder()).isEqualTo(order);
    assertThat(HandWrittenOrderMapper.fromMap(item)).isEqualTo(order);
  }

  @Test
  void allMappersLeaveOutNullsAndTheSparseIndex() {
    Order typical = SampleOrders.typical();
    Order sparse = new Order(typical.userId(), typical.date(), typical.orderId(), null, 0L, 0, null,
        false, null, null, null, null);

    Map<String, AttributeValue> generated = GENERATED.itemToMap(sparse, true);

    assertThat(generated).doesNotContainKeys("GSI1PK", "GSI1SK", "status", "note", "tags");
    assertThat(REFLECTIVE.itemToMap(ReflectiveOrder.from(sparse), true)).isEqualTo(generated);
    assertThat(HandWrittenOrderMapper.toMap(sparse)).isEqualTo(generated);
    assertThat(HandWrittenOrderMapper.fromMap(generated)).isEqualTo(GENERATED.mapToItem(generated));
  }
}
