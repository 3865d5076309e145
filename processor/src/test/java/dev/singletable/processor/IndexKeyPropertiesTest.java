package dev.singletable.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A property stored under an index key attribute (seed 003's {@code status}, the partition key of
 * its {@code StatusByDate-GSI}) compiles when that key's template renders exactly the stored value,
 * and is written once; every other form is {@code SingletablePropertyKeyTemplate} on the element at
 * fault.
 */
class IndexKeyPropertiesTest {

  private static final String ORDER_KEY = "@Key(pk = \"<customerId:raw>\", sk = \"<orderDate>#<orderId:raw>\")";

  /** Seed 003's Orders table with its StatusByDate-GSI, and a GSI keyed on two String attributes. */
  private static JavaFileObject orders(String... entities) {
    return source("Orders",
        "@Table(name = \"Orders\", partitionKey = \"customer_id\", sortKey = \"order_date_order_id\",",
        "    entities = {" + String.join(", ", entities) + "},",
        "    indexes = {@Index(name = \"StatusByDate-GSI\", partitionKey = \"status\", sortKey = \"order_date_order_id\",",
        "                      projection = Projection.INCLUDE, nonKeyAttributes = {\"customer_id\", \"total_usd\"}),",
        "               @Index(name = \"ByCity\", partitionKey = \"city\", sortKey = \"zip\"),",
        "               @Index(name = \"ByLabel\", local = true, sortKey = \"label\")})",
        "public interface Orders {}");
  }

  /** An order in StatusByDate-GSI with the partition key template {@code pk}. */
  private static JavaFileObject statusOrder(String pk) {
    return source("Order",
        "@Entity",
        ORDER_KEY,
        "@Key(index = \"StatusByDate-GSI\", pk = \"" + pk + "\", sk = \"<orderDate>#<orderId:raw>\")",
        "public record Order(String customerId, LocalDate orderDate, String orderId, State status) {}");
  }

  private static JavaFileObject state(String... body) {
    return source("State", "public enum State { " + String.join(" ", body) + " }");
  }

