package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.shop;
import static dev.singletable.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in entities and their keys are errors on the element at fault, with a stable id. */
class EntityDiagnosticsTest {

  @Test
  void anEntityWithoutPrimaryKeyIsReported() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(index = \"GSI1\", pk = \"USER#<email>\", sk = \"PROFILE\")",
        "public record User(String userId, String email) {}");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableNoPrimaryKey] User has no primary key. Add @Key(pk = \"...\", sk = \"...\")")
        .inFile(user).onLineContaining("public record User");
  }

  @Test
  void twoPrimaryKeysAreReportedOnTheSecond() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "@Key(pk = \"EMAIL#<email>\", sk = \"PROFILE\")",
        "public record User(String userId, String email) {}");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableSeveralPrimaryKeys]")
        .inFile(user).onLineContaining("EMAIL#<email>");
  }

  @Test
  void twoKeysForOneIndexAreReported() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "@Key(index = \"GSI1\", pk = \"USER#<email>\", sk = \"PROFILE\")",
        "@Key(index = \"GSI1\", pk = \"NAME#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId, String email) {}");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableDuplicateIndexKey] User has two @Key for index GSI1")
        .inFile(user).onLineContaining("NAME#<userId>");
  }

  @Test
  void anIndexNotDeclaredOnTheTableIsReportedWithASuggestion() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "@Key(index = \"GSl1\", pk = \"USER#<email>\", sk = \"PROFILE\")",
        "public record User(String userId, String email) {}");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableUnknownIndex] @Key(index = \"GSl1\") names no index of table shop."
            + " Did you mean \"GSI1\"? Declare it with @Index(name = \"GSl1\") in @Table(indexes) or use one of"
            + " [GSI1, GSI2, LSI1].")
        .inFile(user).onLineContaining("GSl1");
  }

  @Test
  void aGsiKeyWithoutPartitionKeyIsReported() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "@Key(index = \"GSI1\", sk = \"PROFILE\")",
        "public record User(String userId) {}");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableMissingPartitionKey] @Key(index = \"GSI1\") of User has no pk template."
            + " Give pk = \"...\": the GSI GSI1 needs a partition key.")
        .inFile(user).onLineContaining("@Key(index = \"GSI1\"");
  }

  @Test
  void aPrimaryKeyWithoutSortKeyIsReported() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\")",
        "public record User(String userId) {}");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableMissingSortKey] @Key of User has no sk template.")
        .inFile(user).onLineContaining("@Key(pk = \"USER#<userId>\")");
  }

  @Test
  void aPartitionKeyOnAnLsiIsReported() {
    JavaFileObject order = source("Order",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<orderId>\")",
        "@Key(index = \"LSI1\", pk = \"USER#<userId>\", sk = \"AMOUNT#<total>\")",
        "public record Order(String userId, String orderId, long total) {}");

    assertThat(compile(shop("Order.class"), order))
        .hadErrorContaining("[SingletablePartitionKeyOnLsi] @Key(index = \"LSI1\") of Order gives a pk template,"
            + " but LSI1 is a local secondary index")
        .inFile(order).onLineContaining("AMOUNT#<total>");
  }

  @Test
  void aListedClassWithoutEntityIsReportedOnTheTable() {
    JavaFileObject shop = shop("User.class");
    JavaFileObject user = source("User", "public record User(String userId) {}");

    assertThat(compile(shop, user))
        .hadErrorContaining("[SingletableNotAnEntity] test.User is listed in @Table(entities) of Shop but is not"
            + " annotated with @Entity.")
        .inFile(shop).onLineContaining("entities = {User.class}");
  }

  @Test
  void entityShapesThatCannotBeMappedAreReported() {
    JavaFileObject bean = source("Bean",
        "@Entity",
        "@Key(pk = \"B#<id>\", sk = \"B\")",
        "public class Bean {",
        "  private String id;",
        "  public Bean(String id) { this.id = id; }",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "}");
    JavaFileObject hidden = source("Hidden",
        "@Entity",
        "@Key(pk = \"H#<id>\", sk = \"H\")",
        "record Hidden(String id) {}");

    Compilation compilation = compile(shop("Bean.class", "Hidden.class"), bean, hidden);

    assertThat(compilation).hadErrorContaining("[SingletableEntityShape] @Entity Bean has no public no-argument constructor.")
        .inFile(bean).onLineContaining("public class Bean");
    assertThat(compilation).hadErrorContaining("[SingletableEntityShape] @Entity Hidden is not public.")
        .inFile(hidden).onLineContaining("record Hidden");
  }

  @Test
  void aPropertyNoConverterStoresIsReportedOnTheProperty() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId,",
        "    Object data) {}");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableUnsupportedAttributeType] Property data of User has type java.lang.Object")
        .inFile(user).onLineContaining("Object data");
  }

  @Test
  void twoEntitiesWithOneTypeNameAreReported() {
    JavaFileObject a = source("A", "@Entity(\"Thing\")", "@Key(pk = \"A#<id>\", sk = \"A\")", "public record A(String id) {}");
    JavaFileObject b = source("B", "@Entity(\"Thing\")", "@Key(pk = \"B#<id>\", sk = \"B\")", "public record B(String id) {}");

    assertThat(compile(shop("A.class", "B.class"), a, b))
        .hadErrorContaining("[SingletableDuplicateTypeName] Entities A and B of table shop share the type name \"Thing\"")
        .inFile(b).onLineContaining("@Entity(\"Thing\")");
  }

  @Test
  void aPropertyNamedLikeAKeyOrTypeAttributeIsReported() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId,",
        "    String entityType,",
        "    String SK) {}");

    Compilation compilation = compile(shop("User.class"), user);

    assertThat(compilation).hadErrorContaining("[SingletablePropertyClashesWithAttribute] Property entityType of User"
            + " has the name of the table's type attribute")
        .inFile(user).onLineContaining("String entityType");
    assertThat(compilation).hadErrorContaining("Property SK of User has the name of the table's key attribute")
        .inFile(user).onLineContaining("String SK");
  }

  @Test
  void anEntityInTwoTablesIsReportedOnTheSecond() {
    JavaFileObject user = source("User", "@Entity", "@Key(pk = \"U#<id>\", sk = \"U\")", "public record User(String id) {}");
    JavaFileObject other = source("Other", "@Table(name = \"other\", entities = {User.class})", "public interface Other {}");

    assertThat(compile(shop("User.class"), other, user))
        .hadErrorContaining("[SingletableEntityInSeveralTables] test.User is listed in the entities of tables")
        .inFile(other).onLineContaining("entities = {User.class}");
  }

  @Test
  void aKeyAttributeWithTwoTemplatesIsReported() {
    JavaFileObject shop = source("Shop", "@Table(name = \"shop\", entities = {Edge.class},",
        "    indexes = {@Index(name = \"Inverted\", partitionKey = \"SK\", sortKey = \"PK\")})",
        "public interface Shop {}");
    JavaFileObject edge = source("Edge",
        "@Entity",
        "@Key(pk = \"E#<from>\", sk = \"E#<to>\")",
        "@Key(index = \"Inverted\", pk = \"E#<to>\", sk = \"X#<from>\")",
        "public record Edge(String from, String to) {}");

    assertThat(compile(shop, edge))
        .hadErrorContaining("[SingletableKeyAttributeConflict] Key attribute PK of Edge gets two templates:"
            + " \"E#<from>\" as the table's partition key and \"X#<from>\" as index Inverted's sort key.")
        .inFile(edge).onLineContaining("X#<from>");
  }

  @Test
  void anInvertedIndexWithTheSameTemplatesCompiles() {
    JavaFileObject shop = source("Shop", "@Table(name = \"shop\", entities = {Edge.class},",
        "    indexes = {@Index(name = \"Inverted\", partitionKey = \"SK\", sortKey = \"PK\")})",
        "public interface Shop {}");
    JavaFileObject edge = source("Edge",
        "@Entity",
        "@Key(pk = \"E#<from>\", sk = \"E#<to>\")",
        "@Key(index = \"Inverted\", pk = \"E#<to>\", sk = \"E#<from>\")",
        "public record Edge(String from, String to, String string, int key) {}");

    assertThat(compile(shop, edge)).succeeded();
  }

  @Test
  void propertiesNamedLikeGeneratedFieldsCompile() {
    // XKeys has static fields PK, SK, GSI1_PK, ENCODING... and uses types KeyField, KeyText...
    // in methods whose parameters are named after properties: such a parameter must not shadow
    // the field or type it renders with. XUpdate's setters use OddAttributes likewise.
    JavaFileObject shop = source("Shop", "@Table(name = \"shop\", entities = {Odd.class}, partitionKey = \"pk\",",
        "    sortKey = \"sk\", indexes = {@Index(name = \"GSI1\", partitionKey = \"gsi1pk\", sortKey = \"gsi1sk\")})",
        "public interface Shop {}");
    JavaFileObject odd = source("Odd",
        "@Entity",
        "@Key(pk = \"O#<PK>\", sk = \"O#<SK>#<ENCODING>#<KeyField>#<OddKeys>\")",
        "@Key(index = \"GSI1\", pk = \"G#<GSI1_PK>\", sk = \"G#<PK_TEMPLATE>#<GSI1_SK>#<KeyText>\")",
        "public record Odd(String PK, String SK, String ENCODING, String GSI1_PK, String GSI1_SK, String PK_TEMPLATE,",
        "    String KeyField, LocalDate KeyText, String OddAttributes, String OddKeys, String Object) {}");

    assertThat(compile(shop, odd)).succeededWithoutWarnings();
  }
}
