package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in {@code @Table} and {@code @Index} are errors on the annotation attribute at fault. */
class TableDiagnosticsTest {

  private static final JavaFileObject USER = source("User",
      "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")", "public record User(String userId) {}");

  @Test
  void anInvalidTableNameIsReported() {
    JavaFileObject shop = source("Shop", "@Table(name = \"a b\", entities = {User.class})", "public interface Shop {}");

    assertThat(compile(shop, USER))
        .hadErrorContaining("[SingletableInvalidTableName] @Table name \"a b\" is not a valid DynamoDB table name.")
        .inFile(shop).onLineContaining("name = \"a b\"");
  }

  @Test
  void anUnsupportedDelimiterIsReportedWithTheAllowedOnes() {
    JavaFileObject shop = source("Shop", "@Table(name = \"shop\", entities = {User.class},", "    delimiter = \":\")",
        "public interface Shop {}");

    assertThat(compile(shop, USER))
        .hadErrorContaining("[SingletableInvalidDelimiter] @Table delimiter \":\" is not supported. Use one character of"
            + " ! \" # $ % & ' ( ) * +")
        .inFile(shop).onLineContaining("delimiter = \":\"");
  }

  @Test
  void anInvalidIndexNameIsReported() {
    JavaFileObject shop = source("Shop", "@Table(name = \"shop\", entities = {User.class},",
        "    indexes = {@Index(name = \"G\")})", "public interface Shop {}");

    assertThat(compile(shop, USER))
        .hadErrorContaining("[SingletableInvalidIndexName] @Index name \"G\"")
        .inFile(shop).onLineContaining("@Index(name = \"G\")");
  }

  @Test
  void indexNamesThatGiveTheSameKeyMethodsAreReported() {
    JavaFileObject shop = source("Shop", "@Table(name = \"shop\", entities = {User.class},",
        "    indexes = {@Index(name = \"GSI1\"),",
        "        @Index(name = \"gsi-1\")})", "public interface Shop {}");

    assertThat(compile(shop, USER))
        .hadErrorContaining("[SingletableDuplicateIndexName] @Table Shop declares index gsi-1 twice (as \"GSI1\" and"
            + " \"gsi-1\", which both give key methods named gsi1...)")
        .inFile(shop).onLineContaining("@Index(name = \"gsi-1\")");
  }

  @Test
  void aPartitionKeyAttributeOnAnLsiIsReported() {
    JavaFileObject shop = source("Shop", "@Table(name = \"shop\", entities = {User.class},",
        "    indexes = {@Index(name = \"LSI1\", local = true, partitionKey = \"LSI1PK\")})", "public interface Shop {}");

    assertThat(compile(shop, USER))
        .hadErrorContaining("[SingletableIndexPartitionKeyOnLsi] @Index LSI1 is local but names partitionKey \"LSI1PK\"")
        .inFile(shop).onLineContaining("partitionKey = \"LSI1PK\"");
  }

  @Test
  void aTableWithoutEntitiesIsReported() {
    JavaFileObject shop = source("Shop", "@Table(name = \"shop\", entities = {})", "public interface Shop {}");

    assertThat(compile(shop))
        .hadErrorContaining("[SingletableNoEntities] @Table Shop lists no entities.")
        .inFile(shop).onLineContaining("@Table(name = \"shop\", entities = {})");
  }
}
