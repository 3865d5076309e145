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
   * Checks a key value's size.
   *
   * @param what the key, for the message, such as {@code Partition key PK}
   * @param template the template it was rendered from, or {@code null}
   * @throws IllegalArgumentException if the value is over {@code maxBytes} of UTF-8
   */
  public static void checkSize(String what, String template, String value, int maxBytes) {
    // A UTF-16 char is at most 3 UTF-8 bytes: short values need no byte count.
    if (value.length() * 3 <= maxBytes) {
      return;
    }
    int bytes = KeyEncoding.utf8Length(value);
    if (bytes > maxBytes) {
      throw new IllegalArgumentException(what + ofTemplate(template) + " is " + bytes
          + " bytes of UTF-8; DynamoDB allows at most " + maxBytes + ": \""
          + value.substring(0, Math.min(80, value.length())) + "...\"");
    }
  }

  /**
   * Checks that a full key value is not empty.
   *
   * @throws IllegalArgumentException if it is
   */
  public static void checkNotEmpty(String what, String template, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + ofTemplate(template)
          + " renders an empty string, which DynamoDB rejects as a key value");
    }
  }

  private static String ofTemplate(String template) {
    return template == null ? "" : " of template \"" + template + "\"";
  }
}
