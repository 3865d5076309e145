package dev.singletable.processor;

import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyValueType;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact set of texts each placeholder type renders to ({@code KeyValues}, {@code KeyEncoding}),
 * as automata: escaped strings, enum constant names, the fixed-width numbers, dates and times
 * (leap years included) and UUIDs; and in each key format ({@code KeyFormat}): ISO instants with
 * milliseconds, raw strings, enum spellings and, through {@link NumberLanguages}, the numbers.
 */
final class ValueLanguages {

  private static final CharClass UPPER_HEX = CharClass.DIGITS.union(CharClass.range('A', 'F'));
  private static final CharClass LOWER_HEX = CharClass.DIGITS.union(CharClass.range('a', 'f'));
  private static final Map<KeyValueType, Nfa> FIXED = new EnumMap<>(KeyValueType.class);
  /** {@code uuuu-MM-ddTHH:mm:ss.SSSZ}: JavaScript's {@code toISOString()}, format {@code iso-millis}. */
  private static final Nfa ISO_MILLIS = dateTime(true, 3);

  static {
    FIXED.put(KeyValueType.BOOLEAN, words(List.of("false", "true")));
    FIXED.put(KeyValueType.INT, signed("2147483647"));
    FIXED.put(KeyValueType.LONG, signed("9223372036854775807"));
    FIXED.put(KeyValueType.YEAR, Nfa.Dfa.builder().digits(4).build());
    FIXED.put(KeyValueType.YEAR_MONTH, yearMonth());
    FIXED.put(KeyValueType.LOCAL_DATE, date("").build());
    FIXED.put(KeyValueType.LOCAL_DATE_TIME, dateTime(false, 9));
    FIXED.put(KeyValueType.INSTANT, dateTime(true, 9));
    FIXED.put(KeyValueType.UUID, uuid());
  }

  private ValueLanguages() {}

  /**
   * Returns the renderings of a placeholder type under {@code encoding}.
   *
   * @param enumConstants the constant names of an enum type; ignored for other types
   */
  static Nfa of(KeyValueType type, List<String> enumConstants, KeyEncoding encoding) {
    return switch (type) {
      case STRING -> escapedString(encoding.escape());
      case ENUM -> words(enumConstants.stream().map(encoding::encode).toList());
      default -> FIXED.get(type);
    };
  }

  /**
   * Returns the renderings of a placeholder in its format ({@code KeyFormat}), or in its type's
   * default form.
   */
  static Nfa of(ValueFormat format, KeyEncoding encoding) {
    if (format.isStandard()) {
      return of(format.type(), format.constants(), encoding);
    }
    return switch (format.format()) {
      case ISO_MILLIS -> ISO_MILLIS;
      case LOWER, SPELLED -> words(format.words());
      case RAW -> rawString(encoding.delimiter());
      default -> NumberLanguages.of(format);
    };
  }

  /** Every text without the delimiter: format {@code raw}. */
  static Nfa rawString(char delimiter) {
    Nfa.Dfa.Builder b = Nfa.Dfa.builder();
    int any = b.last();
    CharClass chars = CharClass.range('\0', (char) (delimiter - 1)).union(CharClass.range((char) (delimiter + 1), '\uFFFF'));
    return b.edge(any, chars, any).build();
  }

  /**
   * Every output of {@code KeyEncoding.encode}: characters above the escape character, and the
   * escape character followed by two upper-case hex digits of a character at or below it.
   */
  static Nfa escapedString(char escape) {
    Nfa.Dfa.Builder b = Nfa.Dfa.builder();
    int plain = b.last();
    int escaped = b.state();
    int low = b.state();
    int any = b.state();
    int highDigit = (escape >> 4) & 0xF;
    int lowDigits = escape & 0xF;
    b.edge(plain, CharClass.range((char) (escape + 1), '\uFFFF'), plain)
        .edge(plain, CharClass.of(escape), escaped)
        .edge(escaped, CharClass.range('0', (char) ('0' + highDigit - 1)), any)
        .edge(escaped, CharClass.of(hex(highDigit)), low)
        .edge(any, UPPER_HEX, plain)
        .edge(low, UPPER_HEX.intersect(upTo(hex(lowDigits))), plain);
    return b.at(plain).build();
  }

  private static CharClass upTo(char hexDigit) {
    return hexDigit <= '9' ? CharClass.range('0', hexDigit) : CharClass.DIGITS.union(CharClass.range('A', hexDigit));
  }

  private static char hex(int digit) {
    return "0123456789ABCDEF".charAt(digit);
  }

  /** A finite set of words, as a trie. */
  static Nfa words(List<String> words) {
    Nfa.Dfa.Builder b = Nfa.Dfa.builder();
    int root = b.last();
    Set<String> prefixes = new HashSet<>();
    for (String word : words) {
      int state = root;
      for (int i = 0; i < word.length(); i++) {
        String prefix = word.substring(0, i + 1);
        int next = b.state(prefix);
        if (prefixes.add(prefix)) {
          b.edge(state, CharClass.of(word.charAt(i)), next);
        }
        state = next;
      }
      b.accept(state);
    }
    return b.finish();
  }

