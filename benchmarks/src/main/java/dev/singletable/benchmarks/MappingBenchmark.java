package dev.singletable.benchmarks;

import dev.singletable.benchmarks.model.HandWrittenOrderMapper;
import dev.singletable.benchmarks.model.Order;
import dev.singletable.benchmarks.model.OrderSchema;
import dev.singletable.benchmarks.model.ReflectiveOrder;
import dev.singletable.benchmarks.model.SampleOrders;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * B1: one {@code itemToMap} and one {@code mapToItem} of a realistic {@link Order} (ten attributes
 * of mixed types, a list and a nested map; seventeen attributes with keys and type), per
 * operation.
 *
 * <ul>
 *   <li>{@code generated}: the processor's {@code OrderSchema}, a {@code StaticImmutableTableSchema}.
 *   <li>{@code reflective}: {@code TableSchema.fromImmutableClass} on {@link ReflectiveOrder}, the
 *       same attributes (schema built once, in setup: only mapping is measured).
 *   <li>{@code handWritten}: {@link HandWrittenOrderMapper}, the floor.
 * </ul>
 *
 * <p>All three write the same map (the tests check it), render keys with the same generated
 * renderers and use {@code ignoreNulls = true}, as {@code PutItem} does. Goals: generated at least
 * 2x reflective, and within 1.25x of hand-written.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class MappingBenchmark {

  private TableSchema<Order> generatedSchema;
  private TableSchema<ReflectiveOrder> reflectiveSchema;
  private Order order;
  private ReflectiveOrder reflectiveOrder;

  /** Builds the schemas and the sample items outside the measurement. */
  @Setup
  public void setUp() {
    generatedSchema = OrderSchema.INSTANCE.tableSchema();
    reflectiveSchema = TableSchema.fromImmutableClass(ReflectiveOrder.class);
    order = SampleOrders.typical();
    reflectiveOrder = ReflectiveOrder.from(order);
  }

  /** The generated schema: item to map and back. */
  @Benchmark
  public Order generated() {
    Map<String, AttributeValue> item = generatedSchema.itemToMap(order, true);
    return generatedSchema.mapToItem(item);
  }

  /** The enhanced client's reflective immutable schema: item to map and back. */
  @Benchmark
  public ReflectiveOrder reflective() {
    Map<String, AttributeValue> item = reflectiveSchema.itemToMap(reflectiveOrder, true);
    return reflectiveSchema.mapToItem(item);
  }

  /** Hand-written {@code Map<String, AttributeValue>} code: item to map and back. */
  @Benchmark
  public Order handWritten() {
    Map<String, AttributeValue> item = HandWrittenOrderMapper.toMap(order);
    return HandWrittenOrderMapper.fromMap(item);
  }
}
