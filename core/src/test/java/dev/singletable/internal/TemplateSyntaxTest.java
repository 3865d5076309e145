package dev.singletable.internal;

import static dev.singletable.internal.TemplateSyntaxException.Problem.DUPLICATE_PLACEHOLDER;
import static dev.singletable.internal.TemplateSyntaxException.Problem.EMPTY_PLACEHOLDER;
import static dev.singletable.internal.TemplateSyntaxException.Problem.EMPTY_TEMPLATE;
import static dev.singletable.internal.TemplateSyntaxException.Problem.INVALID_FORMAT;
import static dev.singletable.internal.TemplateSyntaxException.Problem.INVALID_PLACEHOLDER_NAME;
import static dev.singletable.internal.TemplateSyntaxException.Problem.NESTED_PLACEHOLDER;
import static dev.singletable.internal.TemplateSyntaxException.Problem.PLACEHOLDERS_IN_ONE_SEGMENT;
import static dev.singletable.internal.TemplateSyntaxException.Problem.UNCLOSED_PLACEHOLDER;
import static dev.singletable.internal.TemplateSyntaxException.Problem.UNMATCHED_CLOSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.singletable.internal.TemplateSyntaxException.Problem;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every {@link TemplateSyntaxException.Problem} of the key template grammar, with its index. */
class TemplateSyntaxTest {

