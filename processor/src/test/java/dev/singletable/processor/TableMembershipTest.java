package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.shop;
import static dev.singletable.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which table an entity belongs to: an entity no table of the compilation lists, and two tables
 * whose design sheets would share a name.
 */
class TableMembershipTest {

  private static final JavaFileObject USER = source("User", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
      "public record User(String userId) {}");
  private static final JavaFileObject ORPHAN = source("Orphan", "@Entity",
      "@Key(pk = \"ORPHAN#<id>\", sk = \"ORPHAN\")",
      "public record Orphan(String id) {}");

  @Test
  void anEntityThatNoTableOfTheCompilationListsIsAnError() {
    assertThat(compile(shop("User.class"), USER, ORPHAN))
        .hadErrorContaining("[SingletableEntityInNoTable] @Entity Orphan is listed in no @Table of this compilation, so"
            + " no OrphanKeys or OrphanSchema is generated for it. Add Orphan.class to @Table(entities) of its table"
            + " (Shop), or remove @Entity.")
        .inFile(ORPHAN).onLineContaining("@Entity");
  }

  @Test
  void withoutATableInTheCompilationItIsANote() {
    // The table may be compiled later, in another module that depends on this one.
    Compilation compilation = compile(ORPHAN);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("[SingletableEntityTableElsewhere] @Entity Orphan: this compilation has no"
            + " @Table, so OrphanKeys and OrphanSchema are generated where the @Table that lists Orphan is compiled.")
        .inFile(ORPHAN).onLineContaining("public record Orphan");
  }

  @Test
  void aTableListingAnEntityOfAnEarlierCompilationGeneratesItsCode(@TempDir Path classes) throws IOException {
    Compilation library = compile(ORPHAN);
    JavaFileObject table = source("Shop", "@Table(name = \"shop\", entities = {Orphan.class})", "public interface Shop {}");

    Compilation application = Sources.withClassesOf(library, classes).compile(table);

    assertThat(application).succeededWithoutWarnings();
    assertThat(application).generatedSourceFile("test.OrphanKeys");
  }

  @Test
  void twoTablesWithOneSimpleNameWouldShareADesignSheet() {
    JavaFileObject second = JavaFileObjects.forSourceString("b.Shop", String.join("\n", "package b;",
        "import dev.singletable.annotation.*;",
        "@Table(name = \"second\", entities = {b.Thing.class})", "public interface Shop {}"));
    JavaFileObject thing = JavaFileObjects.forSourceString("b.Thing", String.join("\n", "package b;",
        "import dev.singletable.annotation.*;",
        "@Entity @Key(pk = \"THING#<id>\", sk = \"THING\") public record Thing(String id) {}"));
    JavaFileObject item = JavaFileObjects.forSourceString("a.Item", String.join("\n", "package a;",
        "import dev.singletable.annotation.*;",
        "@Entity @Key(pk = \"ITEM#<id>\", sk = \"ITEM\") public record Item(String id) {}"));

    JavaFileObject first = JavaFileObjects.forSourceString("a.Shop", String.join("\n", "package a;",
        "import dev.singletable.annotation.*;",
        "@Table(name = \"first\", entities = {a.Item.class})", "public interface Shop {}"));

    Compilation compilation = compile(first, item, second, thing);

    assertThat(compilation).hadErrorContaining("[SingletableDuplicateDesignSheet] Tables a.Shop and b.Shop would both"
            + " write the design sheet META-INF/singletable/Shop.md. Rename one of the table types.")
        .inFile(second).onLineContaining("public interface Shop");
    assertThat(compilation).hadErrorCount(1);
  }
}