  /** {@code digits} digits not above {@code max}, optionally after '-': int and long forms. */
  private static Nfa signed(String max) {
    Nfa.Dfa.Builder b = Nfa.Dfa.builder();
    int start = b.last();
    int afterSign = b.state();
    int end = b.state();
    for (int from : new int[] {start, afterSign}) {
      int tight = from;
      int loose = -1;
      for (int i = 0; i < max.length(); i++) {
        boolean lastDigit = i == max.length() - 1;
        int nextTight = lastDigit ? end : b.state();
        int nextLoose = lastDigit ? end : b.state();
        char limit = max.charAt(i);
        if (limit > '0') { // first, so that examples are small numbers
          b.edge(tight, CharClass.range('0', (char) (limit - 1)), nextLoose);
        }
        b.edge(tight, CharClass.of(limit), nextTight);
        if (loose >= 0) {
          b.edge(loose, CharClass.DIGITS, nextLoose);
        }
        tight = nextTight;
        loose = nextLoose;
      }
    }
    b.edge(start, CharClass.of('-'), afterSign);
    return b.at(end).build();
  }

  private static Nfa yearMonth() {
    Nfa.Dfa.Builder b = Nfa.Dfa.builder().digits(4).word("-");
    int month = b.last();
    int end = b.state();
    int zero = b.state();
    int one = b.state();
    b.edge(month, CharClass.of('0'), zero).edge(zero, CharClass.range('1', '9'), end)
        .edge(month, CharClass.of('1'), one).edge(one, CharClass.range('0', '2'), end);
    return b.at(end).build();
  }

  /**
   * {@code uuuu-MM-dd}, a valid date, then {@code separator} and, when it is not empty, the
   * builder is left after the separator and the first hour digit is still to come.
   */
  private static Nfa.Dfa.Builder date(String separator) {
    Nfa.Dfa.Builder b = Nfa.Dfa.builder();
    // The year, tracked modulo 400 (the leap-year cycle), then whether it is a leap year.
    for (int i = 0; i < 4; i++) {
      for (int mod = 0; mod < Math.min(400, (int) Math.pow(10, i)); mod++) {
        int from = i == 0 ? b.last() : b.state(List.of(i, mod));
        for (int d = 0; d <= 9; d++) {
          int value = (mod * 10 + d) % 400;
          Object key = i == 3 ? List.of("leap", leap(value)) : List.of(i + 1, value);
          b.edge(from, CharClass.of((char) ('0' + d)), b.state(key));
        }
      }
    }
    int day = b.state();
    for (boolean leap : new boolean[] {false, true}) {
      int dash = b.state();
      b.edge(b.state(List.of("leap", leap)), CharClass.of('-'), dash);
      int zero = b.state();
      int one = b.state();
      b.edge(dash, CharClass.of('0'), zero).edge(dash, CharClass.of('1'), one);
      for (int month = 1; month <= 12; month++) {
        int length = month == 2 ? (leap ? 29 : 28) : List.of(4, 6, 9, 11).contains(month) ? 30 : 31;
        b.edge(month < 10 ? zero : one, CharClass.of((char) ('0' + month % 10)), b.state(List.of("days", length)));
      }
    }
    for (int length = 28; length <= 31; length++) {
      int dash = b.state();
      b.edge(b.state(List.of("days", length)), CharClass.of('-'), dash);
      int tens0 = b.state();
      int tens12 = b.state();
      int tens2 = b.state();
      int tens3 = b.state();
      b.edge(dash, CharClass.of('0'), tens0).edge(tens0, CharClass.range('1', '9'), day)
          .edge(dash, CharClass.of('1'), tens12).edge(tens12, CharClass.DIGITS, day)
          .edge(dash, CharClass.of('2'), tens2).edge(tens2, CharClass.range('0', (char) ('0' + Math.min(9, length - 20))), day);
      if (length >= 30) {
        b.edge(dash, CharClass.of('3'), tens3).edge(tens3, CharClass.range('0', (char) ('0' + length - 30)), day);
      }
    }
    return b.at(day).word(separator);
  }

  private static boolean leap(int yearMod400) {
    return yearMod400 % 4 == 0 && (yearMod400 % 100 != 0 || yearMod400 == 0);
  }

  /** {@code uuuu-MM-ddTHH:mm:ss.} and {@code fraction} digits, with a {@code Z} for an instant. */
  private static Nfa dateTime(boolean instant, int fraction) {
    Nfa.Dfa.Builder b = date("T");
    int hour = b.last();
    int tens01 = b.state();
    int tens2 = b.state();
    int minutes = b.state();
    b.edge(hour, CharClass.anyOf("01"), tens01).edge(tens01, CharClass.DIGITS, minutes)
        .edge(hour, CharClass.of('2'), tens2).edge(tens2, CharClass.range('0', '3'), minutes);
    b.at(minutes).word(":").then(CharClass.range('0', '5')).digits(1)
        .word(":").then(CharClass.range('0', '5')).digits(1)
        .word(".").digits(fraction);
    return (instant ? b.word("Z") : b).build();
  }

  private static Nfa uuid() {
    Nfa.Dfa.Builder b = Nfa.Dfa.builder();
    int[] groups = {8, 4, 4, 4, 12};
    for (int g = 0; g < groups.length; g++) {
      if (g > 0) {
        b.word("-");
      }
      for (int i = 0; i < groups[g]; i++) {
        b.then(LOWER_HEX);
      }
    }
    return b.build();
  }
}