  static Stream<Arguments> malformedTemplates() {
    return Stream.of(
        // template, problem, index of the offending character
        Arguments.of("", EMPTY_TEMPLATE, 0),
        Arguments.of("USER#<userId", UNCLOSED_PLACEHOLDER, 5),
        Arguments.of("<a", UNCLOSED_PLACEHOLDER, 0),
        Arguments.of("ORDER#<date>#<orderId", UNCLOSED_PLACEHOLDER, 13),
        Arguments.of("<", UNCLOSED_PLACEHOLDER, 0),
        // A forgotten '>' is reported where it was forgotten, not at the next '<'.
        Arguments.of("USER#<id#<x>", UNCLOSED_PLACEHOLDER, 5),
        Arguments.of("<a#b>", UNCLOSED_PLACEHOLDER, 0),
        Arguments.of("USER#<>", EMPTY_PLACEHOLDER, 5),
        Arguments.of("<>", EMPTY_PLACEHOLDER, 0),
        Arguments.of("<a<b>>", NESTED_PLACEHOLDER, 2),
        Arguments.of("X#<ab<c>>", NESTED_PLACEHOLDER, 5),
        Arguments.of("USER>", UNMATCHED_CLOSE, 4),
        Arguments.of(">", UNMATCHED_CLOSE, 0),
        Arguments.of("<a>>", UNMATCHED_CLOSE, 3),
        Arguments.of("USER#id>", UNMATCHED_CLOSE, 7),
        Arguments.of("<user id>", INVALID_PLACEHOLDER_NAME, 1),
        Arguments.of("USER#<1abc>", INVALID_PLACEHOLDER_NAME, 6),
        Arguments.of("<a-b>", INVALID_PLACEHOLDER_NAME, 1),
        Arguments.of("<a.b>", INVALID_PLACEHOLDER_NAME, 1),
        Arguments.of("<a>-<b>", PLACEHOLDERS_IN_ONE_SEGMENT, 4),
        Arguments.of("ORDER#<a><b>", PLACEHOLDERS_IN_ONE_SEGMENT, 9),
        Arguments.of("<a>#<a>", DUPLICATE_PLACEHOLDER, 4),
        Arguments.of("X#<id>#Y#<id>", DUPLICATE_PLACEHOLDER, 9),
        Arguments.of("<a:b>#<a>", DUPLICATE_PLACEHOLDER, 6),
        Arguments.of("<:iso-millis>", EMPTY_PLACEHOLDER, 0),
        Arguments.of("ORDER#<at:>", INVALID_FORMAT, 10),
        Arguments.of("<at:Iso>", INVALID_FORMAT, 4),
        Arguments.of("<at:iso millis>", INVALID_FORMAT, 4),
        Arguments.of("<at:-iso>", INVALID_FORMAT, 4),
        Arguments.of("<at:a:b>", INVALID_FORMAT, 4),
        Arguments.of("<n:padded()>", INVALID_FORMAT, 9),
        Arguments.of("<n:padded(x)>", INVALID_FORMAT, 9),
        Arguments.of("<n:padded(-1)>", INVALID_FORMAT, 9),
        Arguments.of("<n:padded(6>", INVALID_FORMAT, 9),
        Arguments.of("<n:padded(6)x>", INVALID_FORMAT, 9));
  }

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @MethodSource("malformedTemplates")
  void malformedTemplateReportsItsProblemAndIndex(String template, Problem problem, int index) {
    TemplateSyntaxException e =
        catchThrowableOfType(TemplateSyntaxException.class, () -> KeyTemplate.parse(template, '#'));

    assertThat(e).as("no exception for %s", template).isNotNull();
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.index()).isEqualTo(index);
    assertThat(e.template()).isEqualTo(template);
    assertThat(e).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Key template \"" + template + "\" is malformed at index " + index + ": ");
  }

  @Test
  void everyProblemHasAnExampleAbove() {
    Set<Problem> covered = EnumSet.noneOf(Problem.class);
    malformedTemplates().forEach(arguments -> covered.add((Problem) arguments.get()[1]));
    assertThat(covered).containsExactlyInAnyOrder(Problem.values());
  }

  @Test
  void messagesSayWhatIsWrong() {
    assertThat(catchThrowableOfType(TemplateSyntaxException.class, () -> KeyTemplate.parse("<a>-<b>", '#')))
        .hasMessageContaining("<a> and <b> share a segment")
        .hasMessageContaining("separate them with the delimiter");
    assertThat(catchThrowableOfType(TemplateSyntaxException.class, () -> KeyTemplate.parse("<a>#<a>", '#')))
        .hasMessageContaining("<a> appears twice");
    assertThat(catchThrowableOfType(TemplateSyntaxException.class, () -> KeyTemplate.parse("<user id>", '#')))
        .hasMessageContaining("\"user id\" is not a property name");
    assertThat(catchThrowableOfType(TemplateSyntaxException.class, () -> KeyTemplate.parse("<a<b>>", '#')))
        .hasMessageContaining("placeholder opened at index 0");
    assertThat(catchThrowableOfType(TemplateSyntaxException.class, () -> KeyTemplate.parse("<at:Iso>", '#')))
        .hasMessageContaining("\"Iso\" is not a format: a format is a lower-case name such as iso-millis");
    assertThat(catchThrowableOfType(TemplateSyntaxException.class, () -> KeyTemplate.parse("<at:>", '#')))
        .hasMessageContaining("':' after <at names no format");
    assertThat(catchThrowableOfType(TemplateSyntaxException.class, () -> KeyTemplate.parse("<n:padded(x)>", '#')))
        .hasMessageContaining("the width of format padded is \"(x)\"; write a number in parentheses, such as padded(6)");
  }

  @Test
  void theDelimiterDecidesWhatASegmentIs() {
    // Under the '+' delimiter, '#' is literal text: both placeholders share one segment.
    TemplateSyntaxException e =
        catchThrowableOfType(TemplateSyntaxException.class, () -> KeyTemplate.parse("<a>#<b>", '+'));
    assertThat(e.problem()).isEqualTo(PLACEHOLDERS_IN_ONE_SEGMENT);
    assertThat(KeyTemplate.parse("<a>+<b>", '+').placeholders()).containsExactly("a", "b");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PROFILE", "<a>", "v<version>", "USER#<userId>", "ORDER#<date>#<orderId>",
      "A#<b>x#C", "x<_a1>y#<$b>", "<\u00E9t\u00E9>", "#METADATA#<id>", "<at:iso-millis>#<n:padded(6)>",
      "V<n:unknown-format-2>x", "<a:b>:c#d:<e>"})
  void wellFormedTemplatesParse(String template) {
    KeyTemplate parsed = KeyTemplate.parse(template, '#');
    assertThat(parsed.template()).isEqualTo(template);
    assertThat(parsed.delimiter()).isEqualTo('#');
  }

  @Test
  void anUnclosedPlaceholderBeforeADelimiterSaysSo() {
    TemplateSyntaxException e =
        catchThrowableOfType(TemplateSyntaxException.class, () -> KeyTemplate.parse("USER#<id#<x>", '#'));

    assertThat(e.getMessage()).contains("'<' has no matching '>' before the delimiter");
  }
}
