package dev.singletable.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B5: compiling {@code entities} entity sources (200; see {@link EntitySources}) with
 * {@code javax.tools.JavaCompiler} in the benchmark JVM, once per operation.
 *
 * <ul>
 *   <li>{@code withProcessor}: with the singletable processor, so the time includes the
 *       processor and compiling what it generates ({@code XKeys}, {@code XSchema}, {@code TSchema}):
 *       what a build pays for using singletable.
 *   <li>{@code withoutProcessor}: the same sources with {@code -proc:none}.
 * </ul>
 *
 * <p>The processor's cost per entity is {@code (withProcessor - withoutProcessor) / entities};
 * docs/performance.md reports it. {@code processorOnly} ({@code -proc:only}) tells how much of it
 * is the processor itself and how much javac compiling the generated code. Warm-up iterations
 * warm javac itself, as a build daemon would be; the first, cold compile is in the warm-up output.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class CompileBenchmark {

  @Param("200")
  public int entities;

  private Path root;
  private Path sources;
  private Path output;
  private List<Path> files;

  /** Writes the sources once per trial. */
  @Setup(Level.Trial)
  public void writeSources() throws IOException {
    root = Files.createTempDirectory("singletable-compile-bench");
    sources = root.resolve("src");
    output = root.resolve("out");
    files = EntitySources.write(sources, entities);
  }

  /** Empties the output so every compile writes every class and generated source anew. */
  @Setup(Level.Invocation)
  public void cleanOutput() throws IOException {
    deleteTree(output);
    Files.createDirectories(output.resolve("classes"));
    Files.createDirectories(output.resolve("generated"));
  }

  /** Deletes the sources and output. */
  @TearDown(Level.Trial)
  public void deleteAll() throws IOException {
    deleteTree(root);
  }

  /** javac with the singletable processor. */
  @Benchmark
  public int withProcessor() {
    return InProcessJavac.compile(files, output, InProcessJavac.Mode.WITH_PROCESSOR);
  }

  /** javac alone, {@code -proc:none}. */
  @Benchmark
  public int withoutProcessor() {
    return InProcessJavac.compile(files, output, InProcessJavac.Mode.NO_PROCESSOR);
  }

  /**
   * javac with the processor and {@code -proc:only}: parsing, the processor's rounds and writing
   * the generated sources, but no class files; with {@code withoutProcessor} it splits
   * {@code withProcessor} into the processor's own time and compiling its output.
   */
  @Benchmark
  public int processorOnly() {
    return InProcessJavac.compile(files, output, InProcessJavac.Mode.PROCESSOR_ONLY);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
