package dev.singletable.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a placeholder may name after {@code :} ({@code <createdAt:iso-millis>}), so that a
 * template describes keys that other code wrote: each renders a value of some placeholder types
 * another way than the default order-preserving form of {@link KeyValueType}. <b>Not API.</b>
 *
 * <p>Every format renders exactly and parses back exactly: a value a format cannot hold (an
 * instant with digits below the millisecond for {@code iso-millis}, a number with more digits than
 * {@code padded(n)} holds, a raw string with the delimiter) is an {@link IllegalArgumentException},
 * never rounded or cut. What some formats give up is the order of the keys; the annotation
 * processor warns where that matters (docs/keys.md has the table). The processor checks names,
 * types and widths at compile time; {@link KeyField} resolves them at run time.
 *
 * <p>Immutable and thread-safe.
 */
public enum KeyFormat {
  /** {@code Instant} as {@code uuuu-MM-ddTHH:mm:ss.SSSZ} (JavaScript's {@code toISOString()}); ordered. */
  ISO_MILLIS("iso-millis", Width.NONE, KeyValueType.INSTANT),
  /** {@code Instant} as its epoch second, unpadded, or with a width zero-padded; ordered only with a width. */
  EPOCH_SECONDS("epoch-seconds", Width.OPTIONAL, KeyValueType.INSTANT),
  /** {@code Instant} as its epoch millisecond, unpadded, or with a width zero-padded; ordered only with a width. */
  EPOCH_MILLIS("epoch-millis", Width.OPTIONAL, KeyValueType.INSTANT),
  /** {@code int} or {@code long} in decimal as {@code Long.toString} writes it ({@code VIEWS#3}); not ordered. */
  UNPADDED("unpadded", Width.NONE, KeyValueType.INT, KeyValueType.LONG),
  /** {@code int} or {@code long} from 0 in exactly {@code width} digits ({@code padded(3)}: {@code 007}); ordered. */
  PADDED("padded", Width.REQUIRED, KeyValueType.INT, KeyValueType.LONG),
  /** An enum by its name in lower case ({@code STATUS#pending}), unescaped; orders by that spelling. */
  LOWER("lower", Width.NONE, KeyValueType.ENUM),
  /** An enum by the {@code @KeySpelling} of each constant, unescaped; orders by the spellings. */
  SPELLED("spelled", Width.NONE, KeyValueType.ENUM),
  /** A {@code String} unescaped; it may not hold the delimiter. Ordered only where no text follows it. */
  RAW("raw", Width.NONE, KeyValueType.STRING);

  /** Whether a format takes a width in parentheses. */
  public enum Width {
    /** {@code iso-millis}. */
    NONE,
    /** {@code epoch-seconds} or {@code epoch-seconds(10)}. */
    OPTIONAL,
    /** {@code padded(6)}. */
    REQUIRED
  }

  private final String formatName;
  private final Width width;
  private final List<KeyValueType> types;

  KeyFormat(String formatName, Width width, KeyValueType... types) {
    this.formatName = formatName;
    this.width = width;
    this.types = List.of(types);
  }

  /** Returns the name written in templates, such as {@code iso-millis}. */
  public String formatName() {
    return formatName;
  }

  /** Returns whether the format takes a width. */
  public Width width() {
    return width;
  }

  /** Returns the placeholder types the format renders. */
  public List<KeyValueType> types() {
    return types;
  }

