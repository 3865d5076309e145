package dev.singletable.processor;

import dev.singletable.internal.KeyFormatText;
import dev.singletable.internal.KeyValueType;
import java.time.LocalDate;
import java.util.List;

/**
 * The renderings of the number formats ({@code KeyFormatText}) as automata: canonical decimal
 * numbers between two bounds ({@code unpadded}, {@code epoch-seconds}, {@code epoch-millis}), and
 * numbers of exactly {@code n} digits up to a bound ({@code padded(n)}, {@code epoch-seconds(n)},
 * {@code epoch-millis(n)}).
 */
final class NumberLanguages {

  /** The epoch seconds of 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: instants keys render. */
  private static final long MIN_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * 86_400L;
  private static final long MAX_SECOND = LocalDate.of(9999, 12, 31).toEpochDay() * 86_400L + 86_399L;

  private NumberLanguages() {}

  /** The renderings of a number format of {@code format}'s type. */
  static Nfa of(ValueFormat format) {
    boolean isInt = format.type() == KeyValueType.INT;
    long min = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
    long max = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
    return switch (format.format()) {
      case UNPADDED -> decimal(min, max);
      case PADDED -> digits(format.width(), max);
      case EPOCH_SECONDS -> format.hasWidth() ? digits(format.width(), MAX_SECOND) : decimal(MIN_SECOND, MAX_SECOND);
      case EPOCH_MILLIS -> format.hasWidth() ? digits(format.width(), MAX_SECOND * 1000 + 999)
          : decimal(MIN_SECOND * 1000, MAX_SECOND * 1000 + 999);
      default -> throw new IllegalArgumentException(format + " is not a number format");
    };
  }

  /** Canonical decimal numbers from {@code min} (at most 0) to {@code max}: {@code 0}, {@code 42}, {@code -7}. */
  static Nfa decimal(long min, long max) {
    Nfa.Dfa.Builder b = Nfa.Dfa.builder();
    int start = b.last();
    int zero = b.state();
    b.edge(start, CharClass.of('0'), zero).accept(zero);
    magnitudes(b, start, Long.toString(max), "+");
    if (min < 0) {
      int minus = b.state();
      b.edge(start, CharClass.of('-'), minus);
      // -(min) overflows for Long.MIN_VALUE: write its digits without the sign instead.
      magnitudes(b, minus, Long.toString(min).substring(1), "-");
    }
    return b.finish();
  }

  /** Exactly {@code width} digits whose value is at most {@code max}: {@code 007}. */
  static Nfa digits(int width, long max) {
    // From 19 digits on, largest(width) saturates at Long.MAX_VALUE, which 19 digits exceed: bound them.
    if (width < 19 && max >= KeyFormatText.largest(width)) {
      return Nfa.Dfa.builder().digits(width).build();
    }
    String bound = "0".repeat(width - Long.toString(max).length()) + max;
    Nfa.Dfa.Builder b = Nfa.Dfa.builder();
    int equal = b.last();
    int below = b.state();
    for (int d = 0; d < width; d++) {
      int nextEqual = d == width - 1 ? b.state("end") : b.state();
      int nextBelow = d == width - 1 ? b.state("end") : b.state();
      char limit = bound.charAt(d);
      b.edge(equal, CharClass.range('0', (char) (limit - 1)), nextBelow)
          .edge(equal, CharClass.of(limit), nextEqual)
          .edge(below, CharClass.DIGITS, nextBelow);
      equal = nextEqual;
      below = nextBelow;
    }
    return b.accept(b.state("end")).finish();
  }

  /**
   * From {@code from}, the numbers 1 to {@code max} without leading zeros. A state is the count of
   * digits read and how they compare with as many leading digits of {@code max}: a shorter
   * number is always below it, one of as many digits only if it compares below or equal.
   */
  private static void magnitudes(Nfa.Dfa.Builder b, int from, String max, String sign) {
    int length = max.length();
    char first = max.charAt(0);
    b.edge(from, CharClass.range('1', (char) (first - 1)), state(b, sign, 1, -1))
        .edge(from, CharClass.of(first), state(b, sign, 1, 0))
        .edge(from, CharClass.range((char) (first + 1), '9'), state(b, sign, 1, 1));
    for (int d = 1; d <= length; d++) {
      for (int compared = -1; compared <= 1; compared++) {
        int state = state(b, sign, d, compared);
        if (d < length || compared <= 0) {
          b.accept(state);
        }
        if (d == length) {
          continue;
        }
        if (compared != 0) {
          b.edge(state, CharClass.DIGITS, state(b, sign, d + 1, compared));
        } else {
          char limit = max.charAt(d);
          b.edge(state, CharClass.range('0', (char) (limit - 1)), state(b, sign, d + 1, -1))
              .edge(state, CharClass.of(limit), state(b, sign, d + 1, 0))
              .edge(state, CharClass.range((char) (limit + 1), '9'), state(b, sign, d + 1, 1));
        }
      }
    }
  }

  private static int state(Nfa.Dfa.Builder b, String sign, int digits, int compared) {
    return b.state(List.of(sign, digits, compared));
  }
}
