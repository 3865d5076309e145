package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The processor jar as shipped: JavaPoet inside it, relocated, so that it cannot clash with
 * another processor's JavaPoet, and the Gradle incremental-processing registration.
 *
 * <p>It checks the jar the processor class was loaded from, which {@code mvn verify} builds
 * before this module's tests; a build that stops before {@code package} (such as {@code mvn test})
 * loads the processor from its class directory, and this test is then skipped.
 */
class ProcessorJarTest {

  /** Found as a resource: loading the class would make javac look for its {@code @AutoService}. */
  private static final String PROCESSOR_CLASS = "dev/singletable/processor/SingletableProcessor.class";

  /** The jar that holds the processor class on the test class path (the processor is a provided dependency). */
  private static Path processorJar() throws IOException, URISyntaxException {
    URL url = ProcessorJarTest.class.getClassLoader().getResource(PROCESSOR_CLASS);
    assertThat(url).as(PROCESSOR_CLASS).isNotNull();
    assumeTrue(url.getProtocol().equals("jar"), "the processor was loaded from " + url + ", not from its jar");
    return Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
  }

  @Test
  void javaPoetIsRelocatedInsideTheJar() throws Exception {
    try (JarFile jar = new JarFile(processorJar().toFile())) {
      List<String> entries = jar.stream().map(JarEntry::getName).toList();

      assertThat(entries).noneMatch(name -> name.startsWith("com/palantir/"));
      assertThat(entries).contains("dev/singletable/processor/shaded/javapoet/JavaFile.class");
      assertThat(entries).noneMatch(name -> name.startsWith("dev/singletable/internal/")); // core stays a dependency
      assertThat(read(jar, "META-INF/services/javax.annotation.processing.Processor"))
          .isEqualTo("dev.singletable.processor.SingletableProcessor\n");
    }
  }

  @Test
  void theJarRegistersTheProcessorForGradleIncrementalProcessing() throws Exception {
    try (JarFile jar = new JarFile(processorJar().toFile())) {
      assertThat(read(jar, "META-INF/gradle/incremental.annotation.processors"))
          .isEqualTo("dev.singletable.processor.SingletableProcessor,aggregating\n");
    }
  }

  private static String read(JarFile jar, String name) throws IOException {
    JarEntry entry = jar.getJarEntry(name);
    assertThat(entry).as(name).isNotNull();
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
