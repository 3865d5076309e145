package dev.singletable;

import dev.singletable.internal.KeyEncoding;

/** Checks DynamoDB's key size limits before a request is sent. */
final class KeySizes {

  private KeySizes() {}

  static void check(String what, String template, String value, int maxBytes) {
    // A UTF-16 char is at most 3 UTF-8 bytes: short values need no byte count.
    if (value.length() * 3 <= maxBytes) {
      return;
    }
    int bytes = KeyEncoding.utf8Length(value);
    if (bytes > maxBytes) {
      throw new IllegalArgumentException(what
          + (template == null ? "" : " of template \"" + template + "\"")
          + " is " + bytes + " bytes of UTF-8; DynamoDB allows at most " + maxBytes + ": \""
          + value.substring(0, Math.min(80, value.length())) + "...\"");
    }
  }
}
