package dev.singletable.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The types a key template placeholder may have, with their rendering. <b>Not API.</b>
 *
 * <p>The processor uses {@link #forTypeName} to check placeholder types and {@link #coarser()} to
 * generate coarse temporal prefixes; the runtime renders and parses values generically with
 * {@link #render} and {@link #parse}. Generated code calls {@link KeyValues} and
 * {@link KeyEncoding} directly instead, for speed.
 */
public enum KeyValueType {
  /** {@code String}, escaped by {@link KeyEncoding}. */
  STRING("java.lang.String"),
  /** Any enum, rendered as its {@code name()}, escaped; orders by name. */
  ENUM("java.lang.Enum"),
  /** {@code int} or {@code Integer}. */
  INT("java.lang.Integer", "int"),
  /** {@code long} or {@code Long}. */
  LONG("java.lang.Long", "long"),
  /** {@code boolean} or {@code Boolean}. */
  BOOLEAN("java.lang.Boolean", "boolean"),
  /** {@code java.time.Year}. */
  YEAR("java.time.Year"),
  /** {@code java.time.YearMonth}. */
  YEAR_MONTH("java.time.YearMonth", YEAR),
  /** {@code java.time.LocalDate}. */
  LOCAL_DATE("java.time.LocalDate", YEAR_MONTH, YEAR),
  /** {@code java.time.LocalDateTime}. */
  LOCAL_DATE_TIME("java.time.LocalDateTime", LOCAL_DATE, YEAR_MONTH, YEAR),
  /** {@code java.time.Instant}, in UTC. */
  INSTANT("java.time.Instant", LOCAL_DATE, YEAR_MONTH, YEAR),
  /** {@code java.util.UUID}. */
  UUID("java.util.UUID");

  private final String typeName;
  private final String primitiveName;
  private final List<KeyValueType> coarser;

  KeyValueType(String typeName, KeyValueType... coarser) {
    this(typeName, null, coarser);
  }

  KeyValueType(String typeName, String primitiveName, KeyValueType... coarser) {
    this.typeName = typeName;
    this.primitiveName = primitiveName;
    this.coarser = List.of(coarser);
  }

  /** Returns the qualified name of the (boxed) Java type. */
  public String typeName() {
    return typeName;
  }

  /**
   * Returns the coarser temporal types whose rendering is a prefix of this type's, finest first:
   * {@code YearMonth} and {@code Year} for {@code LocalDate}.
   */
  public List<KeyValueType> coarser() {
    return coarser;
  }

  /**
   * Returns the type for a qualified type name or primitive keyword, if it is supported.
   *
   * @param isEnum whether the named type is an enum
   */
  public static Optional<KeyValueType> forTypeName(String qualifiedName, boolean isEnum) {
    if (isEnum) {
      return Optional.of(ENUM);
    }
    for (KeyValueType type : values()) {
      if (type != ENUM && (type.typeName.equals(qualifiedName) || qualifiedName.equals(type.primitiveName))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Returns the type of a runtime value's class, if it is supported. */
  public static Optional<KeyValueType> forClass(Class<?> type) {
    return forTypeName(type.getName(), type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum()));
  }

  /**
   * Renders a value of this type as it appears in a key, escaped for {@code encoding}.
   *
   * @throws IllegalArgumentException if the value cannot be rendered (a year outside 0000-9999, a
   *     lone surrogate) or has another type
   */
  public String render(Object value, KeyEncoding encoding) {
    if (value == null || forClass(value.getClass()).orElse(null) != this) {
      throw new IllegalArgumentException("Cannot render " + (value == null ? "null" : value.getClass().getName()
          + " " + value) + " as a " + name() + " key value (" + typeName + ")");
    }
    return switch (this) {
      case STRING -> encoding.encode((String) value);
      case ENUM -> encoding.encode(((Enum<?>) value).name());
      case INT -> KeyText.intValue((Integer) value);
      case LONG -> KeyText.longValue((Long) value);
      case BOOLEAN -> KeyText.booleanValue((Boolean) value);
      case YEAR -> KeyText.year((Year) value);
      case YEAR_MONTH -> KeyText.yearMonth((YearMonth) value);
      case LOCAL_DATE -> KeyText.localDate((LocalDate) value);
      case LOCAL_DATE_TIME -> KeyText.localDateTime((LocalDateTime) value);
      case INSTANT -> KeyText.instant((Instant) value);
      case UUID -> KeyText.uuid((java.util.UUID) value);
    };
  }

  /**
   * Parses a rendered value back to a value of {@code javaType}.
   *
   * @throws IllegalArgumentException if {@code rendered} is not a rendering of this type
   */
  public Object parse(String rendered, Class<?> javaType, KeyEncoding encoding) {
    return switch (this) {
      case STRING -> encoding.decode(rendered);
      case ENUM -> enumConstant(javaType, encoding.decode(rendered));
      case INT -> KeyValues.parseInt(rendered);
      case LONG -> KeyValues.parseLong(rendered);
      case BOOLEAN -> KeyValues.parseBoolean(rendered);
      case YEAR -> KeyValues.parseYear(rendered);
      case YEAR_MONTH -> KeyValues.parseYearMonth(rendered);
      case LOCAL_DATE -> KeyValues.parseLocalDate(rendered);
      case LOCAL_DATE_TIME -> KeyValues.parseLocalDateTime(rendered);
      case INSTANT -> KeyValues.parseInstant(rendered);
      case UUID -> KeyValues.parseUuid(rendered);
    };
  }

  private static Object enumConstant(Class<?> enumType, String name) {
    for (Object constant : enumType.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("\"" + name + "\" is not a constant of " + enumType.getName());
  }
}