  @Test
  void anEnumAndRawStringsUnderGsiAndLsiKeyAttributesCompileAndAreWrittenOnce() throws IOException {
    JavaFileObject order = source("Order",
        "@Entity",
        ORDER_KEY,
        "@Key(index = \"StatusByDate-GSI\", pk = \"<status>\", sk = \"<orderDate>#<orderId:raw>\")",
        "@Key(index = \"ByCity\", pk = \"<city:raw>\", sk = \"<postcode:raw>\")",
        "@Key(index = \"ByLabel\", sk = \"<label:raw>\")",
        "public record Order(String customerId, LocalDate orderDate, String orderId, State status, String city,",
        "    @AttributeName(\"zip\") String postcode, String label, long total) {}");

    Compilation compilation = compile(orders("Order.class"), state("PROCESSING,", "SHIPPED"), order);

    assertThat(compilation).succeededWithoutWarnings();
    String schema = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "test", "OrderSchema.java").orElseThrow()
        .getCharContent(true).toString();
    assertThat(schema).contains("List.of(\"customer_id\", \"order_date_order_id\", \"status\", \"city\", \"zip\","
        + " \"label\", \"entityType\", \"customerId\", \"orderDate\", \"orderId\", \"total\")");
    assertThat(schema).contains("case \"status\" -> AttributeValues.s(statusByDateGsiPkOf(item));");
    assertThat(schema).doesNotContain("case \"status\" -> AttributeValues.s(item.status()");
    assertThat(schema).doesNotContain("Map.entry(\"status\", KEY_STRINGS)");
    assertThat(schema).contains("Map.entry(\"status\", STATUS_CONVERTER)");
    String sheet = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/singletable/Orders.md").orElseThrow()
        .getCharContent(true).toString();
    assertThat(sheet).contains("Index keys that are exactly a property's stored value are that property's attribute,"
        + " written once: Order.status in `status`, Order.city in `city`, Order.postcode in `zip`,"
        + " Order.label in `label`.");
  }

  @Test
  void aTemplateWithMoreThanThePlaceholderIsReportedOnIt() {
    JavaFileObject order = statusOrder("STATUS#<status>");

    assertThat(compile(orders("Order.class"), state("PROCESSING"), order))
        .hadErrorContaining("[SingletablePropertyKeyTemplate] Property status of Order is stored under GSI"
            + " StatusByDate-GSI's partition key attribute status, which is then both the property and the key, written"
            + " once: that key's template must be exactly \"<status>\" (an enum stored by its name) or \"<status:raw>\""
            + " (a String), so that the key is the stored value. But its template is \"STATUS#<status>\".")
        .inFile(order).onLineContaining("STATUS#<status>");
  }

  @Test
  void anEnumFormatOtherThanItsNameIsReported() {
    JavaFileObject order = statusOrder("<status:lower>");

    assertThat(compile(orders("Order.class"), state("PROCESSING"), order))
        .hadErrorContaining("But format lower renders other text than the name the enum converter stores.")
        .inFile(order).onLineContaining("<status:lower>");
  }

  @Test
  void anEnumThatStoresItsToStringIsReported() {
    JavaFileObject order = statusOrder("<status>");

    assertThat(compile(orders("Order.class"), state("PROCESSING;", "@Override public String toString() { return \"p\"; }"),
            order))
        .hadErrorContaining("But test.State declares toString(), which the enum converter stores instead of the name.")
        .inFile(order).onLineContaining("pk = \"<status>\"");
  }

  @Test
  void anEnumConstantThatKeysEscapeIsReported() {
    JavaFileObject order = statusOrder("<status>");

    assertThat(compile(orders("Order.class"), state("PROCESSING, ON$HOLD"), order))
        .hadErrorContaining("But constant ON$HOLD renders as ON$24HOLD in keys.")
        .inFile(order).onLineContaining("pk = \"<status>\"");
  }

  @Test
  void anEscapedStringIsReportedWithTheRawForm() {
    JavaFileObject order = source("Order",
        "@Entity",
        ORDER_KEY,
        "@Key(index = \"ByCity\", pk = \"<city:raw>\", sk = \"<zip>\")",
        "public record Order(String customerId, LocalDate orderDate, String orderId, String city, String zip) {}");

    assertThat(compile(orders("Order.class"), order))
        .hadErrorContaining("Property zip of Order is stored under GSI ByCity's sort key attribute zip, which is then"
            + " both the property and the key")
        .inFile(order).onLineContaining("sk = \"<zip>\"");
    assertThat(compile(orders("Order.class"), order))
        .hadErrorContaining("But it renders the String escaped, not as stored; write \"<zip:raw>\".");
  }

  @Test
  void aPropertyOfAnotherTypeIsReported() {
    JavaFileObject order = source("Order",
        "@Entity",
        ORDER_KEY,
        "@Key(index = \"ByCity\", pk = \"<city:raw>\", sk = \"<zip>\")",
        "public record Order(String customerId, LocalDate orderDate, String orderId, String city, int zip) {}");

    assertThat(compile(orders("Order.class"), order))
        .hadErrorContaining("But its type int is not stored as the string a key holds.")
        .inFile(order).onLineContaining("sk = \"<zip>\"");
  }

  @Test
  void aPropertyUnderTheAttributeOfAnIndexTheEntityIsNotInIsReportedOnIt() {
    JavaFileObject order = source("Order",
        "@Entity",
        ORDER_KEY,
        "public record Order(String customerId, LocalDate orderDate, String orderId,",
        "    State status,",
        "    @AttributeName(\"city\") String town) {}");

    Compilation compilation = compile(orders("Order.class"), state("PROCESSING"), order);

    assertThat(compilation).hadErrorContaining("Property status of Order is stored under GSI StatusByDate-GSI's"
            + " partition key attribute status")
        .inFile(order).onLineContaining("State status");
    assertThat(compilation).hadErrorContaining("But Order has no @Key for that index, so every item would be in the"
            + " index without its key: add @Key(index = \"StatusByDate-GSI\", pk = \"<status>\", ...).")
        .inFile(order).onLineContaining("State status");
    assertThat(compilation).hadErrorContaining("Property town of Order is stored under GSI ByCity's partition key"
            + " attribute city")
        .inFile(order).onLineContaining("@AttributeName(\"city\")");
  }

  @Test
  void theTablesOwnKeyAttributesStayReserved() {
    JavaFileObject order = source("Order",
        "@Entity",
        ORDER_KEY,
        "public record Order(String customerId, LocalDate orderDate, String orderId,",
        "    String order_date_order_id) {}");

    assertThat(compile(orders("Order.class"), order))
        .hadErrorContaining("[SingletablePropertyClashesWithAttribute] Property order_date_order_id of Order has the name"
            + " of the table's key attribute")
        .inFile(order).onLineContaining("String order_date_order_id");
  }
}
