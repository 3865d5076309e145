package dev.singletable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.singletable.processor.Sources.compile;
import static dev.singletable.processor.Sources.shop;
import static dev.singletable.processor.Sources.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Literal text that reads like a value: the escape character, or an empty segment. */
class LiteralDiagnosticsTest {

  private static JavaFileObject user(String keyLine) {
    return source("User", "@Entity", keyLine, "public record User(String userId) {}");
  }

  @Test
  void theEscapeCharacterInLiteralTextIsReportedOnItsTemplate() {
    JavaFileObject user = user("@Key(pk = \"USER#<userId>\", sk = \"X#a$23b\")");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableEscapeInLiteral] @Key template \"X#a$23b\" has the escape character '$' in its"
            + " literal text \"a$23b\". Values write the delimiter '#' and every character up to '$' as '$' and two hex"
            + " digits, so this text reads like an escaped value")
        .inFile(user).onLineContaining("X#a$23b");
  }

  @Test
  void theEscapeCharacterFollowsTheDelimiter() {
    JavaFileObject shop = source("Shop", "@Table(name = \"shop\", entities = {User.class}, delimiter = \"!\")",
        "public interface Shop {}");
    JavaFileObject user = user("@Key(pk = \"USER!<userId>\", sk = \"SAY\\\"HI\")");

    assertThat(compile(shop, user))
        .hadErrorContaining("has the escape character '\"' in its literal text \"SAY\"HI\"")
        .inFile(user).onLineContaining("SAY\\\"HI");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"USER##<userId>, doubled", "USER#<userId>#, trailing", "#, trailing"})
  void anEmptySegmentIsReportedOnItsTemplate(String template, String where) {
    JavaFileObject user = user("@Key(pk = \"" + template + "\", sk = \"PROFILE\")");

    assertThat(compile(shop("User.class"), user))
        .hadErrorContaining("[SingletableEmptySegment] @Key template \"" + template + "\" has an empty segment (a "
            + where + " delimiter '#'), which reads like an empty value")
        .inFile(user).onLineContaining(template);
  }

  @Test
  void aLeadingDelimiterSortsAnItemFirstAndIsFine() {
    // The #METADATA#<id> idiom: the empty first segment sorts below every value and literal.
    JavaFileObject user = user("@Key(pk = \"USER#<userId>\", sk = \"#METADATA#<userId>\")");

    assertThat(compile(shop("User.class"), user)).succeededWithoutWarnings();
  }

  @Test
  void charactersBelowTheEscapeCharacterAreFineInLiteralText() {
    // A value never holds a raw space or '!' (it escapes them), so such literal text cannot be
    // confused with one; '!' even sorts an item before every value.
    JavaFileObject user = user("@Key(pk = \"USER#<userId>\", sk = \"!MY PROFILE\")");

    assertThat(compile(shop("User.class"), user)).succeededWithoutWarnings();
  }

  @Test
  void textAfterAStringPlaceholderInASortKeyIsReportedBecauseKeysWouldNotSortLikeValues() {
    JavaFileObject user = user("@Key(pk = \"USER#<userId>\", sk = \"P#<userId>x#END\")");

    assertThat(compile(shop("User.class"), user))
        .hadWarningContaining("[SingletableUnorderedSuffix] Sort key template \"P#<userId>x#END\" has literal text \"x\""
            + " after the String placeholder <userId> in one segment, so the keys do not sort like the values:"
            + " \"a\" renders \"ax\", which sorts after \"a0x\" for \"a0\". Put the text in a segment of its own"
            + " (\"P#<userId>#x#END\") or before the placeholder.")
        .inFile(user).onLineContaining("P#<userId>x#END");
  }

  @Test
  void textAfterAStringPlaceholderBelowDigitsIsReportedWithAnEscapedExample() {
    JavaFileObject user = user("@Key(pk = \"USER#<userId>\", sk = \"V#<userId>-v1\")");

    assertThat(compile(shop("User.class"), user))
        .hadWarningContaining("after the String placeholder <userId> in one segment, so the keys do not sort like the"
            + " values: \"a\" renders \"a-v1\", which sorts after \"a$23-v1\" for \"a#\".")
        .inFile(user).onLineContaining("V#<userId>-v1");
  }

  @Test
  void textAfterAnEnumPlaceholderIsReportedWhenOneConstantStartsAnother() {
    JavaFileObject status = source("Status", "public enum Status { NEW, NEWER, OLD }");
    JavaFileObject order = source("User", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"S#<status>x\")",
        "public record User(String userId, Status status) {}");

    assertThat(compile(shop("User.class"), status, order))
        .hadWarningContaining("after the enum placeholder <status> in one segment, so the keys do not sort like the"
            + " values: \"NEW\" renders \"NEWx\", which sorts after \"NEWERx\" for \"NEWER\".")
        .inFile(order).onLineContaining("S#<status>x");
  }

  @Test
  void textAfterAnEnumPlaceholderIsFineWhenTheOrderHolds() {
    // No constant starts another; or the text sorts below the rest of the longer name ('-' < 'E').
    JavaFileObject status = source("Status", "public enum Status { NEW, NEWER, OLD }");
    JavaFileObject other = source("Kind", "public enum Kind { NEW, OLD }");
    JavaFileObject order = source("User", "@Entity", "@Key(pk = \"USER#<userId>\", sk = \"S#<status>-v1#<kind>x\")",
        "public record User(String userId, Status status, Kind kind) {}");

    assertThat(compile(shop("User.class"), status, other, order)).succeededWithoutWarnings();
  }

  @Test
  void textAfterAPlaceholderIsFineInPartitionKeysAfterFixedWidthValuesAndBelowTheEscapeCharacter() {
    JavaFileObject user = source("User", "@Entity",
        "@Key(pk = \"USER#<userId>x\", sk = \"D#<day>x#<userId>!x\")",
        "public record User(String userId, LocalDate day) {}");

    assertThat(compile(shop("User.class"), user)).succeededWithoutWarnings();
  }
}
