package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.shop;
import static dev.singletable.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two entities whose keys can be equal on the table or an index are an error on the second one's
 * {@code @Key}, with an example; a prefix whose range also holds another entity's keys is a
 * warning on the prefix's {@code @Key}.
 */
class KeySpaceDiagnosticsTest {

  @Test
  void twoEntitiesWithTheSameKeyShapeCollideOnTheTable() {
    JavaFileObject order = source("Order", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<orderId>\")",
        "public record Order(String userId, String orderId) {}");
    JavaFileObject refund = source("Refund", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<refundId>\")",
        "public record Refund(String userId, String refundId) {}");

    assertThat(compile(shop("Order.class", "Refund.class"), order, refund))
        .hadErrorContaining("[SingletableKeyCollision] Order and Refund can render the same key on the table:"
            + " PK = \"USER#a\", SK = \"ORDER#a\" for Order(userId = \"a\", orderId = \"a\") and"
            + " Refund(userId = \"a\", refundId = \"a\"). Items of one would overwrite items of the other.")
        .inFile(refund).onLineContaining("ORDER#<refundId>");
  }

  @Test
  void aStringCanRenderWhatAnIntRenders() {
    JavaFileObject order = source("Order", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<number>\")",
        "public record Order(String userId, int number) {}");
    JavaFileObject refund = source("Refund", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<code>\")",
        "public record Refund(String userId, String code) {}");

    assertThat(compile(shop("Order.class", "Refund.class"), order, refund))
        .hadErrorContaining("SK = \"ORDER#0000000000\" for Order(userId = \"a\", number = 0) and"
            + " Refund(userId = \"a\", code = \"0000000000\")")
        .inFile(refund).onLineContaining("ORDER#<code>");
  }

