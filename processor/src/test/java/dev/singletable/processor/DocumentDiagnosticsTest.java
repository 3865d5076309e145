package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.shop;
import static dev.singletable.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Nested documents: what compiles (any depth, shared documents, members named like the handle's
 * own methods, a document of another compilation) and what is reported (a cycle, a document of the
 * wrong shape, an entity inside another).
 */
class DocumentDiagnosticsTest {

  private static final JavaFileObject ADDRESS = source("Address",
      "public record Address(String street, String city, String name, int floor, YearMonth since) {}");

  @Test
  void documentsAtAnyDepthCompileWithoutWarnings() {
    JavaFileObject line = source("Line",
        "public class Line {",
        "  private String sku; private int quantity; private List<Address> drops;",
        "  public String getSku() { return sku; } public void setSku(String v) { sku = v; }",
        "  public int getQuantity() { return quantity; } public void setQuantity(int v) { quantity = v; }",
        "  public List<Address> getDrops() { return drops; } public void setDrops(List<Address> v) { drops = v; }",
        "}");
    JavaFileObject order = source("Order",
        "@Entity",
        "@Key(pk = \"ORDER#<orderId>\", sk = \"ORDER\")",
        "public record Order(String orderId, Address billing, List<Line> lines, Map<String, Address> byName,",
        "    List<List<Address>> rows, Map<String, List<Line>> groups, Set<Address> unique, List<YearMonth> months) {}");
    JavaFileObject usage = source("Usage",
        "import dev.singletable.*;",
        "class Usage {",
        "  static final Attribute<Order, String> CITY = OrderAttributes.BILLING.city();",
        "  static final Attribute<Order, String> NAME = OrderAttributes.BILLING.nameMember();",
        "  static final NumberAttribute<Order, Integer> QUANTITY = OrderAttributes.LINES.at(2).quantity();",
        "  static final Attribute<Order, String> DEEP = OrderAttributes.GROUPS.key(\"a\").at(0).drops().at(1).street();",
        "  static final Attribute<Order, String> ROW = OrderAttributes.ROWS.at(0).at(1).city();",
        "  static final Attribute<Order, Address> HOME = OrderAttributes.BY_NAME.key(\"home\");",
        "  static final Attribute<Order, Set<Address>> UNIQUE = OrderAttributes.UNIQUE;",
        "  static final Attribute<Order, YearMonth> MONTH = OrderAttributes.MONTHS.at(0);",
        "}");

    Compilation compilation = Sources.compile(shop("Order.class"), ADDRESS, line, order, usage);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.AddressDocument");
    assertThat(compilation).generatedSourceFile("test.LineAttribute");
  }

