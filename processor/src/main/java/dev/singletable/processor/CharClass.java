package dev.singletable.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of UTF-16 chars, as sorted, disjoint ranges: the label of an edge of a {@link Nfa}.
 * Immutable.
 */
final class CharClass {

  static final CharClass ALL = range('\0', '\uFFFF');
  static final CharClass DIGITS = range('0', '9');

  /** Characters an example value prefers, most readable first. */
  private static final String READABLE = "a0123456789bcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-";

  private final char[] bounds; // lo0, hi0, lo1, hi1, ... inclusive, sorted, disjoint

  private CharClass(char[] bounds) {
    this.bounds = bounds;
  }

  static CharClass of(char c) {
    return range(c, c);
  }

  static CharClass range(char lo, char hi) {
    return new CharClass(lo <= hi ? new char[] {lo, hi} : new char[0]);
  }

  /** Returns the class of the given characters. */
  static CharClass anyOf(String chars) {
    CharClass result = new CharClass(new char[0]);
    for (char c : chars.toCharArray()) {
      result = result.union(of(c));
    }
    return result;
  }

  boolean isEmpty() {
    return bounds.length == 0;
  }

  boolean contains(char c) {
    for (int i = 0; i < bounds.length; i += 2) {
      if (c >= bounds[i] && c <= bounds[i + 1]) {
        return true;
      }
    }
    return false;
  }

  CharClass intersect(CharClass other) {
    List<Character> out = new ArrayList<>();
    for (int i = 0; i < bounds.length; i += 2) {
      for (int j = 0; j < other.bounds.length; j += 2) {
        char lo = (char) Math.max(bounds[i], other.bounds[j]);
        char hi = (char) Math.min(bounds[i + 1], other.bounds[j + 1]);
        if (lo <= hi) {
          out.add(lo);
          out.add(hi);
        }
      }
    }
    return fromList(out);
  }

  CharClass union(CharClass other) {
    List<char[]> ranges = new ArrayList<>();
    for (CharClass c : List.of(this, other)) {
      for (int i = 0; i < c.bounds.length; i += 2) {
        ranges.add(new char[] {c.bounds[i], c.bounds[i + 1]});
      }
    }
    ranges.sort((a, b) -> Character.compare(a[0], b[0]));
    List<Character> out = new ArrayList<>();
    for (char[] range : ranges) {
      int last = out.size() - 1;
      if (last > 0 && range[0] <= out.get(last) + 1) {
        out.set(last, (char) Math.max(out.get(last), range[1]));
      } else {
        out.add(range[0]);
        out.add(range[1]);
      }
    }
    return fromList(out);
  }

  /** Returns a member, the most readable one; the class must not be empty. */
  char sample() {
    for (char c : READABLE.toCharArray()) {
      if (contains(c)) {
        return c;
      }
    }
    return bounds[0];
  }

  private static CharClass fromList(List<Character> list) {
    char[] out = new char[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return new CharClass(out);
  }
}
