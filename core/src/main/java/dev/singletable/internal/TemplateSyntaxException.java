package dev.singletable.internal;

/**
 * A key template that does not follow the grammar of {@link KeyTemplate}. <b>Not API.</b>
 *
 * <p>Carries the {@link Problem}, so that the annotation processor can report it under a stable
 * diagnostic id, and the index in the template where it was found.
 */
public final class TemplateSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with a template. */
  public enum Problem {
    /** The template is empty; DynamoDB rejects empty key values. */
    EMPTY_TEMPLATE,
    /** A {@code <} has no matching {@code >}. */
    UNCLOSED_PLACEHOLDER,
    /** {@code <>} names no property. */
    EMPTY_PLACEHOLDER,
    /** A {@code <} appears inside a placeholder. */
    NESTED_PLACEHOLDER,
    /** A {@code >} appears outside a placeholder. */
    UNMATCHED_CLOSE,
    /** The text between {@code <} and {@code >} is not a Java identifier. */
    INVALID_PLACEHOLDER_NAME,
    /** Two placeholders share a segment, so the rendered key could not be split back. */
    PLACEHOLDERS_IN_ONE_SEGMENT,
    /** The same placeholder appears twice. */
    DUPLICATE_PLACEHOLDER,
    /**
     * The text after {@code :} in a placeholder is not a format: a lower-case name, optionally
     * followed by a width in parentheses ({@code iso-millis}, {@code padded(6)}).
     */
    INVALID_FORMAT
  }

  private final Problem problem;
  private final String template;
  private final int index;

  TemplateSyntaxException(Problem problem, String template, int index, String detail) {
    super("Key template \"" + template + "\" is malformed at index " + index + ": " + detail);
    this.problem = problem;
    this.template = template;
    this.index = index;
  }

  /** Returns what is wrong. */
  public Problem problem() {
    return problem;
  }

  /** Returns the malformed template. */
  public String template() {
    return template;
  }

  /** Returns the index in the template where the problem was found. */
  public int index() {
    return index;
  }
}
