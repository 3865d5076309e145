package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles a representative design (a record with every kind of key, a JavaBean, a record whose
 * keys use every key format, a table with GSIs and an LSI, nested documents, renamed, ignored and
 * converted properties) and compares each generated source, and the design sheet, with its golden file
 * under {@code src/test/resources/golden/expected}.
 *
 * <p>After an intended change of the generated code, rewrite the golden files with
 * {@code mvn -pl processor test -Dgolden.update=true} and review their diff.
 */
class GoldenFilesTest {

  private static final String INPUT = "golden/input/dev/example/";
  /** Read from the source tree (surefire runs in the module directory), so updates show at once. */
  private static final Path EXPECTED_SOURCES = Paths.get("src/test/resources/golden/expected/dev/example");
  private static final Path EXPECTED_SHEET = Paths.get("src/test/resources/golden/expected/META-INF/singletable");
  private static Compilation compilation;

  @BeforeAll
  static void compileTheDesign() {
    List<JavaFileObject> sources = Stream.of("Shop", "OrderStatus", "User", "Order", "Product", "SessionKind", "Session",
            "Address", "LineItem", "SlugConverter")
        .map(name -> JavaFileObjects.forResource(INPUT + name + ".java"))
        .toList();
    compilation = javac()
        .withProcessors(new SingletableProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"OrderKeys", "OrderSchema", "OrderAttributes", "OrderUpdate", "ProductKeys", "ProductSchema",
      "ProductAttributes", "ProductUpdate", "UserKeys", "UserSchema", "UserAttributes", "UserUpdate", "SessionKeys",
      "SessionSchema", "SessionAttributes", "SessionUpdate", "ShopSchema", "ShopVisitor", "AddressDocument",
      "AddressAttribute", "LineItemDocument", "LineItemAttribute"})
  void generatedSourceMatchesItsGoldenFile(String name) throws IOException {
    String generated = compilation.generatedSourceFile("dev.example." + name).orElseThrow()
        .getCharContent(true).toString();
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(EXPECTED_SOURCES);
      Files.writeString(EXPECTED_SOURCES.resolve(name + ".java"), generated, StandardCharsets.UTF_8);
    }
    assertThat(generated).isEqualTo(golden(name));
  }

  @Test
  void designSheetMatchesItsGoldenFile() throws IOException {
    String sheet = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/singletable/Shop.md")
        .orElseThrow().getCharContent(true).toString();
    Path golden = EXPECTED_SHEET.resolve("Shop.md");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(EXPECTED_SHEET);
      Files.writeString(golden, sheet, StandardCharsets.UTF_8);
    }
    assertThat(sheet).isEqualTo(read(golden));
  }

  private static String golden(String name) throws IOException {
    return read(EXPECTED_SOURCES.resolve(name + ".java"));
  }

  private static String read(Path golden) throws IOException {
    if (!Files.exists(golden)) {
      throw new AssertionError("No golden file " + golden + "; run with -Dgolden.update=true to write it");
    }
    return Files.readString(golden, StandardCharsets.UTF_8);
  }
}
