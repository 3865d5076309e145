package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Naming rules of generated code: class names, key method prefixes, constants, suggestions. */
final class Names {

  private Names() {}

  /**
   * Returns the generated class next to an entity or table: {@code OrderKeys} for {@code Order},
   * {@code Shop_OrderKeys} for a nested {@code Shop.Order}.
   */
  static ClassName sibling(ClassName type, String suffix) {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + suffix);
  }

  /** Returns the lower camel case of an index name: {@code GSI1} to {@code gsi1}. */
  static String lowerCamel(String name) {
    List<String> words = words(name);
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      out.append(out.length() == 0 ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
    if (out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0))) {
      out.insert(0, out.length() == 0 ? "index" : "index_");
    }
    return out.toString();
  }

  /** Returns the constant case of an index name: {@code StatusByDate-GSI} to {@code STATUS_BY_DATE_GSI}. */
  static String constantCase(String name) {
    String constant = String.join("_", words(name)).toUpperCase(Locale.ROOT);
    return constant.isEmpty() || !Character.isJavaIdentifierStart(constant.charAt(0)) ? "INDEX_" + constant : constant;
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Splits at non-alphanumerics and case changes; digits stay with the word before them. */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(words, word);
        continue;
      }
      if (word.length() > 0 && Character.isUpperCase(c)) {
        char previous = word.charAt(word.length() - 1);
        boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        // statusBy, gsi1Index: a capital after a lower-case letter or digit starts a word;
        // GSIIndex: the last capital of a run followed by lower case starts a word.
        if (Character.isLowerCase(previous) || Character.isDigit(previous)
            || (Character.isUpperCase(previous) && nextIsLower)) {
          flush(words, word);
        }
      }
      word.append(c);
    }
    flush(words, word);
    return words;
  }

  private static void flush(List<String> words, StringBuilder word) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /** Returns {@code base}, or {@code base} with a number appended, that is not in {@code taken}. */
  static String unique(String base, Set<String> taken) {
    String name = base;
    for (int i = 2; taken.contains(name); i++) {
      name = base + i;
    }
    return name;
  }

  /**
   * Returns " Did you mean "x"?" for the candidate closest to {@code wrong}, or "" if none is
   * close (edit distance above a third of the length, at least 2).
   */
  static String didYouMean(String wrong, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = candidate.equalsIgnoreCase(wrong) ? 0 : distance(wrong, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, wrong.length() / 3);
    return best != null && bestDistance <= allowed ? " Did you mean \"" + best + "\"?" : "";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
