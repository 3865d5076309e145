package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.entity;
import static dev.singletable.processor.Sources.shop;
import static dev.singletable.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Which entities a read tells apart by their primary keys alone, as it must for items without a
 * type attribute: the design sheet's "Told apart by key" section and
 * {@code [SingletableNotToldApartByKey]}.
 *
 * <p>A read matches each key template on its own. Collisions are errors, so two entities' keys
 * never fit both templates with one value per placeholder; but a placeholder in both the partition
 * and the sort key ({@code NODE#<id>} twice) is checked for one value by no read, so a key can fit
 * it with two.
 */
class ToldApartByKeyTest {

  private static final JavaFileObject NODE = entity("Node", "String id",
      "@Key(pk = \"NODE#<id>\", sk = \"NODE#<id>\")");
  private static final JavaFileObject EDGE = entity("Edge", "int from, LocalDate to",
      "@Key(pk = \"NODE#<from>\", sk = \"NODE#<to>\")");

  private static String sheet(Compilation compilation) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/singletable/Shop.md")
        .orElseThrow().getCharContent(true).toString();
  }

  @Test
  void aPlaceholderInBothKeysLetsAKeyFitAnotherEntityToo() throws IOException {
    Compilation compilation = compile(shop("Node.class", "Edge.class"), NODE, EDGE);

    assertThat(compilation).hadErrorCount(0);
    assertThat(compilation)
        .hadWarningContaining("[SingletableNotToldApartByKey] Node and Edge cannot be told apart by their keys:"
            + " PK = \"NODE#0000000000\", SK = \"NODE#0000-01-01\" fits the primary key templates of both when each"
            + " template is matched on its own, as a read matches the key of an item without the type attribute"
            + " entityType (a read does not check that <id> of Node holds one value in both keys).")
        .inFile(EDGE).onLineContaining("NODE#<from>");
    assertThat(sheet(compilation))
        .contains("| Node | **no** | a key fits Edge (`PK = NODE#0000000000, SK = NODE#0000-01-01`) too: see"
            + " `SingletableNotToldApartByKey` |\n")
        .contains("| Edge | **no** | a key fits Node (");
  }

  @Test
  void theWarningIsAcknowledgedWithSuppressWarnings() {
    JavaFileObject edge = source("Edge", "@Entity", "@SuppressWarnings(\"SingletableNotToldApartByKey\")",
        "@Key(pk = \"NODE#<from>\", sk = \"NODE#<to>\")", "public record Edge(int from, LocalDate to) {}");

    Compilation compilation = compile(shop("Node.class", "Edge.class"), NODE, edge);

    assertThat(compilation.warnings().stream().map(w -> w.getMessage(null)))
        .noneMatch(message -> message.contains("SingletableNotToldApartByKey"));
  }

  @Test
  void theSheetSaysWhatTellsEachEntityApart() throws IOException {
    JavaFileObject user = entity("User", "String userId", "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")");
    JavaFileObject order = entity("Order", "String userId, int number", "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<number>\")");
    JavaFileObject refund = entity("Refund", "String userId, LocalDate day", "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<day>\")");
    JavaFileObject product = entity("Product", "String id", "@Key(pk = \"PRODUCT#<id>\", sk = \"PRODUCT\")");

    Compilation compilation = compile(shop("User.class", "Order.class", "Refund.class", "Product.class"), user, order,
        refund, product);

    assertThat(compilation).hadErrorCount(0);
    assertThat(compilation.warnings().stream().map(w -> w.getMessage(null)))
        .noneMatch(message -> message.contains("SingletableNotToldApartByKey"));
    assertThat(sheet(compilation))
        .contains("| User | yes | `SK` `PROFILE`: its literal text differs from Order's, Refund's |\n")
        .contains("| Order | yes | `SK` `ORDER#<number>`: its literal text differs from User's; only the shape of its"
            + " values or segments differs from Refund's |\n")
        .contains("| Product | yes | `PK` `PRODUCT#<id>`: no other entity's partition key can be equal |\n");
  }
}