  @Test
  void typesThatRenderDifferentlyNeverCollide() {
    JavaFileObject order = source("Order", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<number>\")",
        "public record Order(String userId, int number) {}");
    JavaFileObject refund = source("Refund", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<day>\")",
        "public record Refund(String userId, LocalDate day) {}");

    assertThat(compile(shop("Order.class", "Refund.class"), order, refund)).hadErrorCount(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PENDING ACTIVE, true", "PENDING SHIPPED, false"})
  void anEnumCollidesWithALiteralOnlyWhenTheLiteralIsOneOfItsConstants(String constants, boolean collides) {
    JavaFileObject status = source("Status", "public enum Status { " + constants.replace(' ', ',') + " }");
    JavaFileObject order = source("Order", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<orderId>\")",
        "@Key(index = \"GSI1\", pk = \"STATUS#<status>\", sk = \"X#<orderId>\")",
        "public record Order(String userId, String orderId, Status status) {}");
    JavaFileObject promo = source("Promo", "@Entity", "@Key(pk = \"PROMO#<code>\", sk = \"PROMO\")",
        "@Key(index = \"GSI1\", pk = \"STATUS#ACTIVE\", sk = \"X#<code>\")",
        "public record Promo(String code) {}");

    Compilation compilation = compile(shop("Order.class", "Promo.class"), status, order, promo);

    if (collides) {
      assertThat(compilation).hadErrorContaining("[SingletableKeyCollision] Order and Promo can render the same key on"
              + " index GSI1: GSI1PK = \"STATUS#ACTIVE\", GSI1SK = \"X#a\" for Order(status = \"ACTIVE\", orderId = \"a\")"
              + " and Promo(code = \"a\"). The index would hold items of both under that key")
          .inFile(promo).onLineContaining("STATUS#ACTIVE");
    } else {
      assertThat(compilation).succeededWithoutWarnings();
    }
  }

  @Test
  void anLsiKeyIncludesTheTablesPartitionKey() {
    JavaFileObject order = source("Order", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<orderId>\")",
        "@Key(index = \"LSI1\", sk = \"AMOUNT#<total>\")",
        "public record Order(String userId, String orderId, long total) {}");
    JavaFileObject refund = source("Refund", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"REFUND#<refundId>\")",
        "@Key(index = \"LSI1\", sk = \"AMOUNT#<amount>\")",
        "public record Refund(String userId, String refundId, long amount) {}");

    assertThat(compile(shop("Order.class", "Refund.class"), order, refund))
        .hadErrorContaining("Order and Refund can render the same key on index LSI1: PK = \"USER#a\","
            + " LSI1SK = \"AMOUNT#0000000000000000000\"")
        .inFile(refund).onLineContaining("AMOUNT#<amount>");
  }

  @Test
  void aValueInBothKeysMustMatchBothAtOnce() {
    // Each key alone can match (id spells an int, or a date), both at once cannot.
    JavaFileObject user = source("User", "@Entity", "@Key(pk = \"X#<id>\", sk = \"X#<id>\")",
        "public record User(String id) {}");
    JavaFileObject other = source("Other", "@Entity", "@Key(pk = \"X#<n>\", sk = \"X#<day>\")",
        "public record Other(int n, LocalDate day) {}");

    assertThat(compile(shop("User.class", "Other.class"), user, other)).hadErrorCount(0);
  }

  @Test
  void anAdjacencyListCollidesWithItsNodesWhenAnEdgePointsAtItself() {
    JavaFileObject user = source("User", "@Entity", "@Key(pk = \"USER#<id>\", sk = \"USER#<id>\")",
        "public record User(String id) {}");
    JavaFileObject follow = source("Follow", "@Entity", "@Key(pk = \"USER#<follower>\", sk = \"USER#<followee>\")",
        "public record Follow(String follower, String followee) {}");

    assertThat(compile(shop("User.class", "Follow.class"), user, follow))
        .hadErrorContaining("PK = \"USER#a\", SK = \"USER#a\" for User(id = \"a\") and"
            + " Follow(follower = \"a\", followee = \"a\")")
        .inFile(follow).onLineContaining("USER#<followee>");
  }

  @Test
  void aPrefixThatAlsoMatchesAnotherEntitysKeysIsAWarningOnBoth() {
    JavaFileObject order = source("Order", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<date>#<orderId>\")",
        "public record Order(String userId, LocalDate date, String orderId) {}");
    JavaFileObject note = source("Note", "@Entity",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<date>#<orderId>#NOTE#<noteId>\")",
        "public record Note(String userId, LocalDate date, String orderId, String noteId) {}");

    Compilation compilation = compile(shop("Order.class", "Note.class"), order, note);

    assertThat(compilation).hadWarningContaining("[SingletablePrefixOverlap] OrderKeys.skPrefix() (\"ORDER#\"),"
            + " OrderKeys.skPrefix(date) (\"ORDER#<date>#\") on the table also matches keys of Note in the same"
            + " partition, such as PK = \"USER#a\", SK = \"ORDER#0000-01-01#a#NOTE#a\" for Note(userId = \"a\","
            + " date = 0000-01-01, orderId = \"a\", noteId = \"a\"): a query of Order by that prefix reads those items"
            + " too and filters them out, paying for their read capacity. If that is not intended, start the sort keys"
            + " of Note with other literal text.")
        .inFile(order).onLineContaining("ORDER#<date>#<orderId>\")");
    assertThat(compilation).hadWarningContaining("NoteKeys.skPrefix() (\"ORDER#\"), NoteKeys.skPrefix(date)")
        .inFile(note).onLineContaining("NOTE#<noteId>");
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation).succeeded();
  }

  @Test
  void aPrefixThatEndsInsideASegmentStillOverlaps() {
    JavaFileObject order = source("Order", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"ORDER#v<version>\")",
        "public record Order(String userId, int version) {}");
    JavaFileObject vip = source("Vip", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"ORDER#vip\")",
        "public record Vip(String userId) {}");

    assertThat(compile(shop("Order.class", "Vip.class"), order, vip))
        .hadWarningContaining("[SingletablePrefixOverlap] OrderKeys.skPrefix() (\"ORDER#v\") on the table also matches"
            + " keys of Vip in the same partition, such as PK = \"USER#a\", SK = \"ORDER#vip\" for Vip(userId = \"a\"):"
            + " a query of Order by that prefix reads those items too")
        .inFile(order).onLineContaining("ORDER#v<version>");
  }

  @Test
  void aFeedOrderedByTimeAcrossEntitiesIsNotAnOverlap() {
    // Event's coarse prefixes (gsi1SkPrefix(LocalDate at)...) range over time alone, across
    // entities: that is what a feed is for.
    JavaFileObject event = source("Event", "@Entity", "@Key(pk = \"EVENT#<eventId>\", sk = \"EVENT\")",
        "@Key(index = \"GSI1\", pk = \"FEED\", sk = \"<at>#<eventId>\")",
        "public record Event(String eventId, Instant at) {}");
    JavaFileObject post = source("Post", "@Entity", "@Key(pk = \"POST#<slug>\", sk = \"POST\")",
        "@Key(index = \"GSI1\", pk = \"FEED\", sk = \"<publishedAt>\")",
        "public record Post(String slug, Instant publishedAt) {}");

    assertThat(compile(shop("Event.class", "Post.class"), event, post)).succeededWithoutWarnings();
  }

  @Test
  void aFeedSharedByEntitiesThatALiteralTellsApartIsFine() {
    // The empty skPrefix() of a key that starts with a value reads the whole partition: not an overlap.
    JavaFileObject event = source("Event", "@Entity", "@Key(pk = \"EVENT#<eventId>\", sk = \"EVENT\")",
        "@Key(index = \"GSI1\", pk = \"FEED\", sk = \"<at>#EVENT#<eventId>\")",
        "public record Event(String eventId, Instant at) {}");
    JavaFileObject post = source("Post", "@Entity", "@Key(pk = \"POST#<slug>\", sk = \"POST\")",
        "@Key(index = \"GSI1\", pk = \"FEED\", sk = \"<at>#POST#<slug>\")",
        "public record Post(String slug, Instant at) {}");

    assertThat(compile(shop("Event.class", "Post.class"), event, post)).succeededWithoutWarnings();
  }
}
