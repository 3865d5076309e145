package dev.singletable.benchmarks;

import dev.singletable.SortKey;
import dev.singletable.benchmarks.model.OrderKeys;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * B3: rendering the composite sort key {@code ORDER#<date>#<orderId>} and the prefix
 * {@code ORDER#<date>#}, per operation. Run with {@code -prof gc} for bytes allocated per key
 * ({@code gc.alloc.rate.norm}).
 *
 * <ul>
 *   <li>{@code generated}: {@code OrderKeys.sk(date, orderId)} and {@code OrderKeys.skPrefix(date)}:
 *       escaping, fixed-width date, null and size checks, and the {@link SortKey} objects.
 *   <li>{@code concat}: {@code "ORDER#" + date + "#" + orderId}: the same text for these values,
 *       without escaping or checks; the baseline of the goal (within 1.5x).
 *   <li>{@code format}: the same with {@code String.format}, for reference.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class KeyBenchmark {

  // Not final, so that the JIT cannot fold the rendering into constants.
  private LocalDate date = LocalDate.of(2026, 3, 15);
  private String orderId = "o-000042";

  /** The generated key builders. */
  @Benchmark
  public void generated(Blackhole bh) {
    bh.consume(OrderKeys.sk(date, orderId));
    bh.consume(OrderKeys.skPrefix(date));
  }

  /** Plain {@code +} concatenation (invokedynamic string concat). */
  @Benchmark
  public void concat(Blackhole bh) {
    bh.consume("ORDER#" + date + "#" + orderId);
    bh.consume("ORDER#" + date + "#");
  }

  /** {@code String.format}. */
  @Benchmark
  public void format(Blackhole bh) {
    bh.consume(String.format("ORDER#%s#%s", date, orderId));
    bh.consume(String.format("ORDER#%s#", date));
  }
}
