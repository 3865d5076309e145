package dev.singletable.internal;

/**
 * DynamoDB's limits on key values, checked before a request is sent. <b>Not API.</b> Static and
 * thread-safe.
 */
public final class KeyLimits {

  /** The limit on a partition key value, in UTF-8 bytes. */
  public static final int PARTITION_KEY_BYTES = 2048;

  /** The limit on a sort key value, in UTF-8 bytes. */
  public static final int SORT_KEY_BYTES = 1024;

  private KeyLimits() {}

  /**
   * Checks a rendered key value: not empty (unless {@code mayBeEmpty}, as a prefix may be) and at
   * most {@code maxBytes} of UTF-8. Every key passes here, so the message, {@code subject + " " +
   * attributeName}, is only built when a check fails.
   *
   * @param subject what the value is, such as {@code Sort key} or {@code Order key attribute}
   * @param attributeName the key attribute, such as {@code SK}
   * @param template the template it was rendered from, or {@code null}
   * @throws IllegalArgumentException if the value is empty or too long
   */
  public static void check(String subject, String attributeName, String template, String value, boolean mayBeEmpty,
      int maxBytes) {
    // A UTF-16 char is at most 3 UTF-8 bytes: short values need no byte count.
    if (value.isEmpty() ? mayBeEmpty : value.length() * 3 <= maxBytes) {
      return;
    }
    String what = subject + " " + attributeName;
    if (!mayBeEmpty) {
      checkNotEmpty(what, template, value);
    }
    checkSize(what, template, value, maxBytes);
  }

  private static void checkSize(String what, String template, String value, int maxBytes) {
    int bytes = KeyEncoding.utf8Length(value);
    if (bytes > maxBytes) {
      throw new IllegalArgumentException(what + ofTemplate(template) + " is " + bytes
          + " bytes of UTF-8; DynamoDB allows at most " + maxBytes + ": \""
          + value.substring(0, Math.min(80, value.length())) + "...\"");
    }
  }

  private static void checkNotEmpty(String what, String template, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + ofTemplate(template)
          + " renders an empty string, which DynamoDB rejects as a key value");
    }
  }

  private static String ofTemplate(String template) {
    return template == null ? "" : " of template \"" + template + "\"";
  }
}
