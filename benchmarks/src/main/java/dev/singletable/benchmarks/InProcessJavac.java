package dev.singletable.benchmarks;

import dev.singletable.processor.SingletableProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One javac run inside this JVM ({@code javax.tools}), on this JVM's class path, with or without
 * the singletable processor: what {@link CompileBenchmark} measures.
 */
final class InProcessJavac {

  /** How javac runs the processor. */
  enum Mode {
    WITH_PROCESSOR,
    NO_PROCESSOR,
    PROCESSOR_ONLY
  }

  private InProcessJavac() {}

  /**
   * Compiles {@code files} into {@code output}/classes (generated sources in
   * {@code output}/generated) and returns the number of files written.
   *
   * @throws IllegalStateException with javac's diagnostics if the compilation fails
   */
  static int compile(List<Path> files, Path output, Mode mode) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of(
          "--release", "17",
          "-classpath", System.getProperty("java.class.path"),
          "-d", output.resolve("classes").toString(),
          "-s", output.resolve("generated").toString()));
      if (mode == Mode.NO_PROCESSOR) {
        options.add("-proc:none");
      } else if (mode == Mode.PROCESSOR_ONLY) {
        options.add("-proc:only");
      }
      JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, options, null,
          fm.getJavaFileObjectsFromPaths(files));
      if (mode != Mode.NO_PROCESSOR) {
        task.setProcessors(List.of(new SingletableProcessor()));
      }
      if (!task.call()) {
        throw new IllegalStateException("Compilation failed: " + diagnostics.getDiagnostics());
      }
      try (Stream<Path> written = Files.walk(output)) {
        return (int) written.filter(Files::isRegularFile).count();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
