package dev.singletable.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic design CompileBenchmark compiles is one the processor accepts: one table with two
 * entities of each of the four kinds (the processor alone, which keeps this test fast).
 */
class EntitySourcesTest {

  @Test
  void theProcessorAcceptsTheSyntheticDesign(@TempDir Path dir) throws IOException {
    List<Path> sources = EntitySources.write(dir.resolve("src"), 8);

    int written = InProcessJavac.compile(sources, dir.resolve("out"), InProcessJavac.Mode.PROCESSOR_ONLY);

    assertThat(written).isPositive();
    try (var files = Files.walk(dir.resolve("out/generated"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("E000Keys.java", "E001Schema.java", "E002Attributes.java", "E003Update.java", "T00Schema.java");
    }
  }
}
