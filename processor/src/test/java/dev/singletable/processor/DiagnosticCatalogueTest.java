package dev.singletable.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The catalogue stays whole: every diagnostic has a well-formed id, a page entry in
 * {@code docs/diagnostics.md}, and a negative test that asserts its id.
 */
class DiagnosticCatalogueTest {

  /** Read from the source tree: surefire runs in the module directory. */
  private static final Path DOCS = Paths.get("../docs/diagnostics.md");
  private static final Path TESTS = Paths.get("src/test/java/dev/singletable/processor");

  @ParameterizedTest
  @EnumSource(Diagnostic.class)
  void hasAnIdAndADocumentationEntry(Diagnostic diagnostic) throws IOException {
    assertThat(diagnostic.id()).matches("Singletable[A-Z][A-Za-z]+");
    assertThat(Files.readString(DOCS, StandardCharsets.UTF_8)).contains("`" + diagnostic.id() + "`");
  }

  @ParameterizedTest
  @EnumSource(value = Diagnostic.class, mode = EnumSource.Mode.EXCLUDE, names = "INTERNAL") // a bug has no test input
  void hasATestThatAssertsItsId(Diagnostic diagnostic) throws IOException {
    try (Stream<Path> tests = Files.list(TESTS)) {
      boolean asserted = tests.filter(p -> !p.equals(TESTS.resolve("DiagnosticCatalogueTest.java")))
          .map(DiagnosticCatalogueTest::read)
          .anyMatch(text -> text.contains("[" + diagnostic.id() + "]")
              || text.contains(diagnostic.id()) && text.contains("\"[\" + id")); // ids in a parameterized test
      assertThat(asserted).as("a test asserts [%s]", diagnostic.id()).isTrue();
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
