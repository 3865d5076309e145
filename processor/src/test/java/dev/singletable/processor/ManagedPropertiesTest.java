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
import org.junit.jupiter.api.Test;

/**
 * {@code @Version}, {@code @Ttl}, {@code @CreatedAt} and {@code @UpdatedAt}: what the generated
 * schema says of them, and every mistake in declaring them.
 */
class ManagedPropertiesTest {

  @Test
  void theGeneratedSchemaNamesEachManagedAttributeAndStoresAnInstantTtlAsEpochSeconds() throws IOException {
    JavaFileObject session = entity("Session",
        "String sessionId, @Version long version, @Ttl Instant expiresAt, @CreatedAt Instant createdAt,"
            + " @UpdatedAt Instant updatedAt",
        "@Key(pk = \"SESSION#<sessionId>\", sk = \"METADATA\")");

    Compilation compilation = compile(shop("Session.class"), session);

    assertThat(compilation).succeededWithoutWarnings();
    String schema = compilation.generatedSourceFile("test.SessionSchema").orElseThrow().getCharContent(true).toString();
    assertThat(schema).contains("VERSION_ATTRIBUTE = Optional.of(\"version\")", "TTL_ATTRIBUTE = Optional.of(\"expiresAt\")",
        "CREATED_AT_ATTRIBUTE = Optional.of(\"createdAt\")", "UPDATED_AT_ATTRIBUTE = Optional.of(\"updatedAt\")",
        "public Optional<String> versionAttribute()", "InstantAsEpochSecondsConverter.INSTANCE");
    String update = compilation.generatedSourceFile("test.SessionUpdate").orElseThrow().getCharContent(true).toString();
    assertThat(update).contains("expiresAt(").doesNotContain(" version(", " createdAt(", " updatedAt(");
  }

  @Test
  void aBeanPropertyCanBeAnnotatedOnItsField() {
    JavaFileObject account = source("Account",
        "@Entity",
        "@Key(pk = \"ACCOUNT#<id>\", sk = \"BALANCE\")",
        "public class Account {",
        "  private String id;",
        "  @Version private Long version;",
        "  public String getId() { return id; }",
        "  public void setId(String id) { this.id = id; }",
        "  public Long getVersion() { return version; }",
        "  public void setVersion(Long version) { this.version = version; }",
        "}");

    assertThat(compile(shop("Account.class"), account)).succeededWithoutWarnings();
  }

  @Test
  void aManagedPropertyOfAWrongTypeIsReportedOnItsAnnotation() {
    JavaFileObject account = entity("Account", "String id, @Version String version, @Ttl int expires,"
        + " @CreatedAt long created",
        "@Key(pk = \"ACCOUNT#<id>\", sk = \"BALANCE\")");

    Compilation compilation = compile(shop("Account.class"), account);

    assertThat(compilation).hadErrorContaining("[SingletableManagedPropertyType] @Version property version of Account"
            + " has type java.lang.String. Use int, long, Integer or Long.")
        .inFile(account).onLineContaining("public record Account(");
    assertThat(compilation).hadErrorContaining("[SingletableManagedPropertyType] @Ttl property expires of Account has"
        + " type int. Use Instant, or long (or Long) epoch seconds");
    assertThat(compilation).hadErrorContaining("[SingletableManagedPropertyType] @CreatedAt property created of Account"
        + " has type long. Use Instant.");
  }

  @Test
  void twoVersionsAreReportedOnTheSecond() {
    JavaFileObject account = source("Account",
        "@Entity",
        "@Key(pk = \"ACCOUNT#<id>\", sk = \"BALANCE\")",
        "public record Account(String id,",
        "    @Version long version,",
        "    @Version long revision) {}");

    assertThat(compile(shop("Account.class"), account))
        .hadErrorContaining("[SingletableRepeatedManagedProperty] Account has @Version on both version and revision."
            + " An entity has at most one @Version property")
        .inFile(account).onLineContaining("@Version long revision");
  }

