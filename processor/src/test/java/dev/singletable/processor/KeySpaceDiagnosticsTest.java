package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.entity;
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
    JavaFileObject order = entity("Order", "String userId, String orderId",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<orderId>\")");
    JavaFileObject refund = entity("Refund", "String userId, String refundId",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<refundId>\")");

    assertThat(compile(shop("Order.class", "Refund.class"), order, refund))
        .hadErrorContaining("[SingletableKeyCollision] Order and Refund can render the same key on the table:"
            + " PK = \"USER#a\", SK = \"ORDER#a\" for Order(userId = \"a\", orderId = \"a\") and"
            + " Refund(userId = \"a\", refundId = \"a\"). Items of one would overwrite items of the other.")
        .inFile(refund).onLineContaining("ORDER#<refundId>");
  }

  @Test
  void aStringCanRenderWhatAnIntRenders() {
    JavaFileObject order = entity("Order", "String userId, int number",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<number>\")");
    JavaFileObject refund = entity("Refund", "String userId, String code",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<code>\")");

    assertThat(compile(shop("Order.class", "Refund.class"), order, refund))
        .hadErrorContaining("SK = \"ORDER#0000000000\" for Order(userId = \"a\", number = 0) and"
            + " Refund(userId = \"a\", code = \"0000000000\")")
        .inFile(refund).onLineContaining("ORDER#<code>");
  }

  @Test
  void typesThatRenderDifferentlyNeverCollide() {
    JavaFileObject order = entity("Order", "String userId, int number",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<number>\")");
    JavaFileObject refund = entity("Refund", "String userId, LocalDate day",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<day>\")");

    assertThat(compile(shop("Order.class", "Refund.class"), order, refund)).hadErrorCount(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PENDING ACTIVE, true", "PENDING SHIPPED, false"})
  void anEnumCollidesWithALiteralOnlyWhenTheLiteralIsOneOfItsConstants(String constants, boolean collides) {
    JavaFileObject status = source("Status", "public enum Status { " + constants.replace(' ', ',') + " }");
    JavaFileObject order = entity("Order", "String userId, String orderId, Status status",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<orderId>\")",
        "@Key(index = \"GSI1\", pk = \"STATUS#<status>\", sk = \"X#<orderId>\")");
    JavaFileObject promo = entity("Promo", "String code",
        "@Key(pk = \"PROMO#<code>\", sk = \"PROMO\")",
        "@Key(index = \"GSI1\", pk = \"STATUS#ACTIVE\", sk = \"X#<code>\")");

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
    JavaFileObject order = entity("Order", "String userId, String orderId, long total",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<orderId>\")",
        "@Key(index = \"LSI1\", sk = \"AMOUNT#<total>\")");
    JavaFileObject refund = entity("Refund", "String userId, String refundId, long amount",
        "@Key(pk = \"USER#<userId>\", sk = \"REFUND#<refundId>\")",
        "@Key(index = \"LSI1\", sk = \"AMOUNT#<amount>\")");

    assertThat(compile(shop("Order.class", "Refund.class"), order, refund))
        .hadErrorContaining("Order and Refund can render the same key on index LSI1: PK = \"USER#a\","
            + " LSI1SK = \"AMOUNT#0000000000000000000\"")
        .inFile(refund).onLineContaining("AMOUNT#<amount>");
  }

  @Test
  void aValueInBothKeysMustMatchBothAtOnce() {
    // Each key alone can match (id spells an int, or a date), both at once cannot.
    JavaFileObject user = entity("User", "String id",
        "@Key(pk = \"X#<id>\", sk = \"X#<id>\")");
    JavaFileObject other = entity("Other", "int n, LocalDate day",
        "@Key(pk = \"X#<n>\", sk = \"X#<day>\")");

    assertThat(compile(shop("User.class", "Other.class"), user, other)).hadErrorCount(0);
  }

  @Test
  void anAdjacencyListCollidesWithItsNodesWhenAnEdgePointsAtItself() {
    JavaFileObject user = entity("User", "String id",
        "@Key(pk = \"USER#<id>\", sk = \"USER#<id>\")");
    JavaFileObject follow = entity("Follow", "String follower, String followee",
        "@Key(pk = \"USER#<follower>\", sk = \"USER#<followee>\")");

    assertThat(compile(shop("User.class", "Follow.class"), user, follow))
        .hadErrorContaining("PK = \"USER#a\", SK = \"USER#a\" for User(id = \"a\") and"
            + " Follow(follower = \"a\", followee = \"a\")")
        .inFile(follow).onLineContaining("USER#<followee>");
  }

  @Test
  void aPrefixThatAlsoMatchesAnotherEntitysKeysIsAWarningOnBoth() {
    JavaFileObject order = entity("Order", "String userId, LocalDate date, String orderId",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<date>#<orderId>\")");
    JavaFileObject note = entity("Note", "String userId, LocalDate date, String orderId, String noteId",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<date>#<orderId>#NOTE#<noteId>\")");

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
  void anIntendedOverlapIsAcknowledgedWithSuppressWarningsOnTheEntity() {
    JavaFileObject order = entity("Order", "String userId, LocalDate date, String orderId",
        "@SuppressWarnings(\"SingletablePrefixOverlap\")",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<date>#<orderId>\")");
    JavaFileObject note = entity("Note", "String userId, LocalDate date, String orderId, String noteId",
        "@SuppressWarnings({\"unchecked\", \"SingletableUnorderedSuffix\"})", // another id: still reported
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<date>#<orderId>#NOTE#<noteId>\")");

    Compilation compilation = compile(shop("Order.class", "Note.class"), order, note);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[SingletablePrefixOverlap] NoteKeys.skPrefix()")
        .inFile(note).onLineContaining("NOTE#<noteId>");
  }

  @Test
  void aPrefixThatEndsInsideASegmentStillOverlaps() {
    JavaFileObject order = entity("Order", "String userId, int version",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#v<version>\")");
    JavaFileObject vip = entity("Vip", "String userId",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#vip\")");

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
    JavaFileObject event = entity("Event", "String eventId, Instant at",
        "@Key(pk = \"EVENT#<eventId>\", sk = \"EVENT\")",
        "@Key(index = \"GSI1\", pk = \"FEED\", sk = \"<at>#<eventId>\")");
    JavaFileObject post = entity("Post", "String slug, Instant publishedAt",
        "@Key(pk = \"POST#<slug>\", sk = \"POST\")",
        "@Key(index = \"GSI1\", pk = \"FEED\", sk = \"<publishedAt>\")");

    assertThat(compile(shop("Event.class", "Post.class"), event, post)).succeededWithoutWarnings();
  }

  @Test
  void aFeedSharedByEntitiesThatALiteralTellsApartIsFine() {
    // The empty skPrefix() of a key that starts with a value reads the whole partition: not an overlap.
    JavaFileObject event = entity("Event", "String eventId, Instant at",
        "@Key(pk = \"EVENT#<eventId>\", sk = \"EVENT\")",
        "@Key(index = \"GSI1\", pk = \"FEED\", sk = \"<at>#EVENT#<eventId>\")");
    JavaFileObject post = entity("Post", "String slug, Instant at",
        "@Key(pk = \"POST#<slug>\", sk = \"POST\")",
        "@Key(index = \"GSI1\", pk = \"FEED\", sk = \"<at>#POST#<slug>\")");

    assertThat(compile(shop("Event.class", "Post.class"), event, post)).succeededWithoutWarnings();
  }
}
