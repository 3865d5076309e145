package dev.singletable.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.singletable.internal.KeyTemplate.Segment;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Examples of {@link KeyTemplate}: structure, rendering, prefixes and matching. */
class KeyTemplateTest {

  private final KeyTemplate order = KeyTemplate.parse("ORDER#<date>#<orderId>", '#');

  @Test
  void splitsATemplateIntoSegmentsAtTheDelimiter() {
    assertThat(order.segments()).containsExactly(
        new Segment("ORDER", null, ""), new Segment("", "date", ""), new Segment("", "orderId", ""));
    assertThat(order.placeholders()).containsExactly("date", "orderId");
    assertThat(order.isConstant()).isFalse();
    assertThat(order.segments().get(0).hasPlaceholder()).isFalse();
    assertThat(order.segments().get(1).hasPlaceholder()).isTrue();
  }

  @Test
  void aSegmentKeepsLiteralTextAroundItsPlaceholder() {
    KeyTemplate template = KeyTemplate.parse("v<version>-x#Y", '#');
    assertThat(template.segments()).containsExactly(new Segment("v", "version", "-x"), new Segment("Y", null, ""));
  }

  @Test
  void aTemplateWithoutPlaceholdersIsConstant() {
    KeyTemplate profile = KeyTemplate.parse("PROFILE", '#');
    assertThat(profile.isConstant()).isTrue();
    assertThat(profile.placeholders()).isEmpty();
    assertThat(profile.render(Map.of())).isEqualTo("PROFILE");
    assertThat(profile.match("PROFILE")).contains(Map.of());
    assertThat(profile.match("PROFILES")).isEmpty();
    assertThat(profile.match("PROFILE#x")).isEmpty();
  }

  @Test
  void rendersAndRendersEachPrefixUpToTheDelimiterAfterTheNthValue() {
    Map<String, String> values = Map.of("date", "2026-03-15", "orderId", "o1");
    assertThat(order.render(values)).isEqualTo("ORDER#2026-03-15#o1");
    assertThat(order.renderPrefix(values, 0)).isEqualTo("ORDER#");
    assertThat(order.renderPrefix(values, 1)).isEqualTo("ORDER#2026-03-15#");
    assertThat(order.renderPrefix(values, 2)).isEqualTo("ORDER#2026-03-15#o1");
  }

  @Test
  void aPrefixNeedsOnlyTheValuesItRenders() {
    assertThat(order.renderPrefix(Map.of(), 0)).isEqualTo("ORDER#");
    assertThat(order.renderPrefix(Map.of("date", "2026-03"), 1)).isEqualTo("ORDER#2026-03#");
  }

  @Test
  void aPrefixEndsWithTheLiteralTextBeforeTheNextValue() {
    KeyTemplate item = KeyTemplate.parse("ITEM#v<n>x#<id>", '#');
    Map<String, String> values = Map.of("n", "0000000001", "id", "i");
    assertThat(item.renderPrefix(values, 0)).isEqualTo("ITEM#v");
    assertThat(item.renderPrefix(values, 1)).isEqualTo("ITEM#v0000000001x#");
    assertThat(item.render(values)).isEqualTo("ITEM#v0000000001x#i");
  }

