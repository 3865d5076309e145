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
 * Every mistake in a placeholder's format ({@code <createdAt:iso-millis>}) is an error on its
 * template; a format that gives up the order of sort keys is a warning with two values that show
 * it, suppressible on the entity.
 */
class KeyFormatDiagnosticsTest {

  private static final String COMPONENTS =
      "String userId, Instant at, int n, long big, String name, Status status, LocalDate day";

  private static JavaFileObject status(String constants) {
    return source("Status", "public enum Status { " + constants + " }");
  }

  private static JavaFileObject order(String... keys) {
    return entity("Order", COMPONENTS, keys);
  }

  @Test
  void aDesignOfEveryFormatCompilesWithoutWarnings() {
    JavaFileObject order = order(
        "@Key(pk = \"USER#<userId:raw>\", sk = \"#ORDER#<at:iso-millis>#<n:padded(4)>#<name:raw>\")",
        "@Key(index = \"GSI1\", pk = \"STATUS#<status:spelled>\", sk = \"<big:padded(19)>#<day>\")");
    JavaFileObject event = entity("Event", "String userId, Instant at, Instant until, int shard, Status status",
        "@Key(pk = \"EVENT#<userId>\", sk = \"E#<at:epoch-millis(13)>#<until:epoch-seconds(10)>#<status:lower>\")",
        "@Key(index = \"GSI1\", pk = \"SHARD#<shard:unpadded>\", sk = \"E#<at:epoch-millis(13)>\")");

    assertThat(compile(shop("Order.class", "Event.class"), order, event,
        status("@KeySpelling(\"p\") PENDING, @KeySpelling(\"in transit\") SHIPPED"))).succeededWithoutWarnings();
  }

  @Test
  void aFormatNotWrittenAsANameIsASyntaxError() {
    JavaFileObject order = order("@Key(pk = \"USER#<userId>\", sk = \"ORDER#<at:Iso>\")");

    assertThat(compile(shop("Order.class"), order, status("A")))
        .hadErrorContaining("[SingletableInvalidFormat] Key template \"ORDER#<at:Iso>\" is malformed at index 10:"
            + " \"Iso\" is not a format: a format is a lower-case name such as iso-millis, optionally followed by a"
            + " width in parentheses such as padded(6).")
        .inFile(order).onLineContaining("ORDER#<at:Iso>");
  }

  @Test
  void anUnknownFormatSaysWhichFormatsTheTypeHas() {
    JavaFileObject order = order("@Key(pk = \"USER#<userId>\", sk = \"ORDER#<at:iso-milis>\")");

    assertThat(compile(shop("Order.class"), order, status("A")))
        .hadErrorContaining("[SingletableUnknownFormat] Placeholder <at> of @Key template \"ORDER#<at:iso-milis>\""
            + " names format \"iso-milis\", which does not exist. Did you mean \"iso-millis\"? Formats of Instant:"
            + " iso-millis, epoch-seconds, epoch-millis.")
        .inFile(order).onLineContaining("ORDER#<at:iso-milis>");
  }

