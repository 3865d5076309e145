package dev.singletable.internal;

import static dev.singletable.internal.KeyArbitraries.compareUtf8Bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples of {@link KeyEncoding}: escapes, delimiters, and the inputs it rejects. */
class KeyEncodingTest {

  private final KeyEncoding hash = KeyEncoding.forDelimiter('#');

  @Test
  void escapesEveryCharacterUpToTheEscapeCharacterAsTwoUpperCaseHexDigits() {
    // '#' is U+0023, ' ' U+0020, '$' U+0024, '\n' U+000A, '"' U+0022.
    assertThat(hash.encode("a#b c")).isEqualTo("a$23b$20c");
    assertThat(hash.encode("$")).isEqualTo("$24");
    assertThat(hash.encode("\n\"")).isEqualTo("$0A$22");
    assertThat(hash.encode("%&zé\uE000\uD83D\uDE00")).isEqualTo("%&zé\uE000\uD83D\uDE00");
    assertThat(hash.encode("")).isEmpty();
  }

  @Test
  void escapeCharacterIsTheCharacterAfterTheDelimiter() {
    for (char delimiter : KeyEncoding.ALLOWED_DELIMITERS.toCharArray()) {
      KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
      assertThat(encoding.delimiter()).isEqualTo(delimiter);
      assertThat(encoding.escape()).isEqualTo((char) (delimiter + 1));
    }
    assertThat(KeyEncoding.forDelimiter('+').encode("a+b,c-")).isEqualTo("a,2Bb,2Cc-");
  }

  @Test
  void everyAllowedDelimiterRoundTripsAndKeepsTheOrderOfTrickyValues() {
    List<String> values = new ArrayList<>(List.of("", "x", "x b", "x#", "x$", "x!", "x\u0000", "x%",
        "x+", "x,", "x-", "x\u00E9", "x\uE000", "x\uFFFF", "x\uD800\uDC00", "x\uDBFF\uDFFE"));
    for (char d : KeyEncoding.ALLOWED_DELIMITERS.toCharArray()) {
      values.add("x" + d);
      values.add("x" + (char) (d + 1));
      values.add("x" + (char) (d - 1));
    }
    for (char delimiter : KeyEncoding.ALLOWED_DELIMITERS.toCharArray()) {
      KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
      for (String a : values) {
        assertThat(encoding.decode(encoding.encode(a))).as("%s under %s", a, delimiter).isEqualTo(a);
        assertThat(encoding.encode(a)).doesNotContain(String.valueOf(delimiter));
        for (String b : values) {
          assertThat(compareUtf8Bytes(encoding.encode(a) + delimiter, encoding.encode(b) + delimiter))
              .as("%s vs %s under %s", a, b, delimiter)
              .isEqualTo(compareUtf8Bytes(a, b));
        }
      }
    }
  }

  @Test
  void ordersBmpCharactersAboveTheSurrogatesBelowSupplementaryCharactersLikeUtf8() {
    String privateUse = "\uE000";         // U+E000
    String supplementary = "\uD800\uDC00"; // U+10000
    // String.compareTo sorts U+10000 first (by its surrogate 0xD800); DynamoDB sorts it last.
    assertThat(privateUse.compareTo(supplementary)).isPositive();
    assertThat(compareUtf8Bytes(hash.encode(privateUse), hash.encode(supplementary))).isNegative();
  }

