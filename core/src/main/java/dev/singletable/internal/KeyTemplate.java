package dev.singletable.internal;

import static dev.singletable.internal.TemplateSyntaxException.Problem.DUPLICATE_PLACEHOLDER;
import static dev.singletable.internal.TemplateSyntaxException.Problem.EMPTY_PLACEHOLDER;
import static dev.singletable.internal.TemplateSyntaxException.Problem.EMPTY_TEMPLATE;
import static dev.singletable.internal.TemplateSyntaxException.Problem.INVALID_PLACEHOLDER_NAME;
import static dev.singletable.internal.TemplateSyntaxException.Problem.NESTED_PLACEHOLDER;
import static dev.singletable.internal.TemplateSyntaxException.Problem.PLACEHOLDERS_IN_ONE_SEGMENT;
import static dev.singletable.internal.TemplateSyntaxException.Problem.UNCLOSED_PLACEHOLDER;
import static dev.singletable.internal.TemplateSyntaxException.Problem.UNMATCHED_CLOSE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed key template: the grammar shared by the annotation processor and the runtime.
 * <b>Not API.</b>
 *
 * <p>Grammar: a template is literal text with {@code <name>} placeholders, {@code name} a Java
 * identifier. The delimiter splits it into segments; a segment is literal text around at most one
 * placeholder ({@code ORDER}, {@code <date>}, {@code v<version>}). Because a rendered value never
 * contains the delimiter ({@link KeyEncoding}), a rendered key splits back into the same segments
 * and each placeholder's value is the segment minus its literal prefix and suffix.
 *
 * <p>Immutable and thread-safe.
 */
public final class KeyTemplate {

  /** One segment: literal {@code prefix}, an optional placeholder, literal {@code suffix}. */
  public record Segment(String prefix, String placeholder, String suffix) {

    /** Returns whether the segment holds a placeholder. */
    public boolean hasPlaceholder() {
      return placeholder != null;
    }
  }

  private final String template;
  private final char delimiter;
  private final List<Segment> segments;
  private final List<String> placeholders;

  private KeyTemplate(String template, char delimiter, List<Segment> segments, List<String> placeholders) {
    this.template = template;
    this.delimiter = delimiter;
    this.segments = segments;
    this.placeholders = placeholders;
  }

  /**
   * Parses a template.
   *
   * @throws TemplateSyntaxException naming the problem and its index in the template
   */
  public static KeyTemplate parse(String template, char delimiter) {
    if (template.isEmpty()) {
      throw new TemplateSyntaxException(EMPTY_TEMPLATE, template, 0, "the template is empty");
    }
    List<Segment> segments = new ArrayList<>();
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

  private static Segment parseSegment(String template, int start, int end, List<String> placeholders) {
    String name = null;
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
      String found = template.substring(i + 1, j);
      if (found.isEmpty()) {
        throw new TemplateSyntaxException(EMPTY_PLACEHOLDER, template, i, "'<>' names no property");
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
      name = found;
      nameStart = i;
      close = j;
      i = j;
    }
    if (name == null) {
      return new Segment(template.substring(start, end), null, "");
    }
    placeholders.add(name);
    return new Segment(template.substring(start, nameStart), name, template.substring(close + 1, end));
  }

  private static boolean isJavaIdentifier(String s) {
    if (!Character.isJavaIdentifierStart(s.codePointAt(0))) {
      return false;
    }
    // A loop, not a stream: the runtime parses templates too, and a first stream costs a fresh
    // JVM about 15 classes.
    for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      if (!Character.isJavaIdentifierPart(s.codePointAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the template text, such as {@code ORDER#<date>#<orderId>}. */
  public String template() {
    return template;
  }

  /** Returns the delimiter the template was parsed with. */
  public char delimiter() {
    return delimiter;
  }

  /** Returns the segments, in order. */
  public List<Segment> segments() {
    return segments;
  }

  /** Returns the placeholder names, in order of appearance. */
  public List<String> placeholders() {
    return placeholders;
  }

  /** Returns whether the template has no placeholder, such as {@code PROFILE}. */
  public boolean isConstant() {
    return placeholders.isEmpty();
  }

  /**
   * Renders the template from already-encoded placeholder values ({@link KeyValueType#render}).
   *
   * @param encoded rendered value per placeholder name; must hold every placeholder
   */
  public String render(Map<String, String> encoded) {
    return renderPrefix(encoded, placeholders.size());
  }

  /**
   * Renders the key up to the start of placeholder {@code count}'s value: the prefix shared by
   * every key whose first {@code count} values are the given ones. {@code count} equal to the
   * number of placeholders renders the whole key.
   */
  public String renderPrefix(Map<String, String> encoded, int count) {
    StringBuilder out = new StringBuilder(template.length() + 16);
    int seen = 0;
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      if (s > 0) {
        out.append(delimiter);
      }
      out.append(segment.prefix());
      if (segment.hasPlaceholder()) {
        if (seen == count) {
          return out.toString();
        }
        String value = encoded.get(segment.placeholder());
        if (value == null) {
          throw new IllegalArgumentException(
              "No value for <" + segment.placeholder() + "> of key template \"" + template + "\"");
        }
        out.append(value);
        seen++;
      }
      out.append(segment.suffix());
    }
    return out.toString();
  }

  /**
   * Splits a rendered key back into the encoded values of its placeholders, or returns empty if
   * the key does not have this template's shape (other literals or segment count).
   */
  public Optional<Map<String, String>> match(String key) {
    List<String> parts = split(key, delimiter);
    if (parts.size() != segments.size()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      String part = parts.get(s);
      if (!segment.hasPlaceholder()) {
        if (!part.equals(segment.prefix())) {
          return Optional.empty();
        }
        continue;
      }
      int literalLength = segment.prefix().length() + segment.suffix().length();
      if (part.length() < literalLength || !part.startsWith(segment.prefix())
          || !part.endsWith(segment.suffix())) {
        return Optional.empty();
      }
      values.put(segment.placeholder(),
          part.substring(segment.prefix().length(), part.length() - segment.suffix().length()));
    }
    return Optional.of(Collections.unmodifiableMap(values));
  }

  private static List<String> split(String key, char delimiter) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == delimiter) {
        parts.add(key.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(key.substring(start));
    return parts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyTemplate other && other.template.equals(template) && other.delimiter == delimiter;
  }

  @Override
  public int hashCode() {
    return template.hashCode() * 31 + delimiter;
  }

  @Override
  public String toString() {
    return template;
  }
}
