package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.shop;
import static dev.singletable.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Mistakes in key templates are errors on the {@code @Key} line, with a stable id. */
class TemplateDiagnosticsTest {

  private static JavaFileObject user(String keyLine) {
    return source("User",
        "@Entity",
        keyLine,
        "public record User(String userId, String email, double score, int age) {}");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "USER#<userId             | SingletableUnclosedPlaceholder",
      "USER#<userId#<email>     | SingletableUnclosedPlaceholder",
      "USER#<>                  | SingletableEmptyPlaceholder",
      "USER#<a<userId>>         | SingletableNestedPlaceholder",
      "USER#userId>             | SingletableUnmatchedClose",
      "USER#<user id>           | SingletableInvalidPlaceholderName",
      "USER#<userId>-<email>    | SingletablePlaceholdersInOneSegment",
      "USER#<userId>#<userId>   | SingletableDuplicatePlaceholder"})
  void malformedTemplateIsReportedOnItsKey(String template, String id) {
    String keyLine = "@Key(pk = \"" + template.trim() + "\", sk = \"PROFILE\")";
    JavaFileObject user = user(keyLine);

    Compilation compilation = compile(shop("User.class"), user);

    assertThat(compilation).hadErrorContaining("[" + id.trim() + "]").inFile(user).onLineContaining(keyLine);
  }

  @Test
  void unknownPropertySuggestsTheClosestName() {
    JavaFileObject user = user("@Key(pk = \"USER#<userid>\", sk = \"PROFILE\")");

    Compilation compilation = compile(shop("User.class"), user);

    assertThat(compilation).hadErrorContaining(
            "[SingletableUnknownProperty] @Key template \"USER#<userid>\" names no property \"userid\" of User."
                + " Did you mean \"userId\"?")
        .inFile(user).onLineContaining("<userid>");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unknownPropertyWithoutACloseNameListsTheProperties() {
    JavaFileObject user = user("@Key(pk = \"USER#<tenant>\", sk = \"PROFILE\")");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("names no property \"tenant\" of User. Placeholders name record components or bean"
            + " properties: userId, email, score, age.")
        .inFile(user).onLineContaining("<tenant>");
  }

  @Test
  void placeholderOfATypeKeysCannotRenderIsReported() {
    JavaFileObject user = user("@Key(pk = \"USER#<userId>\", sk = \"SCORE#<score>\")");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableUnsupportedPlaceholderType] Placeholder <score> of @Key template"
            + " \"SCORE#<score>\" has type double")
        .inFile(user).onLineContaining("SCORE#<score>");
  }

  @Test
  void everyMistakeOfOneEntityIsReportedAtOnce() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userid>\", sk = \"AGE#<age\")",
        "@Key(index = \"GSI1\", pk = \"SCORE#<score>\", sk = \"X\")",
        "public record User(String userId, double score, int age) {}");

    Compilation compilation = compile(shop("User.class"), user);

    assertThat(compilation).hadErrorContaining("[SingletableUnknownProperty]");
    assertThat(compilation).hadErrorContaining("[SingletableUnclosedPlaceholder]");
    assertThat(compilation).hadErrorContaining("[SingletableUnsupportedPlaceholderType]");
    assertThat(compilation).hadErrorCount(3);
  }
}
