package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/**
 * How a generated schema or document converter writes and reads one property's values: directly
 * ({@code AttributeValues}) where the enhanced client's default converter would produce exactly
 * that value, through the property's converter otherwise, so items and lenient reads stay the
 * SDK's. Shared by {@link MapperWriter} and {@link DocumentWriter}.
 */
enum AttributeCodec {
  STRING("readString"),
  INTEGER("readInteger"),
  LONG("readLong"),
  SHORT("read"),
  BYTE("read"),
  BOOLEAN("readBoolean"),
  LIST_OF_STRING("readListOfString"),
  MAP_OF_STRING("readMapOfString"),
  MAP_OF_INTEGER("readMapOfInteger"),
  MAP_OF_LONG("readMapOfLong"),
  /** Any other type, or one with a converter of singletable's or the user's: through the converter. */
  CONVERTER("read");

  static final ClassName VALUES = ClassName.get("dev.singletable.internal", "AttributeValues");
  static final ClassName ATTRIBUTE_VALUE = ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");

  private final String reader;

  AttributeCodec(String reader) {
    this.reader = reader;
  }

  /** Returns how {@code property}'s values are written and read. */
  static AttributeCodec of(PropertyModel property) {
    if (property.converter() != null) {
      return CONVERTER;
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
      default: return CONVERTER;
    }
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
      case CONVERTER -> property.isPrimitive() ? CodeBlock.of("$L.transformFrom($L)", converter, value)
          : CodeBlock.of("$T.convert($L, $L)", VALUES, value, converter);
    };
  }

  /**
   * The expression reading a property's (boxed) value from its attribute, {@code null} when absent.
   *
   * @param map the name of the item's (or document's) map
   * @param converter the expression of the property's converter
   */
  CodeBlock read(PropertyModel property, String map, CodeBlock converter) {
    return CodeBlock.of("$T.$N($N, $S, $L)", VALUES, reader, map, property.attributeName(), converter);
  }
}