  /** Returns the format of a name, if there is one. */
  public static Optional<KeyFormat> named(String name) {
    for (KeyFormat format : values()) { // a loop: key fields call this in generated classes' class init
      if (format.formatName.equals(name)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Returns the formats of a placeholder type, in declaration order. */
  public static List<KeyFormat> forType(KeyValueType type) {
    return Arrays.stream(values()).filter(f -> f.types.contains(type)).toList();
  }

  /**
   * Returns the largest width for a type, the digits of its largest value: 10 for an {@code int},
   * 19 for a {@code long}, 12 for epoch seconds and 15 for epoch milliseconds of the year 9999;
   * 0 for a format without a width.
   */
  public int maxWidth(KeyValueType type) {
    return switch (this) {
      case PADDED -> type == KeyValueType.INT ? 10 : 19;
      case EPOCH_SECONDS -> 12;
      case EPOCH_MILLIS -> 15;
      default -> 0;
    };
  }

  /**
   * Returns the coarser temporal types whose default rendering is a prefix of this format's: a
   * date, year-month and year for {@code iso-millis}, none for the other formats.
   */
  public List<KeyValueType> coarser(KeyValueType type) {
    return this == ISO_MILLIS ? type.coarser() : List.of();
  }

  /**
   * Renders a value of {@code type} in this format.
   *
   * @param width the width, or {@link KeyTemplate.Format#NO_WIDTH}
   * @param spellings the constants' spellings, for {@link #SPELLED}; otherwise ignored
   * @throws IllegalArgumentException if the format cannot render the value exactly
   */
  public String render(Object value, KeyValueType type, int width, KeySpellings spellings, KeyEncoding encoding) {
    checkType(type);
    return switch (this) {
      case ISO_MILLIS -> KeyFormatText.isoMillis((Instant) value);
      case EPOCH_SECONDS -> width > 0 ? KeyFormatText.epochSeconds((Instant) value, width)
          : KeyFormatText.epochSeconds((Instant) value);
      case EPOCH_MILLIS -> width > 0 ? KeyFormatText.epochMillis((Instant) value, width)
          : KeyFormatText.epochMillis((Instant) value);
      case UNPADDED -> KeyFormatText.unpadded(((Number) value).longValue());
      case PADDED -> KeyFormatText.padded(((Number) value).longValue(), width);
      case LOWER -> encoding.raw(KeyFormatText.lowerCase((Enum<?>) value));
      case SPELLED -> spellings(spellings).spell((Enum<?>) value);
      case RAW -> encoding.raw((String) value);
    };
  }

  /**
   * Parses a rendering of this format back to a value of {@code javaType}: boxed, an enum
   * constant, an {@code Instant} or a {@code String}.
   *
   * @throws IllegalArgumentException if {@code text} is not a rendering of this format
   */
  public Object parse(String text, KeyValueType type, Class<?> javaType, int width, KeySpellings spellings,
      KeyEncoding encoding) {
    checkType(type);
    boolean isInt = type == KeyValueType.INT;
    return switch (this) {
      case ISO_MILLIS -> KeyFormatText.parseIsoMillis(text);
      case EPOCH_SECONDS -> KeyFormatText.parseEpochSeconds(text, width);
      case EPOCH_MILLIS -> KeyFormatText.parseEpochMillis(text, width);
      case UNPADDED -> number(isInt, KeyFormatText.parseUnpadded(text, isInt ? Integer.MIN_VALUE : Long.MIN_VALUE,
          isInt ? Integer.MAX_VALUE : Long.MAX_VALUE));
      case PADDED -> number(isInt, KeyFormatText.parsePadded(text, width,
          Math.min(KeyFormatText.largest(width), isInt ? Integer.MAX_VALUE : Long.MAX_VALUE)));
      case LOWER -> lowerCaseConstant(javaType, text);
      case SPELLED -> spellings(spellings).parse(text);
      case RAW -> encoding.raw(text);
    };
  }

  private void checkType(KeyValueType type) {
    if (!types.contains(type)) {
      throw new IllegalArgumentException("Format " + formatName + " renders " + types + ", not " + type);
    }
  }

  private static Object number(boolean isInt, long value) {
    if (isInt) { // not a conditional expression: it would promote the Integer to a Long
      return Integer.valueOf((int) value);
    }
    return Long.valueOf(value);
  }

  private KeySpellings spellings(KeySpellings spellings) {
    if (spellings == null) {
      throw new IllegalArgumentException("Format spelled needs the spellings of the enum's constants");
    }
    return spellings;
  }

  private static Object lowerCaseConstant(Class<?> enumType, String text) {
    for (Object constant : enumType.getEnumConstants()) {
      if (((Enum<?>) constant).name().toLowerCase(Locale.ROOT).equals(text)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("\"" + text + "\" is the lower-case name of no constant of " + enumType.getName());
  }
}