  @Test
  void onePropertyWithTwoManagedAnnotationsIsReported() {
    JavaFileObject account = source("Account",
        "@Entity",
        "@Key(pk = \"ACCOUNT#<id>\", sk = \"BALANCE\")",
        "public record Account(String id,",
        "    @CreatedAt @UpdatedAt Instant stamp) {}");

    assertThat(compile(shop("Account.class"), account))
        .hadErrorContaining("[SingletableManagedPropertiesClash] Property stamp of Account is annotated both @CreatedAt"
            + " and @UpdatedAt")
        .inFile(account).onLineContaining("Instant stamp");
  }

  @Test
  void aVersionOrTimestampInAKeyTemplateIsReported() {
    JavaFileObject event = source("Event",
        "@Entity",
        "@Key(pk = \"EVENT#<id>\", sk = \"V#<version>\")",
        "@Key(index = \"GSI1\", pk = \"EVENTS\", sk = \"<createdAt>#<id>\")",
        "public record Event(String id,",
        "    @Version long version,",
        "    @CreatedAt Instant createdAt) {}");

    Compilation compilation = compile(shop("Event.class"), event);

    assertThat(compilation).hadErrorContaining("[SingletableManagedPlaceholder] @Version property version of Event is"
            + " placeholder <version> of @Key template \"V#<version>\", but singletable changes its value on writes")
        .inFile(event).onLineContaining("@Version long version");
    assertThat(compilation).hadErrorContaining("[SingletableManagedPlaceholder] @CreatedAt property createdAt of Event"
            + " is placeholder <createdAt> of @Key template \"<createdAt>#<id>\"")
        .inFile(event).onLineContaining("@CreatedAt Instant createdAt");
  }

  @Test
  void aTtlMayBeAKeyPlaceholder() {
    JavaFileObject token = entity("Token", "String id, @Ttl Instant expiresAt",
        "@Key(pk = \"TOKEN#<id>\", sk = \"METADATA\")",
        "@Key(index = \"GSI1\", pk = \"TOKENS\", sk = \"<expiresAt>#<id>\")");

    assertThat(compile(shop("Token.class"), token)).succeededWithoutWarnings();
  }

  @Test
  void entitiesOfATableWithTtlsOfDifferentNamesAreReported() {
    JavaFileObject session = entity("Session", "String id, @Ttl Instant expiresAt",
        "@Key(pk = \"SESSION#<id>\", sk = \"METADATA\")");
    JavaFileObject token = entity("Token", "String id, @Ttl long ttl", "@Key(pk = \"TOKEN#<id>\", sk = \"METADATA\")");

    assertThat(compile(shop("Session.class", "Token.class"), session, token))
        .hadErrorContaining("[SingletableTtlAttributes] @Ttl property ttl of Token is named unlike @Ttl property"
            + " expiresAt of Session, but table shop can expire items by one attribute only")
        .inFile(token).onLineContaining("public record Token(");
  }

  @Test
  void aPropertyNamedLikeTheTtlAttributeWithoutTtlIsReported() {
    JavaFileObject session = entity("Session", "String id, @Ttl long expiresAt",
        "@Key(pk = \"SESSION#<id>\", sk = \"METADATA\")");
    JavaFileObject coupon = entity("Coupon", "String id, long expiresAt", "@Key(pk = \"COUPON#<id>\", sk = \"METADATA\")");

    assertThat(compile(shop("Session.class", "Coupon.class"), session, coupon))
        .hadErrorContaining("[SingletableUnmarkedTtlAttribute] Property expiresAt of Coupon has the name of the TTL"
            + " attribute of table shop (@Ttl Session.expiresAt) without being @Ttl, so DynamoDB would delete Coupon"
            + " items by its value.")
        .inFile(coupon).onLineContaining("public record Coupon(");
  }
}
