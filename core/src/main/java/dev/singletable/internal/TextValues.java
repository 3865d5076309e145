package dev.singletable.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What generated table schemas call for the types the enhanced client stores as their ISO text:
 * {@link LocalDate}, {@link LocalDateTime}, {@link Instant} and {@link UUID}. <b>Not API.</b>
 *
 * <p>The SDK's default converters of these types write {@code S} of {@code toString()} and read
 * {@code S} with the type's {@code parse} (or {@code UUID.fromString}); so does this class, without
 * building the SDK's default provider ({@link DefaultConverters}). Whatever else a stored value
 * holds (another attribute type, text the parser refuses, a {@code LocalDateTime} without time)
 * goes to the SDK's converter, which reads it or throws its own exception: items and lenient
 * reads stay the SDK's.
 *
 * <p>All methods are static and thread-safe. Reads return {@code null} when the attribute is
 * absent or NUL.
 */
public final class TextValues {

  private TextValues() {}

  /** Writes a date as {@code S}, {@code 2026-03-15}. */
  public static AttributeValue write(LocalDate value) {
    return text(value);
  }

  /** Writes a date and time as {@code S}, {@code 2026-03-15T10:15:30}. */
  public static AttributeValue write(LocalDateTime value) {
    return text(value);
  }

  /** Writes an instant as {@code S}, {@code 2026-03-15T10:15:30.123Z}. */
  public static AttributeValue write(Instant value) {
    return text(value);
  }

  /** Writes a UUID as {@code S}, in its canonical lower-case form. */
  public static AttributeValue write(UUID value) {
    return text(value);
  }

  /** Reads a date. */
  public static LocalDate readLocalDate(Map<String, AttributeValue> map, String name) {
    return read(map, name, LocalDate.class);
  }

  /** Reads a date and time; text without a time, {@code 2026-03-15}, goes to the converter. */
  public static LocalDateTime readLocalDateTime(Map<String, AttributeValue> map, String name) {
    return read(map, name, LocalDateTime.class);
  }

  /** Reads an instant. */
  public static Instant readInstant(Map<String, AttributeValue> map, String name) {
    return read(map, name, Instant.class);
  }

  /** Reads a UUID. */
  public static UUID readUuid(Map<String, AttributeValue> map, String name) {
    return read(map, name, UUID.class);
  }

  private static <T> T read(Map<String, AttributeValue> map, String name, Class<T> type) {
    AttributeValue value = AttributeValues.get(map, name);
    if (value == null) {
      return null;
    }
    if (value.s() != null) {
      try {
        Object parsed = parse(type, value.s());
        if (parsed != null) {
          return type.cast(parsed);
        }
      } catch (RuntimeException refused) {
        // The converter throws the SDK's exception for it.
      }
    }
    return DefaultConverters.of(type).transformTo(value);
  }

  /** Parses text as the SDK's converter of {@code type} does, or returns {@code null} to leave it to it. */
  private static Object parse(Class<?> type, String text) {
    if (type == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (type == LocalDateTime.class) {
      return text.indexOf('T') >= 0 ? LocalDateTime.parse(text) : null;
    }
    if (type == Instant.class) {
      return Instant.parse(text);
    }
    return UUID.fromString(text);
  }

  private static AttributeValue text(Object value) {
    return value == null ? null : AttributeValue.fromS(value.toString());
  }
}