  @Test
  void aFormatOfAnotherTypeSaysWhatItRendersAndWhatFits() {
    JavaFileObject order = order("@Key(pk = \"USER#<userId:iso-millis>\", sk = \"ORDER#<day:raw>\")");

    Compilation compilation = compile(shop("Order.class"), order, status("A"));

    assertThat(compilation)
        .hadErrorContaining("[SingletableFormatTypeMismatch] Placeholder <userId> of @Key template"
            + " \"USER#<userId:iso-millis>\" names format iso-millis, which renders Instant, but property userId is"
            + " String. Formats of String: raw.")
        .inFile(order).onLineContaining("USER#<userId:iso-millis>");
    assertThat(compilation)
        .hadErrorContaining("[SingletableFormatTypeMismatch] Placeholder <day> of @Key template \"ORDER#<day:raw>\""
            + " names format raw, which renders String, but property day is LocalDate. LocalDate renders in its"
            + " default form only: remove the format.")
        .inFile(order).onLineContaining("ORDER#<day:raw>");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "<n:padded>|format padded needs a width, the number of digits of every value. Write <n:padded(n)> with n from"
          + " 1 to 10.",
      "<n:padded(11)>|width 11 of format padded is not from 1 to 10, the digits of the largest int. Write"
          + " <n:padded(n)> with n from 1 to 10.",
      "<big:padded(0)>|width 0 of format padded is not from 1 to 19, the digits of the largest long.",
      "<at:epoch-seconds(13)>|width 13 of format epoch-seconds is not from 1 to 12, the digits of the largest epoch"
          + " second of the year 9999.",
      "<at:iso-millis(3)>|format iso-millis takes no width. Write <at:iso-millis>.",
      "<n:unpadded(3)>|format unpadded takes no width. Write <n:unpadded>."})
  void aWidthThatDoesNotFitTheFormatIsAnError(String placeholder, String problem) {
    JavaFileObject order = order("@Key(pk = \"USER#<userId>\", sk = \"ORDER#" + placeholder + "\")");

    assertThat(compile(shop("Order.class"), order, status("A")))
        .hadErrorContaining("[SingletableFormatWidth] Placeholder <" + placeholder.substring(1, placeholder.indexOf(':'))
            + "> of @Key template \"ORDER#" + placeholder + "\": " + problem)
        .inFile(order).onLineContaining(placeholder);
  }

  @Test
  void aSpelledEnumNeedsASpellingOnEveryConstant() {
    JavaFileObject order = order("@Key(pk = \"USER#<userId>\", sk = \"S#<status:spelled>\")");

    assertThat(compile(shop("Order.class"), order, status("@KeySpelling(\"p\") PENDING, SHIPPED, LOST")))
        .hadErrorContaining("[SingletableMissingSpelling] Placeholder <status> of @Key template \"S#<status:spelled>\""
            + " spells Status by the @KeySpelling of each constant, but SHIPPED, LOST have none. Annotate every constant"
            + " of Status, such as @KeySpelling(\"shipped\") SHIPPED.")
        .inFile(order).onLineContaining("S#<status:spelled>");
  }

  @Test
  void twoConstantsSpelledAlikeCouldNotBeToldApart() {
    JavaFileObject order = order("@Key(pk = \"USER#<userId>\", sk = \"S#<status:spelled>\")");

    assertThat(compile(shop("Order.class"), order,
        status("@KeySpelling(\"p\") PENDING, @KeySpelling(\"s\") SHIPPED, @KeySpelling(\"p\") PAUSED")))
        .hadErrorContaining("[SingletableDuplicateSpelling] Placeholder <status> of @Key template"
            + " \"S#<status:spelled>\" spells constants PENDING, PAUSED of Status alike, as \"p\", so a key could not"
            + " tell them apart. Give each constant its own @KeySpelling.")
        .inFile(order).onLineContaining("S#<status:spelled>");
  }

  @Test
  void constantsWhoseLowerCaseNamesAreAlikeNeedSpellings() {
    JavaFileObject order = order("@Key(pk = \"USER#<userId>\", sk = \"S#<status:lower>\")");

    assertThat(compile(shop("Order.class"), order, status("PENDING, Pending")))
        .hadErrorContaining("[SingletableDuplicateSpelling] Placeholder <status> of @Key template \"S#<status:lower>\""
            + " spells constants PENDING, Pending of Status alike, as \"pending\", so a key could not tell them apart."
            + " Use format spelled with a @KeySpelling on each constant instead.")
        .inFile(order).onLineContaining("S#<status:lower>");
  }

  @Test
  void aSpellingWithTheDelimiterWouldNotSplitBack() {
    JavaFileObject order = order("@Key(pk = \"USER#<userId>\", sk = \"S#<status:spelled>\")");

    Compilation compilation =
        compile(shop("Order.class"), order, status("@KeySpelling(\"p#1\") PENDING, @KeySpelling(\"\") SHIPPED"));

    assertThat(compilation)
        .hadErrorContaining("[SingletableInvalidSpelling] Placeholder <status> of @Key template \"S#<status:spelled>\""
            + " spells Status.PENDING as \"p#1\", which contains the delimiter '#', so a key holding it would not split"
            + " back into its values. Give it another @KeySpelling.")
        .inFile(order).onLineContaining("S#<status:spelled>");
    assertThat(compilation).hadErrorContaining("spells Status.SHIPPED as \"\", which is empty, so keys would hold an empty value.");
  }

  @Test
  void aLowerCaseNameWithTheDelimiterWouldNotSplitBack() {
    JavaFileObject shop = source("Shop", "@Table(name = \"shop\", entities = {Order.class}, delimiter = \"$\")",
        "public interface Shop {}");
    JavaFileObject order = entity("Order", "String userId, Status status",
        "@Key(pk = \"USER$<userId>\", sk = \"S$<status:lower>\")");

    assertThat(compile(shop, order, status("A$B, C")))
        .hadErrorContaining("[SingletableInvalidSpelling] Placeholder <status> of @Key template \"S$<status:lower>\""
            + " spells Status.A$B as \"a$b\", which contains the delimiter '$'")
        .inFile(order).onLineContaining("S$<status:lower>");
  }

  @Test
  void aPropertyRendersOneWayInEveryKeyOfItsEntity() {
    JavaFileObject order = order("@Key(pk = \"USER#<userId>\", sk = \"ORDER#<at:iso-millis>\")",
        "@Key(index = \"GSI1\", pk = \"ORDERS\", sk = \"<at>#<userId>\")");

    assertThat(compile(shop("Order.class"), order, status("A")))
        .hadErrorContaining("[SingletableFormatConflict] Property at of Order renders as iso-millis in SK template"
            + " \"ORDER#<at:iso-millis>\" but as the default form in GSI1SK template \"<at>#<userId>\". An update"
            + " renders index keys from the values of the primary key, so a property renders one way in every key of"
            + " its entity: give every placeholder <at> the same format.")
        .inFile(order).onLineContaining("<at>#<userId>");
  }

  @Test
  void unpaddedNumbersInASortKeyDoNotSortLikeTheValues() {
    JavaFileObject order = order("@Key(pk = \"USER#<userId>\", sk = \"VIEWS#<n:unpadded>\")");

    assertThat(compile(shop("Order.class"), order, status("A")))
        .hadWarningContaining("[SingletableUnorderedFormat] Sort key template \"VIEWS#<n:unpadded>\" renders <n> as"
            + " unpadded, so its keys do not sort like the values: 9 renders \"9\", which sorts after \"10\" for 10."
            + " Numbers of as many digits (and none negative) still sort; new data sorts with padded(n) or the default"
            + " form. If no two values are like that, acknowledge it with"
            + " @SuppressWarnings(\"SingletableUnorderedFormat\") on the entity.")
        .inFile(order).onLineContaining("VIEWS#<n:unpadded>");
  }

  @Test
  void epochNumbersWithoutAWidthChangeTheirDigitCountIn2001() {
    JavaFileObject order = order("@Key(pk = \"USER#<userId>\", sk = \"AT#<at:epoch-seconds>\")");

    assertThat(compile(shop("Order.class"), order, status("A")))
        .hadWarningContaining("renders <at> as epoch-seconds, so its keys do not sort like the values:"
            + " 2001-09-09T01:46:39Z renders \"999999999\", which sorts after \"1000000000\" for 2001-09-09T01:46:40Z."
            + " Epoch numbers keep one digit count from 2001-09-09 to 2286-11-20; with a width (epoch-seconds(n)) or"
            + " iso-millis they sort always.")
        .inFile(order).onLineContaining("AT#<at:epoch-seconds>");
  }

  @Test
  void aRawStringFollowedByMoreOfTheKeyDoesNotSortLikeTheValues() {
    JavaFileObject order = order("@Key(pk = \"USER#<userId>\", sk = \"NAME#<name:raw>#<n:padded(3)>\")");

    assertThat(compile(shop("Order.class"), order, status("A")))
        .hadWarningContaining("[SingletableUnorderedFormat] Sort key template \"NAME#<name:raw>#<n:padded(3)>\""
            + " renders <name> as raw, so its keys do not sort like the values: \"a\" renders \"a#\", which sorts after"
            + " \"a b#\" for \"a b\". A raw value sorts like the values only where no text follows it: put <name> last"
            + " in the key, or use the default (escaped) form. If no value has a character below '#', acknowledge it"
            + " with @SuppressWarnings(\"SingletableUnorderedFormat\") on the entity.")
        .inFile(order).onLineContaining("NAME#<name:raw>");
  }

  @Test
  void spellingsThatExtendEachOtherWithALowCharacterDoNotSortBeforeTheDelimiter() {
    JavaFileObject order = order("@Key(pk = \"USER#<userId>\", sk = \"S#<status:spelled>#<n:padded(3)>\")");

    assertThat(compile(shop("Order.class"), order,
        status("@KeySpelling(\"paid\") PAID, @KeySpelling(\"paid late\") PAID_LATE")))
        .hadWarningContaining("[SingletableUnorderedFormat] Sort key template \"S#<status:spelled>#<n:padded(3)>\""
            + " renders <status> as spelled, so its keys do not sort like the values: PAID renders \"paid#\", which"
            + " sorts after \"paid late#\" for PAID_LATE. Spell the constants so that none extends another with a"
            + " character below '#', or put <status> last in the key.")
        .inFile(order).onLineContaining("S#<status:spelled>");
  }

  @Test
  void orderWarningsAreForSortKeysAndCanBeAcknowledged() {
    JavaFileObject inPartitionKey = order("@Key(pk = \"VIEWS#<n:unpadded>#<name:raw>\", sk = \"PROFILE\")");
    JavaFileObject acknowledged = source("Order", "@Entity",
        "@SuppressWarnings(\"SingletableUnorderedFormat\") // one-digit shards",
        "@Key(pk = \"USER#<userId>\", sk = \"VIEWS#<n:unpadded>\")",
        "public record Order(" + COMPONENTS + ") {}");

    assertThat(compile(shop("Order.class"), inPartitionKey, status("A"))).succeededWithoutWarnings();
    assertThat(compile(shop("Order.class"), acknowledged, status("A"))).succeededWithoutWarnings();
  }

  @Test
  void rawAndEscapedStringsCanCollideAndTheAnalysisFindsIt() {
    JavaFileObject order = entity("Order", "String userId, String orderId",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<orderId:raw>\")");
    JavaFileObject refund = entity("Refund", "String userId, String code",
        "@Key(pk = \"USER#<userId>\", sk = \"ORDER#<code>\")");

    assertThat(compile(shop("Order.class", "Refund.class"), order, refund))
        .hadErrorContaining("[SingletableKeyCollision] Order and Refund can render the same key on the table:"
            + " PK = \"USER#a\", SK = \"ORDER#a\"")
        .inFile(refund).onLineContaining("ORDER#<code>");
  }

  @Test
  void formatsWithDisjointRenderingsNeverCollide() {
    // Lower-case spellings never equal upper-case names; unpadded digits never spell "true".
    JavaFileObject order = entity("Order", "String userId, Status status, int n",
        "@Key(pk = \"USER#<userId>\", sk = \"S#<status:lower>#<n:unpadded>\")");
    JavaFileObject refund = entity("Refund", "String userId, Status status, boolean b",
        "@Key(pk = \"USER#<userId>\", sk = \"S#<status>#<b>\")");

    assertThat(compile(shop("Order.class", "Refund.class"), order, refund, status("PENDING, SHIPPED")))
        .hadErrorCount(0);
  }

  @Test
  void aLeadingEmptySegmentCollidesWithAnEmptyStringValueThere() {
    JavaFileObject product = entity("Product", "String productId",
        "@Key(pk = \"PRODUCT#<productId>\", sk = \"#METADATA#<productId>\")");
    JavaFileObject review = entity("Review", "String productId, String author",
        "@Key(pk = \"PRODUCT#<productId>\", sk = \"<author>#METADATA#<productId>\")");

    assertThat(compile(shop("Product.class", "Review.class"), product, review))
        .hadErrorContaining("[SingletableKeyCollision] Product and Review can render the same key on the table:"
            + " PK = \"PRODUCT#a\", SK = \"#METADATA#a\"")
        .inFile(review).onLineContaining("<author>#METADATA#");
  }
}