  @ParameterizedTest
  @ValueSource(chars = {':', '|', 'a', ',', '-', '/', ' ', '_', '\u0000', '~'})
  void forDelimiterRejectsCharactersOutsideTheAllowedSet(char delimiter) {
    assertThatThrownBy(() -> KeyEncoding.forDelimiter(delimiter))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + delimiter + "'")
        .hasMessageContaining(KeyEncoding.ALLOWED_DELIMITERS);
  }

  @Test
  void allowedDelimitersAreAscendingAndSortBelowTheHexDigitsOfEscapes() {
    String allowed = KeyEncoding.ALLOWED_DELIMITERS;
    for (int i = 0; i < allowed.length(); i++) {
      assertThat(KeyEncoding.forDelimiter(allowed.charAt(i)).delimiter()).isEqualTo(allowed.charAt(i));
      assertThat((char) (allowed.charAt(i) + 1)).isLessThan('0');
      if (i > 0) {
        assertThat(allowed.charAt(i)).isGreaterThan(allowed.charAt(i - 1));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b", "a#b", "#", "a!", "\"", "\u0000", "a\u001Fb", "a$20b c"})
  void decodeRejectsARawCharacterBelowTheEscapeCharacter(String encoded) {
    assertThatThrownBy(() -> hash.decode(encoded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unescaped character")
        .hasMessageContaining(encoded);
  }

  @ParameterizedTest
  @ValueSource(strings = {"$2G", "$G2", "$ZZ", "a$-1", "$ 2", "$$24"})
  void decodeRejectsEscapesThatAreNotTwoHexDigits(String encoded) {
    assertThatThrownBy(() -> hash.decode(encoded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid escape sequence at index");
  }

  @ParameterizedTest
  @ValueSource(strings = {"$0a", "$1f", "$0b", "x$1a"})
  void decodeRejectsLowerCaseHexDigits(String encoded) {
    // The upper-case forms are valid: "$0A" is '\n'.
    String upper = encoded.substring(0, encoded.length() - 1)
        + Character.toUpperCase(encoded.charAt(encoded.length() - 1));
    assertThat(hash.decode(upper)).hasSize(encoded.startsWith("x") ? 2 : 1);
    assertThatThrownBy(() -> hash.decode(encoded)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"$", "$2", "ab$", "ab$2", "a$23$"})
  void decodeRejectsATruncatedEscape(String encoded) {
    assertThatThrownBy(() -> hash.decode(encoded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not followed by two hex digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"$25", "$41", "$7E", "$FF"})
  void decodeRejectsEscapesOfCharactersThatEncodeNeverEscapes(String encoded) {
    // "$25" would decode to '%', which encode writes raw: accepting it would give two spellings.
    assertThatThrownBy(() -> hash.decode(encoded)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decodeUsesTheEscapeCharacterOfItsOwnDelimiter() {
    KeyEncoding plus = KeyEncoding.forDelimiter('+');
    assertThat(plus.decode("a,2Bb")).isEqualTo("a+b");
    assertThat(plus.decode("a,24b,23c-")).isEqualTo("a$b#c-");
    assertThatThrownBy(() -> plus.decode("a$b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> plus.decode("a+b")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "a\uD800", "\uD800a", "\uDC00", "a\uDC00\uD800b", "#\uDBFF"})
  void encodeRejectsLoneSurrogates(String value) {
    assertThatThrownBy(() -> hash.encode(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lone surrogate");
  }

  @Test
  void encodeRejectsTheHighestCodePointThatEndsPrefixRanges() {
    assertThat(KeyEncoding.MAX_CHAR.codePointAt(0)).isEqualTo(0x10FFFF);
    assertThatThrownBy(() -> hash.encode("a" + KeyEncoding.MAX_CHAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+10FFFF")
        .hasMessageContaining("at index 1");
    assertThatThrownBy(() -> hash.encode("#" + KeyEncoding.MAX_CHAR)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> hash.append(new StringBuilder(), KeyEncoding.MAX_CHAR))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void utf8LengthCountsBytesNotChars() {
    assertThat(KeyEncoding.utf8Length("abc")).isEqualTo(3);
    assertThat(KeyEncoding.utf8Length("\u00E9")).isEqualTo(2);
    assertThat(KeyEncoding.utf8Length("\uE000")).isEqualTo(3);
    assertThat(KeyEncoding.utf8Length("\uD83D\uDE00")).isEqualTo(4);
  }
}
