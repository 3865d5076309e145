package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * How a generated schema writes and reads one property's values: directly where the enhanced
 * client's default converter would produce exactly that value ({@code AttributeValues},
 * {@code TextValues}), with a converter otherwise. Decides which converters the schema holds
 * eagerly (cheap ones its items need: enums, singletable's own) and which it leaves to the
 * SDK's default provider, resolved on first use, since building that provider costs a fresh JVM
 * tens of milliseconds.
 */
enum AttributeCodec {
  STRING("readString"),
  INTEGER("readInteger"),
  LONG("readLong"),
  SHORT(null),
  BYTE(null),
  BOOLEAN("readBoolean"),
  LIST_OF_STRING("readListOfString"),
  MAP_OF_STRING("readMapOfString"),
  MAP_OF_INTEGER("readMapOfInteger"),
  MAP_OF_LONG("readMapOfLong"),
  LOCAL_DATE("readLocalDate"),
  LOCAL_DATE_TIME("readLocalDateTime"),
  INSTANT("readInstant"),
  UUID("readUuid"),
  /** An enum, through the SDK's {@code EnumAttributeConverter}, held eagerly: it is cheap. */
  ENUM(null),
  /** A type with singletable's own converter ({@code YearMonth}, {@code Year}), held eagerly. */
  OWN_CONVERTER(null),
  /** Any other type, through the SDK's default provider. */
  DEFAULT_CONVERTER(null);

  static final ClassName VALUES = ClassName.get("dev.singletable.internal", "AttributeValues");
  static final ClassName TEXT_VALUES = ClassName.get("dev.singletable.internal", "TextValues");
  static final ClassName ATTRIBUTE_VALUE = ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");

  /** The direct reader's name, or {@code null} when a converter reads the value. */
  private final String reader;

  AttributeCodec(String reader) {
    this.reader = reader;
  }

  /** Returns how {@code property}'s values are written and read. */
  static AttributeCodec of(PropertyModel property) {
    if (property.converter() != null) {
      return OWN_CONVERTER;
    }
    if (!property.enumConstants().isEmpty()) {
      return ENUM;
    }
    switch (property.boxedType().toString()) {
      case "java.lang.String": return STRING;
      case "java.lang.Integer": return INTEGER;
      case "java.lang.Long": return LONG;
      case "java.lang.Short": return SHORT;
      case "java.lang.Byte": return BYTE;
      case "java.lang.Boolean": return BOOLEAN;
      case "java.util.List<java.lang.String>": return LIST_OF_STRING;
      case "java.util.Map<java.lang.String, java.lang.String>": return MAP_OF_STRING;
      case "java.util.Map<java.lang.String, java.lang.Integer>": return MAP_OF_INTEGER;
      case "java.util.Map<java.lang.String, java.lang.Long>": return MAP_OF_LONG;
      case "java.time.LocalDate": return LOCAL_DATE;
      case "java.time.LocalDateTime": return LOCAL_DATE_TIME;
      case "java.time.Instant": return INSTANT;
      case "java.util.UUID": return UUID;
      default: return DEFAULT_CONVERTER;
    }
  }

  /** Whether the schema holds this property's converter in a field initialized with the schema. */
  boolean eagerConverter() {
    return this == ENUM || this == OWN_CONVERTER;
  }

  /**
   * The expression writing a property's value, {@code null} when the value is null.
   *
   * @param value the expression of the value, such as {@code item.date()}
   * @param converter the expression of the property's converter
   */
  CodeBlock write(PropertyModel property, CodeBlock value, CodeBlock converter) {
    return switch (this) {
      case STRING -> CodeBlock.of("$T.s($L)", VALUES, value);
      case INTEGER, LONG, SHORT, BYTE -> property.isPrimitive()
          ? CodeBlock.of("$T.fromN($T.toString($L))", ATTRIBUTE_VALUE, property.boxedType(), value)
          : CodeBlock.of("$T.n($L)", VALUES, value);
      case BOOLEAN -> property.isPrimitive() ? CodeBlock.of("$T.fromBool($L)", ATTRIBUTE_VALUE, value)
          : CodeBlock.of("$T.bool($L)", VALUES, value);
      case LIST_OF_STRING -> CodeBlock.of("$T.listOfString($L)", VALUES, value);
      case MAP_OF_STRING -> CodeBlock.of("$T.mapOfString($L)", VALUES, value);
      case MAP_OF_INTEGER, MAP_OF_LONG -> CodeBlock.of("$T.mapOfNumber($L)", VALUES, value);
      case LOCAL_DATE, LOCAL_DATE_TIME, INSTANT, UUID -> CodeBlock.of("$T.write($L)", TEXT_VALUES, value);
      case ENUM, OWN_CONVERTER, DEFAULT_CONVERTER -> property.isPrimitive()
          ? CodeBlock.of("$L.transformFrom($L)", converter, value)
          : CodeBlock.of("$T.convert($L, $L)", VALUES, value, converter);
    };
  }

  /**
   * The expression reading a property's (boxed) value, {@code null} when absent.
   *
   * @param map the name of the item's map
   * @param converter the expression of the property's converter
   */
  CodeBlock read(PropertyModel property, String map, CodeBlock converter) {
    if (reader == null) {
      return CodeBlock.of("$T.read($N, $S, $L)", VALUES, map, property.attributeName(), converter);
    }
    TypeName owner = switch (this) {
      case LOCAL_DATE, LOCAL_DATE_TIME, INSTANT, UUID -> TEXT_VALUES;
      default -> VALUES;
    };
    return CodeBlock.of("$T.$N($N, $S)", owner, reader, map, property.attributeName());
  }
}
