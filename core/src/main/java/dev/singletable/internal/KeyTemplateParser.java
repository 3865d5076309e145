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

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of a {@link KeyTemplate} (whose Javadoc states the grammar) into its segments,
 * or throws a {@link TemplateSyntaxException} naming the problem and where it is. Static and
 * thread-safe.
 */
final class KeyTemplateParser {

  private KeyTemplateParser() {}

  /** Parses a template; see {@link KeyTemplate#parse}. */
  static KeyTemplate parse(String template, char delimiter) {
    if (template.isEmpty()) {
      throw new TemplateSyntaxException(EMPTY_TEMPLATE, template, 0, "the template is empty");
    }
    List<KeyTemplate.Segment> segments = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    int segmentStart = 0;
    // Every delimiter ends a segment: a placeholder cannot contain one, so a '<' whose '>' comes
    // after the next delimiter is unclosed.
    for (int i = 0; i <= template.length(); i++) {
      if (i == template.length() || template.charAt(i) == delimiter) {
        segments.add(parseSegment(template, segmentStart, i, placeholders));
        segmentStart = i + 1;
      }
    }
    return new KeyTemplate(template, delimiter, List.copyOf(segments), List.copyOf(placeholders));
  }

  private static KeyTemplate.Segment parseSegment(String template, int start, int end, List<String> placeholders) {
    String name = null;
    KeyTemplate.Format format = null;
    int nameStart = -1;
    int close = -1;
    for (int i = start; i < end; i++) {
      char c = template.charAt(i);
      if (c == '>') {
        throw new TemplateSyntaxException(UNMATCHED_CLOSE, template, i, "'>' closes no placeholder");
      }
      if (c != '<') {
        continue;
      }
      int j = i + 1;
      while (j < end && template.charAt(j) != '>') {
        if (template.charAt(j) == '<') {
          throw new TemplateSyntaxException(NESTED_PLACEHOLDER, template, j,
              "'<' inside the placeholder opened at index " + i + "; placeholders cannot nest");
        }
        j++;
      }
      if (j == end) {
        throw new TemplateSyntaxException(UNCLOSED_PLACEHOLDER, template, i,
            "'<' has no matching '>'" + (end < template.length() ? " before the delimiter" : ""));
      }
      String inside = template.substring(i + 1, j);
      int colon = inside.indexOf(':');
      String found = colon < 0 ? inside : inside.substring(0, colon);
      if (found.isEmpty()) {
        throw new TemplateSyntaxException(EMPTY_PLACEHOLDER, template, i, "'<" + inside + ">' names no property");
      }
      if (!isJavaIdentifier(found)) {
        throw new TemplateSyntaxException(INVALID_PLACEHOLDER_NAME, template, i + 1,
            "\"" + found + "\" is not a property name");
      }
      if (name != null) {
        throw new TemplateSyntaxException(PLACEHOLDERS_IN_ONE_SEGMENT, template, i,
            "<" + name + "> and <" + found + "> share a segment, so a rendered key could not be split"
                + " back into their values; separate them with the delimiter");
      }
      if (placeholders.contains(found)) {
        throw new TemplateSyntaxException(DUPLICATE_PLACEHOLDER, template, i,
            "<" + found + "> appears twice");
      }
      format = colon < 0 ? null : format(template, i + 2 + colon, inside.substring(colon + 1), found);
      name = found;
      nameStart = i;
      close = j;
      i = j;
    }
    if (name == null) {
      return new KeyTemplate.Segment(template.substring(start, end), null, "");
    }
    placeholders.add(name);
    return new KeyTemplate.Segment(template.substring(start, nameStart), name, format, template.substring(close + 1, end));
  }

  /** Reads the format text {@code text}, found at {@code index} after the {@code :} of {@code <name:}. */
  private static KeyTemplate.Format format(String template, int index, String text, String name) {
    int open = text.indexOf('(');
    String formatName = open < 0 ? text : text.substring(0, open);
    if (!isFormatName(formatName)) {
      throw new TemplateSyntaxException(INVALID_FORMAT, template, index, text.isEmpty()
          ? "':' after <" + name + " names no format"
          : "\"" + text + "\" is not a format: a format is a lower-case name such as iso-millis, optionally"
              + " followed by a width in parentheses such as padded(6)");
    }
    if (open < 0) {
      return new KeyTemplate.Format(formatName, KeyTemplate.Format.NO_WIDTH);
    }
    String digits = text.endsWith(")") ? text.substring(open + 1, text.length() - 1) : "";
    if (digits.isEmpty() || !allIn(digits, "0123456789")) {
      throw new TemplateSyntaxException(INVALID_FORMAT, template, index + open,
          "the width of format " + formatName + " is \"" + text.substring(open) + "\"; write a number in"
              + " parentheses, such as " + formatName + "(6)");
    }
    long width = 0;
    for (int k = 0; k < digits.length() && width <= Integer.MAX_VALUE; k++) {
      width = width * 10 + digits.charAt(k) - '0';
    }
    return new KeyTemplate.Format(formatName, (int) Math.min(width, Integer.MAX_VALUE));
  }

  private static boolean isFormatName(String s) {
    if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      return false;
    }
    return allIn(s, "abcdefghijklmnopqrstuvwxyz0123456789-");
  }

  // Loops, not streams, here and below: the runtime parses templates when generated key classes
  // load, and a fresh JVM's first stream costs about 15 classes and a spun lambda.
  private static boolean allIn(String s, String allowed) {
    for (int i = 0; i < s.length(); i++) {
      if (allowed.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isJavaIdentifier(String s) {
    if (!Character.isJavaIdentifierStart(s.codePointAt(0))) {
      return false;
    }
    for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      if (!Character.isJavaIdentifierPart(s.codePointAt(i))) {
        return false;
      }
    }
    return true;
  }
}
