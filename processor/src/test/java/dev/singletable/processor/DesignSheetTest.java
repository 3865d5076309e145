package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * What the design sheet says beyond the golden design ({@link GoldenFilesTest}): projections, type
 * names that differ from class names, text that Markdown would misread, nested table types.
 */
class DesignSheetTest {

  private static String sheet(Compilation compilation, String name) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/singletable/" + name + ".md")
        .orElseThrow().getCharContent(true).toString();
  }

  @Test
  void indexesShowTheirKeyAttributesAndProjection() throws IOException {
    JavaFileObject store = source("Store",
        "@Table(name = \"store\", entities = {Purchase.class},",
        "    indexes = {@Index(name = \"ByTotal\", partitionKey = \"byTotalPk\", projection = Projection.INCLUDE,",
        "        nonKeyAttributes = {\"total\"}),",
        "        @Index(name = \"Keys\", projection = Projection.KEYS_ONLY),",
        "        @Index(name = \"LSI1\", local = true)})",
        "public interface Store {}");
    JavaFileObject purchase = source("Purchase", "@Entity(\"Order\")",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER|<orderId>\")",
        "@Key(index = \"ByTotal\", pk = \"TOTAL\", sk = \"<total>\")",
        "public record Purchase(String userId, String orderId, long total) {}");

    String sheet = sheet(compile(store, purchase), "Store");

    assertThat(sheet).contains("| Entity | PK | SK | byTotalPk | ByTotalSK | KeysPK | KeysSK | LSI1SK |\n")
        .contains("| Purchase (type `Order`) | `USER#<userId>` | `ORDER\\|<orderId>` | `TOTAL` | `<total>` |  |  |  |\n")
        .contains("| ByTotal | global (GSI) | `byTotalPk` | `ByTotalSK` | INCLUDE `total`, `entityType` |\n")
        .contains("| Keys | global (GSI) | `KeysPK` | `KeysSK` | KEYS_ONLY |\n")
        .contains("| LSI1 | local (LSI) | `PK` | `LSI1SK` | ALL |\n")
        .contains("- `PurchaseKeys.byTotalPk()`, `PurchaseKeys.byTotalSkPrefix()`: Query ByTotal byTotalPk = `TOTAL`"
            + " (every sort key)\n")
        .contains("- `PurchaseKeys.pk(userId)`, `PurchaseKeys.skPrefix()`: Query PK = `USER#<userId>` AND"
            + " begins_with(SK, `ORDER|`)\n");
  }

  @Test
  void aNestedTableTypeNamesItsSheetLikeItsSchema() throws IOException {
    JavaFileObject design = source("Design",
        "public final class Design {",
        "  @Table(name = \"shop\", entities = {Item.class})",
        "  public interface Shop {}",
        "  @Entity @Key(pk = \"ITEM#<id>\", sk = \"ITEM\")",
        "  public record Item(String id) {}",
        "}");

    assertThat(sheet(compile(design), "Design_Shop")).startsWith("# Table `shop`\n\nThe single-table design of"
        + " `test.Design.Shop`");
  }
}
