package dev.singletable.benchmarks;

import dev.singletable.benchmarks.model.HandWrittenOrderMapper;
import dev.singletable.benchmarks.model.Order;
import dev.singletable.benchmarks.model.OrderSchema;
import dev.singletable.benchmarks.model.ReflectiveOrder;
import dev.singletable.benchmarks.model.SampleOrders;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * B2: a fresh JVM's first mapped item. Each fork runs one operation, once, and nothing before it
 * touches the SDK or the schemas, so the measured call pays all class loading, the schema build
 * and the first, interpreted, {@code itemToMap} and {@code mapToItem}.
 *
 * <p>Not measured: JVM boot and JMH's own start, the same for both. The sample item is built
 * inside the call in both variants. Goal: generated at most a tenth of reflective.
 *
 * <p>No state class and {@code Object} return types on purpose: a field or signature of an SDK
 * or schema type could make the harness load it before the clock starts.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(30)
public class ColdStartBenchmark {

  /** The generated schema: first use of {@code OrderSchema}, then one item to map and back. */
  @Benchmark
  public Object generated() {
    TableSchema<Order> schema = OrderSchema.INSTANCE.tableSchema();
    Order order = SampleOrders.typical();
    return schema.mapToItem(schema.itemToMap(order, true));
  }

  /**
   * The reflective schema: {@code fromImmutableClass} introspects the class inside the
   * measurement, then one item to map and back.
   */
  @Benchmark
  public Object reflective() {
    TableSchema<ReflectiveOrder> schema = TableSchema.fromImmutableClass(ReflectiveOrder.class);
    ReflectiveOrder order = ReflectiveOrder.from(SampleOrders.typical());
    return schema.mapToItem(schema.itemToMap(order, true));
  }

  /**
   * Hand-written maps, no schema at all: the floor. What is left is loading the SDK's model
   * classes ({@code AttributeValue}), {@code java.time} parsing and the key renderers, which any
   * mapper pays; it bounds how far a schema can get below reflective.
   */
  @Benchmark
  public Object handWritten() {
    Order order = SampleOrders.typical();
    return HandWrittenOrderMapper.fromMap(HandWrittenOrderMapper.toMap(order));
  }
}