  @Test
  void aDocumentSharedByTwoEntitiesIsGeneratedOnce() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId, Address home) {}");
    JavaFileObject order = source("Order",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<orderId>\")",
        "public record Order(String userId, String orderId, Address shipTo) {}");

    assertThat(compile(shop("User.class", "Order.class"), ADDRESS, user, order)).succeededWithoutWarnings();
  }

  @Test
  void aDocumentOfAnotherCompilationUsesItsGeneratedConverter(@org.junit.jupiter.api.io.TempDir Path classes)
      throws IOException {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId, Address home) {}");
    Compilation first = compile(shop("User.class"), ADDRESS, user);
    assertThat(first).succeededWithoutWarnings();
    Files.createDirectories(classes);

    JavaFileObject order = source("Order",
        "@Entity",
        "@Key(pk = \"ORDER#<orderId>\", sk = \"ORDER\")",
        "public record Order(String orderId, Address shipTo) {}");
    JavaFileObject store = source("Store", "@Table(name = \"store\", entities = Order.class) public interface Store {}");
    Compiler compiler = Sources.withClassesOf(first, classes);
    Compilation second = compiler.compile(store, order);

    assertThat(second).succeededWithoutWarnings();
    org.assertj.core.api.Assertions.assertThat(second.generatedSourceFile("test.AddressDocument")).isEmpty();
  }

  @Test
  void aCycleOfDocumentsIsReportedWhereItCloses() {
    JavaFileObject node = source("Node",
        "public record Node(String value,",
        "    List<Node> children) {}");
    JavaFileObject tree = source("Tree",
        "@Entity",
        "@Key(pk = \"TREE#<id>\", sk = \"TREE\")",
        "public record Tree(String id, Node root) {}");

    Compilation compilation = compile(shop("Tree.class"), node, tree);

    assertThat(compilation)
        .hadErrorContaining("[SingletableDocumentCycle] Property children of Node has type java.util.List<test.Node>,"
            + " which holds document Node again (Node → Node).")
        .inFile(node).onLineContaining("List<Node> children");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aLongerCycleNamesEveryDocument() {
    JavaFileObject a = source("A", "public record A(String id, B b) {}");
    JavaFileObject b = source("B", "public record B(Map<String, A> as) {}");
    JavaFileObject holder = source("Holder",
        "@Entity",
        "@Key(pk = \"H#<id>\", sk = \"H\")",
        "public record Holder(String id, A a) {}");

    assertThat(compile(shop("Holder.class"), a, b, holder))
        .hadErrorContaining("[SingletableDocumentCycle] Property as of B has type java.util.Map<java.lang.String,test.A>,"
            + " which holds document A again (A → B → A).")
        .inFile(b).onLineContaining("Map<String, A> as");
  }

  @Test
  void aDocumentOfTheWrongShapeIsReportedOnEachPropertyOfItsType() {
    JavaFileObject hidden = source("Hidden", "record Hidden(String value) {}");
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId,",
        "    Hidden secret) {}");

    assertThat(compile(shop("User.class"), hidden, user))
        .hadErrorContaining("[SingletableDocumentShape] Document Hidden, the type of property secret of User, is not"
            + " public.")
        .inFile(user).onLineContaining("Hidden secret");
  }

  @Test
  void aBeanDocumentWithoutNoArgumentConstructorIsReported() {
    JavaFileObject point = source("Point",
        "public class Point {",
        "  private int x;",
        "  public Point(int x) { this.x = x; }",
        "  public int getX() { return x; } public void setX(int v) { x = v; }",
        "}");
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId,",
        "    List<Point> points) {}");

    assertThat(compile(shop("User.class"), point, user))
        .hadErrorContaining("[SingletableDocumentShape] Document Point, the type of property points of User, has no"
            + " public no-argument constructor.")
        .inFile(user).onLineContaining("List<Point> points");
  }

  @Test
  void anEntityInsideAnotherIsReported() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId) {}");
    JavaFileObject order = source("Order",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<orderId>\")",
        "public record Order(String userId, String orderId,",
        "    User buyer) {}");

    assertThat(compile(shop("User.class", "Order.class"), user, order))
        .hadErrorContaining("[SingletableEntityAsDocument] Property buyer of Order has type test.User, which is an"
            + " @Entity.")
        .inFile(order).onLineContaining("User buyer");
  }

  @Test
  void aMistakeInsideADocumentIsReportedOnTheDocumentOnce() {
    JavaFileObject broken = source("Broken",
        "public record Broken(String id,",
        "    Object payload) {}");
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId, Broken one, List<Broken> many) {}");

    Compilation compilation = compile(shop("User.class"), broken, user);

    assertThat(compilation)
        .hadErrorContaining("[SingletableUnsupportedAttributeType] Property payload of Broken has type java.lang.Object")
        .inFile(broken).onLineContaining("Object payload");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aManagedAnnotationInsideADocumentIsReportedOnItsProperty() {
    JavaFileObject line = source("Line",
        "public record Line(String sku,",
        "    @Version long version) {}");
    JavaFileObject order = source("Order",
        "@Entity",
        "@Key(pk = \"ORDER#<orderId>\", sk = \"ORDER\")",
        "public record Order(String orderId, List<Line> lines) {}");

    Compilation compilation = compile(shop("Order.class"), line, order);

    assertThat(compilation)
        .hadErrorContaining("[SingletableManagedInDocument] @Version on property version of document Line would do"
            + " nothing")
        .inFile(line).onLineContaining("@Version long version");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aManagedAnnotationInADocumentOfTheWrongShapeIsReportedWithTheShape() {
    JavaFileObject line = source("Line",
        "record Line(String sku,",
        "    @UpdatedAt Instant changedAt) {}");
    JavaFileObject order = source("Order",
        "@Entity",
        "@Key(pk = \"ORDER#<orderId>\", sk = \"ORDER\")",
        "public record Order(String orderId, Line line) {}");

    Compilation compilation = compile(shop("Order.class"), line, order);

    assertThat(compilation)
        .hadErrorContaining("[SingletableManagedInDocument] @UpdatedAt on property changedAt of document Line")
        .inFile(line).onLineContaining("@UpdatedAt Instant changedAt");
    assertThat(compilation)
        .hadErrorContaining("[SingletableDocumentShape] Document Line, the type of property line of Order, is not public")
        .inFile(order).onLineContaining("Line line");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aDocumentAsAPlaceholderIsReported() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<home>\", sk = \"PROFILE\")",
        "public record User(Address home) {}");

    assertThat(compile(shop("User.class"), ADDRESS, user))
        .hadErrorContaining("[SingletableUnsupportedPlaceholderType] Placeholder <home> of @Key template \"USER#<home>\""
            + " has type test.Address");
  }
}
