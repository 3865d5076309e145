package dev.singletable.processor;

import dev.singletable.internal.KeyEncoding;
import java.time.Instant;

/**
 * Describes a placeholder's key format for people: an example rendering and the order its keys
 * keep, as the design sheet shows them.
 */
final class KeyFormatExamples {

  private static final Instant INSTANT = Instant.parse("2026-03-15T10:03:03.369Z");
  private static final Instant SECOND = Instant.parse("2026-03-15T10:03:03Z");

  private KeyFormatExamples() {}

  /** A rendering of a typical value: {@code 2026-03-15T10:03:03.369Z}, {@code 42}, {@code pending}. */
  static String example(ValueFormat format, char delimiter) {
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
    return switch (format.format()) {
      case ISO_MILLIS, EPOCH_MILLIS -> format.render(INSTANT, encoding);
      case EPOCH_SECONDS -> format.render(SECOND, encoding);
      case UNPADDED -> format.render(42L, encoding);
      case PADDED -> format.render(format.width() == 1 ? 7L : 42L, encoding);
      case LOWER, SPELLED -> format.render(format.constants().get(0), encoding);
      case RAW -> "ORD 001";
    };
  }

  /** The order its keys keep, in a few words. */
  static String order(ValueFormat format) {
    return switch (format.format()) {
      case ISO_MILLIS -> "the order of the instants";
      case EPOCH_SECONDS, EPOCH_MILLIS -> format.hasWidth() ? "the order of the instants from 1970"
          : "the order of the instants only while they have as many digits";
      case UNPADDED -> "the order of the numbers only while they have as many digits";
      case PADDED -> "the order of the numbers from 0 up to " + format.width() + " digits";
      case LOWER, SPELLED -> "the order of the spellings";
      case RAW -> "the order of the strings, where no text follows them";
    };
  }
}
