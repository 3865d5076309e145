package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.shop;
import static dev.singletable.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Mistakes of stored names, ignored properties and converters: each reported on the property
 * (and annotation) at fault, naming it and how to fix it.
 */
class ModelDiagnosticsTest {

  /** A converter of strings with a public static final INSTANCE. */
  private static final JavaFileObject UPPER = source("Upper",
      "import software.amazon.awssdk.enhanced.dynamodb.*;",
      "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
      "public final class Upper implements AttributeConverter<String> {",
      "  public static final Upper INSTANCE = new Upper();",
      "  public AttributeValue transformFrom(String s) { return AttributeValue.fromS(s.toUpperCase()); }",
      "  public String transformTo(AttributeValue v) { return v.s(); }",
      "  public EnhancedType<String> type() { return EnhancedType.of(String.class); }",
      "  public AttributeValueType attributeValueType() { return AttributeValueType.S; }",
      "}");

  @Test
  void anEmptyAttributeNameIsReportedOnTheAnnotation() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId,",
        "    @AttributeName(\"\") String name) {}");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableInvalidAttributeName] @AttributeName of property name of User is empty.")
        .inFile(user).onLineContaining("@AttributeName(\"\")");
  }

  @Test
  void aNameOfTheTablesOwnAttributesIsReported() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId,",
        "    @AttributeName(\"entityType\") String kind) {}");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableAttributeNameReserved] Property kind of User is stored as attribute"
            + " \"entityType\" (@AttributeName), which is the table's type attribute, written by singletable itself.")
        .inFile(user).onLineContaining("@AttributeName(\"entityType\")");
  }

  @Test
  void aPropertyNamedLikeAKeyAttributeIsFineWhenStoredUnderAnotherName() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId, @AttributeName(\"pk\") String PK) {}");

    assertThat(compile(shop("User.class"), user)).succeededWithoutWarnings();
  }

  @Test
  void twoPropertiesStoredUnderOneNameAreReportedOnTheSecond() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId, String email,",
        "    @AttributeName(\"email\") String mail) {}");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableDuplicateAttributeName] Properties email and mail of User are both stored as"
            + " attribute \"email\", so one would overwrite the other.")
        .inFile(user).onLineContaining("@AttributeName(\"email\") String mail");
  }

  @Test
  void aTransientPropertyWithAStoredPropertysAnnotationIsReported() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId,",
        "    @Transient @AttributeName(\"x\") String cache) {}");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableTransientAndStored] Property cache of User is @Transient but also has"
            + " @AttributeName, which only applies to a stored property.")
        .inFile(user).onLineContaining("@Transient @AttributeName");
  }

  @Test
  void aTransientPropertySingletableWouldWriteIsReported() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId,",
        "    @Transient @Version long version) {}");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableTransientAndStored] Property version of User is @Transient but also has @Version")
        .inFile(user).onLineContaining("@Transient @Version");
  }

  @Test
  void ttlPropertiesStoredUnderOneAttributeNameShareTheTablesTtlAttribute() {
    JavaFileObject session = source("Session",
        "@Entity",
        "@Key(pk = \"SESSION#<id>\", sk = \"SESSION\")",
        "public record Session(String id, @Ttl @AttributeName(\"expires_at\") Instant expiresAt) {}");
    JavaFileObject token = source("Token",
        "@Entity",
        "@Key(pk = \"TOKEN#<id>\", sk = \"TOKEN\")",
        "public record Token(String id, @Ttl @AttributeName(\"expires_at\") long until) {}");

    Compilation compilation = compile(shop("Session.class", "Token.class"), session, token);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.TokenSchema").contentsAsUtf8String()
        .contains("TTL_ATTRIBUTE = Optional.of(\"expires_at\")");
  }

  @Test
  void aTransientPlaceholderIsReportedOnTheTemplate() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"AT#<at>\")",
        "public record User(String userId, @Transient Instant at) {}");

    Compilation compilation = compile(shop("User.class"), user);

    assertThat(compilation)
        .hadErrorContaining("[SingletableTransientPlaceholder] Placeholder <at> of @Key template \"AT#<at>\" names"
            + " property at of User, which is @Transient, so an item would not store the value its key is made of.")
        .inFile(user).onLineContaining("sk = \"AT#<at>\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aConverterThatCannotBeCreatedIsReported() {
    JavaFileObject hidden = source("Hidden",
        "import software.amazon.awssdk.enhanced.dynamodb.*;",
        "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
        "public final class Hidden implements AttributeConverter<String> {",
        "  private Hidden() {}",
        "  public AttributeValue transformFrom(String s) { return AttributeValue.fromS(s); }",
        "  public String transformTo(AttributeValue v) { return v.s(); }",
        "  public EnhancedType<String> type() { return EnhancedType.of(String.class); }",
        "  public AttributeValueType attributeValueType() { return AttributeValueType.S; }",
        "}");
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId,",
        "    @Convert(Hidden.class) String name) {}");

    assertThat(compile(shop("User.class"), hidden, user))
        .hadErrorContaining("[SingletableConverterShape] @Convert(Hidden.class) on property name of User: the converter"
            + " has neither a public static final INSTANCE field of its type nor a public no-argument constructor.")
        .inFile(user).onLineContaining("@Convert(Hidden.class)");
  }

  @Test
  void anInnerConverterClassIsReported() {
    JavaFileObject user = source("User",
        "import software.amazon.awssdk.enhanced.dynamodb.*;",
        "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId,",
        "    @Convert(User.Inner.class) String name) {",
        "  public class Inner implements AttributeConverter<String> {",
        "    public AttributeValue transformFrom(String s) { return AttributeValue.fromS(s); }",
        "    public String transformTo(AttributeValue v) { return v.s(); }",
        "    public EnhancedType<String> type() { return EnhancedType.of(String.class); }",
        "    public AttributeValueType attributeValueType() { return AttributeValueType.S; }",
        "  }",
        "}");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableConverterShape] @Convert(Inner.class) on property name of User: the converter"
            + " is an inner class; make it static.")
        .inFile(user).onLineContaining("@Convert(User.Inner.class)");
  }

  @Test
  void aConverterOfAnotherTypeIsReported() {
    JavaFileObject user = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "public record User(String userId,",
        "    @Convert(Upper.class) Integer age) {}");

    assertThat(compile(shop("User.class"), UPPER, user))
        .hadErrorContaining("[SingletableConverterType] @Convert(Upper.class) on property age of User converts"
            + " java.lang.String, but the property has type java.lang.Integer. Use an AttributeConverter<java.lang.Integer>.")
        .inFile(user).onLineContaining("@Convert(Upper.class) Integer age");
  }

  @Test
  void aConvertedPlaceholderOfAKeyTypeIsFineAndOfAnotherTypeIsReported() {
    JavaFileObject fine = source("User",
        "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"PROFILE\")",
        "@Key(index = \"GSI1\", pk = \"EMAIL#<email>\", sk = \"PROFILE\")",
        "public record User(String userId, @Convert(Upper.class) String email) {}");
    assertThat(compile(shop("User.class"), UPPER, fine)).succeededWithoutWarnings();

    JavaFileObject money = source("Money", "public record Money(long cents, String currency) {}");
    JavaFileObject moneyConverter = source("MoneyConverter",
        "import software.amazon.awssdk.enhanced.dynamodb.*;",
        "import software.amazon.awssdk.services.dynamodb.model.AttributeValue;",
        "public final class MoneyConverter implements AttributeConverter<Money> {",
        "  public AttributeValue transformFrom(Money m) { return AttributeValue.fromS(m.cents() + m.currency()); }",
        "  public Money transformTo(AttributeValue v) { return new Money(0, v.s()); }",
        "  public EnhancedType<Money> type() { return EnhancedType.of(Money.class); }",
        "  public AttributeValueType attributeValueType() { return AttributeValueType.S; }",
        "}");
    JavaFileObject order = source("Order",
        "@Entity",
        "@Key(pk = \"ORDER#<orderId>\", sk = \"TOTAL#<total>\")",
        "public record Order(String orderId, @Convert(MoneyConverter.class) Money total) {}");
    assertThat(compile(shop("Order.class"), money, moneyConverter, order))
        .hadErrorContaining("[SingletableUnsupportedPlaceholderType] Placeholder <total> of @Key template"
            + " \"TOTAL#<total>\" has type test.Money, which keys cannot render in order.")
        .inFile(order).onLineContaining("sk = \"TOTAL#<total>\"");
  }
}
