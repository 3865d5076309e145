package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Decides how the enhanced client stores a property type: the {@code addAttribute} type argument
 * (a class literal or an {@code EnhancedType} expression) and, for types its default converter
 * provider lacks, a converter.
 */
final class AttributeTypes {

  /**
   * How the schema stores an attribute: its {@code EnhancedType} expression, and a converter
   * expression when the default provider has none ({@code null} otherwise).
   */
  record AttributeType(CodeBlock type, CodeBlock converter) {}

  static final ClassName ENHANCED_TYPE = ClassName.get("software.amazon.awssdk.enhanced.dynamodb", "EnhancedType");
  private static final ClassName YEAR_MONTH_CONVERTER =
      ClassName.get("dev.singletable.internal", "YearMonthAttributeConverter");
  private static final ClassName YEAR_CONVERTER = ClassName.get("dev.singletable.internal", "YearAttributeConverter");
  private static final ClassName EPOCH_SECONDS_CONVERTER =
      ClassName.get("dev.singletable.internal", "InstantAsEpochSecondsConverter");

  /** Types the enhanced client's {@code DefaultAttributeConverterProvider} converts (besides enums). */
  private static final Set<String> DEFAULT_CONVERTED = Set.of(
      "java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
      "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.lang.Character",
      "java.math.BigDecimal", "java.math.BigInteger", "java.time.Instant", "java.time.LocalDate",
      "java.time.LocalDateTime", "java.time.LocalTime", "java.time.MonthDay", "java.time.OffsetDateTime",
      "java.time.ZonedDateTime", "java.time.Duration", "java.time.Period", "java.time.ZoneId",
      "java.time.ZoneOffset", "java.util.UUID", "java.net.URI", "java.net.URL", "java.util.Locale",
      "software.amazon.awssdk.core.SdkBytes", "java.nio.ByteBuffer");

  private final Types types;

  AttributeTypes(Types types) {
    this.types = types;
  }

  /** Returns how to store {@code type}, or empty if no converter can. */
  Optional<AttributeType> of(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return Optional.of(new AttributeType(enhancedTypeOf(TypeName.get(type).box()), null));
    }
    if (type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return Optional.of(new AttributeType(CodeBlock.of("$T.of(byte[].class)", ENHANCED_TYPE), null));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    String name = qualifiedName(type);
    if (name.equals("java.time.YearMonth")) {
      return Optional.of(new AttributeType(enhancedTypeOf(TypeName.get(type)), CodeBlock.of("$T.INSTANCE", YEAR_MONTH_CONVERTER)));
    }
    if (name.equals("java.time.Year")) {
      return Optional.of(new AttributeType(enhancedTypeOf(TypeName.get(type)), CodeBlock.of("$T.INSTANCE", YEAR_CONVERTER)));
    }
    if (isScalar(type)) {
      return Optional.of(new AttributeType(enhancedTypeOf(TypeName.get(type)), null));
    }
    return enhancedType(type).map(code -> new AttributeType(code, null));
  }

  /**
   * Returns how to store a {@code @Ttl} property: an {@code Instant} as a number of epoch seconds
   * (the default converter writes an ISO-8601 string, which DynamoDB's TTL ignores); a
   * {@code long} is a number already.
   */
  AttributeType ttl(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED && qualifiedName(type).equals("java.time.Instant")) {
      return new AttributeType(enhancedTypeOf(TypeName.get(type)), CodeBlock.of("$T.INSTANCE", EPOCH_SECONDS_CONVERTER));
    }
    return of(type).orElseThrow();
  }

  /** An {@code EnhancedType} expression for collections of default-converted types. */
  private Optional<CodeBlock> enhancedType(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    if (isScalar(type)) {
      return Optional.of(CodeBlock.of("$T.of($T.class)", ENHANCED_TYPE, TypeName.get(type)));
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    switch (qualifiedName(type)) {
      case "java.util.List":
      case "java.util.Set":
        String factory = qualifiedName(type).endsWith("List") ? "listOf" : "setOf";
        return arguments.size() != 1 ? Optional.empty()
            : enhancedType(arguments.get(0)).map(element -> CodeBlock.of("$T.$L($L)", ENHANCED_TYPE, factory, element));
      case "java.util.Map":
        if (arguments.size() != 2 || !qualifiedName(arguments.get(0)).equals("java.lang.String")) {
          return Optional.empty();
        }
        return enhancedType(arguments.get(1)).map(value -> CodeBlock.of("$T.mapOf($T.of($T.class), $L)",
            ENHANCED_TYPE, ENHANCED_TYPE, String.class, value));
      default:
        return Optional.empty();
    }
  }

  private boolean isScalar(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) types.asElement(type);
    return element.getKind() == ElementKind.ENUM || DEFAULT_CONVERTED.contains(element.getQualifiedName().toString());
  }

  private static CodeBlock enhancedTypeOf(TypeName type) {
    return CodeBlock.of("$T.of($T.class)", ENHANCED_TYPE, type);
  }

  private String qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    return ((TypeElement) types.asElement(type)).getQualifiedName().toString();
  }
}
