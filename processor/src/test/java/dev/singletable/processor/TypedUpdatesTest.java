package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A misspelt attribute or a value of the wrong type in an update is a compile error. */
class TypedUpdatesTest {

  private static Compilation compileWith(String... usageLines) {
    List<JavaFileObject> sources = new ArrayList<>(Stream.of("Shop", "OrderStatus", "User", "Order", "Product",
            "SessionKind", "Session", "Address", "LineItem", "SlugConverter")
        .map(name -> JavaFileObjects.forResource("golden/input/dev/example/" + name + ".java"))
        .toList());
    JavaFileObject usage = JavaFileObjects.forSourceString("dev.example.Usage", String.join("\n",
        "package dev.example;",
        "import dev.singletable.*;",
        "import java.time.LocalDate;",
        "class Usage {",
        "  Order ship(EntityTable<Order> orders) {",
        "    return orders.update(OrderKeys.key(\"u1\", LocalDate.parse(\"2026-03-15\"), \"o1\"))",
        String.join("\n", usageLines),
        "        .execute();",
        "  }",
        "}"));
    sources.add(usage);
    return javac().withProcessors(new SingletableProcessor()).compile(sources);
  }

  @Test
  void typedSettersAndHandlesCompile() {
    assertThat(compileWith(
        "        .set(OrderUpdate.status(OrderStatus.SHIPPED), OrderUpdate.flaggedAt(null))",
        "        .add(OrderAttributes.TOTAL, 5L)",
        "        .append(OrderAttributes.TAGS, java.util.List.of(\"x\"))",
        "        .condition(Condition.eq(OrderAttributes.STATUS, OrderStatus.PENDING))"))
        .succeeded();
  }

  @Test
  void nestedPathsAreTypedThroughTheHandles() {
    assertThat(compileWith(
        "        .set(OrderAttributes.SHIPPING_ADDRESS.city(), \"Paris\")",
        "        .set(OrderAttributes.LINE_ITEMS.at(2).quantity(), 3)",
        "        .set(OrderAttributes.QUANTITIES.key(\"sku-1\"), 4)",
        "        .condition(Condition.eq(OrderAttributes.SHIPPING_ADDRESS.zip(), \"75001\"))"))
        .succeeded();
    assertThat(compileWith("        .set(OrderAttributes.SHIPPING_ADDRESS.city(), 75001)")).failed();
    assertThat(compileWith("        .set(OrderAttributes.LINE_ITEMS.at(0).quantity(), \"three\")")).failed();
    assertThat(compileWith("        .set(OrderAttributes.SHIPPING_ADDRESS.town(), \"Paris\")")).failed();
  }

  @Test
  void aValueOfTheWrongTypeDoesNotCompile() {
    Compilation compilation = compileWith("        .set(OrderUpdate.status(\"SHIPPED\"))");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("incompatible types: java.lang.String cannot be converted to dev.example.OrderStatus");
  }

  @Test
  void aWrongTypeThroughAnAttributeHandleDoesNotCompile() {
    assertThat(compileWith("        .set(OrderAttributes.TOTAL, \"lots\")")).failed();
    assertThat(compileWith("        .append(OrderAttributes.TAGS, java.util.List.of(42))")).failed();
    assertThat(compileWith("        .add(OrderAttributes.STATUS, 1L)")).failed();
  }

  @Test
  void aMisspeltAttributeDoesNotCompile() {
    Compilation compilation = compileWith("        .set(OrderUpdate.stauts(OrderStatus.SHIPPED))");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }

  @Test
  void primaryKeyPropertiesHaveNoSetter() {
    Compilation compilation = compileWith("        .set(OrderUpdate.orderId(\"o2\"))");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }
}
