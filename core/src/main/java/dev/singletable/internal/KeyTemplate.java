package dev.singletable.internal;


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
 * <p>Grammar: a template is literal text with {@code <name>} or {@code <name:format>}
 * placeholders, {@code name} a Java identifier and {@code format} a lower-case name
 * ({@code [a-z][a-z0-9-]*}), optionally followed by a width in parentheses: {@code <createdAt:iso-millis>},
 * {@code <page:padded(6)>}. Which format names exist and what they render is {@link KeyFormat}'s
 * business; this class only reads them. The delimiter splits a template into segments; a segment is
 * literal text around at most one placeholder ({@code ORDER}, {@code <date>}, {@code v<version>}),
 * and may be empty ({@code #METADATA#<id>} starts with an empty segment). Because a rendered value
 * never contains the delimiter ({@link KeyEncoding}, {@link KeyFormat}), a rendered key splits back
 * into the same segments and each placeholder's value is the segment minus its literal prefix and
 * suffix.
 *
 * <p>Immutable and thread-safe.
 */
public final class KeyTemplate {

  /**
   * The format a placeholder names after {@code :}, as written: {@code iso-millis},
   * {@code padded(6)}.
   *
   * @param name the format name, such as {@code padded}
   * @param width the number in parentheses, or {@link #NO_WIDTH}; a number too large for an
   *     {@code int} reads as {@link Integer#MAX_VALUE}
   */
  public record Format(String name, int width) {

    /** The width of a format written without parentheses. */
    public static final int NO_WIDTH = -1;

    /** Returns whether a width was written. */
    public boolean hasWidth() {
      return width != NO_WIDTH;
    }

    /** Returns the format as written in a template: {@code padded(6)}. */
    @Override
    public String toString() {
      return hasWidth() ? name + "(" + width + ")" : name;
    }
  }

  /**
   * One segment: literal {@code prefix}, an optional placeholder with an optional format, literal
   * {@code suffix}.
   */
  public record Segment(String prefix, String placeholder, Format format, String suffix) {

    /** A segment whose placeholder, if any, names no format. */
    public Segment(String prefix, String placeholder, String suffix) {
      this(prefix, placeholder, null, suffix);
    }

    /** Returns whether the segment holds a placeholder. */
    public boolean hasPlaceholder() {
      return placeholder != null;
    }

    /** Returns the placeholder as written: {@code <date>}, {@code <createdAt:iso-millis>}; empty if none. */
    public String placeholderNotation() {
      if (placeholder == null) {
        return "";
      }
      return "<" + placeholder + (format == null ? "" : ":" + format) + ">";
    }

    /** Returns the segment as written in the template: {@code v<version>}. */
    public String notation() {
      return prefix + placeholderNotation() + suffix;
    }
  }

  private final String template;
  private final char delimiter;
  private final List<Segment> segments;
  private final List<String> placeholders;

  KeyTemplate(String template, char delimiter, List<Segment> segments, List<String> placeholders) {
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
    return KeyTemplateParser.parse(template, delimiter);
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

  /**
   * Returns the segment that holds {@code placeholder}.
   *
   * @throws IllegalArgumentException if the template has no such placeholder
   */
  public Segment segmentOf(String placeholder) {
    for (Segment segment : segments) {
      if (placeholder.equals(segment.placeholder())) {
        return segment;
      }
    }
    throw new IllegalArgumentException("Key template \"" + template + "\" has no placeholder <" + placeholder + ">");
  }

  /** Returns whether the template has no placeholder, such as {@code PROFILE}. */
  public boolean isConstant() {
    return placeholders.isEmpty();
  }

  /**
   * Renders the template from already-encoded placeholder values ({@link KeyField#renderValue}).
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
