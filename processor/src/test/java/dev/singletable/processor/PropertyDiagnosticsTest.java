package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.shop;
import static dev.singletable.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Declarations of a property that contradict each other: a getter and setter that differ by
 * boxing, {@code @Nullable} on a primitive, and a nullable placeholder of the primary key.
 */
class PropertyDiagnosticsTest {

  /** A declaration {@code @Nullable}, as in JSR 305 or Jakarta. */
  private static final JavaFileObject NULLABLE = source("Nullable",
      "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)",
      "public @interface Nullable {}");

  /** A type-use {@code @Nullable}, as in JSpecify. */
  private static final JavaFileObject TYPE_USE_NULLABLE = JavaFileObjects.forSourceString("org.jspecify.Nullable",
      "package org.jspecify;\n"
          + "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)\n"
          + "public @interface Nullable {}\n");

  @Test
  void aSetterThatDiffersFromItsGetterByBoxingIsReportedOnTheSetter() {
    JavaFileObject person = source("Person",
        "@Entity",
        "@Key(pk = \"PERSON#<id>\", sk = \"AGE#<age>\")",
        "public class Person {",
        "  private String id;",
        "  private int age;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  public int getAge() { return age; }",
        "  public void setAge(Integer age) { this.age = age; }",
        "}");

    Compilation compilation = compile(shop("Person.class"), person);

    assertThat(compilation).hadErrorContaining("[SingletableAccessorTypeMismatch] Setter setAge(java.lang.Integer) of"
            + " Person does not take the type its getter getAge() returns, int, so age is no property and would not be"
            + " stored. Declare both with int, or both with java.lang.Integer if the attribute may be missing.")
        .inFile(person).onLineContaining("public void setAge(Integer age)");
    assertThat(compilation).hadErrorCount(1); // and not also "<age> names no property"
  }

  @Test
  void aNullablePrimitiveIsReportedOnTheProperty() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId,",
        "    @Nullable int age) {}");

    assertThat(compile(shop("User.class"), NULLABLE, user))
        .hadErrorContaining("[SingletableNullablePrimitive] Property age of User is annotated @Nullable but has the"
            + " primitive type int, which cannot be null: a missing attribute would read as 0. Use Integer, or remove"
            + " @Nullable.")
        .inFile(user).onLineContaining("@Nullable int age");
  }

  @Test
  void aNullablePlaceholderOfThePrimaryKeyIsReportedOnTheTemplate() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(@Nullable String userId) {}");

    assertThat(compile(shop("User.class"), NULLABLE, user))
        .hadErrorContaining("[SingletableNullablePrimaryKey] Placeholder <userId> of the primary key template"
            + " \"USER#<userId>\" names property userId of User, which is annotated @Nullable, but a primary key value"
            + " can never be null.")
        .inFile(user).onLineContaining("@Key(pk = \"USER#<userId>\"");
  }

  @Test
  void aTypeUseNullableCountsToo() {
    JavaFileObject order = source("Order",
        "import org.jspecify.Nullable;",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<orderId>\")",
        "public record Order(String userId, @Nullable String orderId) {}");

    assertThat(compile(shop("Order.class"), TYPE_USE_NULLABLE, order))
        .hadErrorContaining("[SingletableNullablePrimaryKey] Placeholder <orderId>")
        .inFile(order).onLineContaining("@Key(pk = \"USER#<userId>\", sk = \"ORDER#<orderId>\")");
  }

  @Test
  void aNullablePlaceholderOfAnIndexKeyMakesASparseIndex() {
    JavaFileObject order = source("Order",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<orderId>\")",
        "@Key(index = \"GSI2\", pk = \"FLAGGED\", sk = \"<flaggedAt>#<orderId>\")",
        "public record Order(String userId, String orderId, @Nullable Instant flaggedAt) {}");

    assertThat(compile(shop("Order.class"), NULLABLE, order)).succeededWithoutWarnings();
  }
}