  @Test
  void renderingWithoutAValueNamesThePlaceholderAndTheTemplate() {
    assertThatThrownBy(() -> order.render(Map.of("date", "2026-03-15")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<orderId>")
        .hasMessageContaining("\"ORDER#<date>#<orderId>\"");
  }

  @Test
  void renderUsesTheTemplatesOwnDelimiter() {
    KeyTemplate plus = KeyTemplate.parse("ORDER+<date>+<id>", '+');
    assertThat(plus.render(Map.of("date", "d", "id", "a#b"))).isEqualTo("ORDER+d+a#b");
    assertThat(plus.renderPrefix(Map.of("date", "d"), 1)).isEqualTo("ORDER+d+");
  }

  @Test
  void matchSplitsAKeyBackIntoItsEncodedValues() {
    assertThat(order.match("ORDER#2026-03-15#o1"))
        .hasValueSatisfying(values -> assertThat(values).containsExactly(entry("date", "2026-03-15"), entry("orderId", "o1")));
    KeyEncoding hash = KeyEncoding.forDelimiter('#');
    String key = order.render(Map.of("date", "d", "orderId", hash.encode("a#b $")));
    assertThat(key).isEqualTo("ORDER#d#a$23b$20$24");
    assertThat(order.match(key).map(values -> hash.decode(values.get("orderId")))).contains("a#b $");
  }

  @Test
  void matchRejectsKeysOfAnotherShape() {
    assertThat(order.match("ORDER#2026-03-15")).isEmpty();
    assertThat(order.match("ORDER#2026-03-15#o1#x")).isEmpty();
    assertThat(order.match("USER#2026-03-15#o1")).isEmpty();
    assertThat(order.match("order#2026-03-15#o1")).isEmpty();
    assertThat(order.match("")).isEmpty();
  }

  @Test
  void matchChecksTheLiteralTextAroundAPlaceholder() {
    KeyTemplate versioned = KeyTemplate.parse("v<version>-x", '#');
    assertThat(versioned.match("v12-x")).contains(Map.of("version", "12"));
    assertThat(versioned.match("v-x")).contains(Map.of("version", ""));
    assertThat(versioned.match("w12-x")).isEmpty();
    assertThat(versioned.match("v12-y")).isEmpty();
    assertThat(versioned.match("v12")).isEmpty();
    // Prefix and suffix may not overlap: "aba" is not "ab" + value + "ba".
    assertThat(KeyTemplate.parse("ab<x>ba", '#').match("aba")).isEmpty();
    assertThat(KeyTemplate.parse("ab<x>ba", '#').match("abba")).contains(Map.of("x", ""));
  }

  @Test
  void templatesAreEqualWhenTextAndDelimiterAre() {
    assertThat(KeyTemplate.parse("A#<b>", '#')).isEqualTo(KeyTemplate.parse("A#<b>", '#'))
        .hasSameHashCodeAs(KeyTemplate.parse("A#<b>", '#'))
        .isNotEqualTo(KeyTemplate.parse("A#<b>", '+'))
        .isNotEqualTo(KeyTemplate.parse("A#<c>", '#'))
        .hasToString("A#<b>");
  }

  @Test
  void aPlaceholderMayNameAFormatWithAWidth() {
    KeyTemplate views = KeyTemplate.parse("ORDER#<at:iso-millis>#<n:padded(6)>#<id>", '#');

    assertThat(views.placeholders()).containsExactly("at", "n", "id");
    assertThat(views.segments().get(1)).isEqualTo(new Segment("", "at", new KeyTemplate.Format("iso-millis", -1), ""));
    assertThat(views.segments().get(2).format()).isEqualTo(new KeyTemplate.Format("padded", 6));
    assertThat(views.segments().get(2).format()).hasToString("padded(6)");
    assertThat(views.segments().get(2).format().hasWidth()).isTrue();
    assertThat(views.segments().get(3).format()).isNull();
    assertThat(views.segmentOf("n").placeholderNotation()).isEqualTo("<n:padded(6)>");
    assertThat(views.segmentOf("id").notation()).isEqualTo("<id>");
    assertThat(views.render(Map.of("at", "T", "n", "000042", "id", "o1"))).isEqualTo("ORDER#T#000042#o1");
    assertThat(views.match("ORDER#T#000042#o1")).contains(Map.of("at", "T", "n", "000042", "id", "o1"));
    assertThatThrownBy(() -> views.segmentOf("x")).hasMessageContaining("has no placeholder <x>");
  }

  @Test
  void aHugeWidthReadsAsTheLargestInt() {
    assertThat(KeyTemplate.parse("<n:padded(99999999999)>", '#').segments().get(0).format().width())
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aLeadingDelimiterStartsWithAnEmptySegmentThatRendersAndMatches() {
    KeyTemplate metadata = KeyTemplate.parse("#METADATA#<id>", '#');

    assertThat(metadata.segments()).containsExactly(
        new Segment("", null, ""), new Segment("METADATA", null, ""), new Segment("", "id", ""));
    assertThat(metadata.renderPrefix(Map.of(), 0)).isEqualTo("#METADATA#");
    assertThat(metadata.render(Map.of("id", "p1"))).isEqualTo("#METADATA#p1");
    assertThat(metadata.match("#METADATA#p1")).contains(Map.of("id", "p1"));
    assertThat(metadata.match("METADATA#p1")).isEmpty();
    assertThat(metadata.match("x#METADATA#p1")).isEmpty();
  }
}
