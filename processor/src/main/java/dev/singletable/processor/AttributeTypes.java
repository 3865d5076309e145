package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Decides how the enhanced client stores a property type: its {@link ValueShape}, the
 * {@code EnhancedType} expression and, for types the default converter provider lacks
 * ({@code YearMonth}, {@code Year}, nested documents and collections of them), a converter.
 * Reports a type that nothing stores on the property.
 */
final class AttributeTypes {

  /**
   * How the schema stores an attribute: its {@code EnhancedType} expression, a converter
   * expression when the default provider has none ({@code null} otherwise), and its shape.
   */
  record AttributeType(CodeBlock type, CodeBlock converter, ValueShape shape) {}

  static final ClassName ENHANCED_TYPE = ClassName.get("software.amazon.awssdk.enhanced.dynamodb", "EnhancedType");
  private static final ClassName YEAR_MONTH_CONVERTER =
      ClassName.get("dev.singletable.internal", "YearMonthAttributeConverter");
  private static final ClassName YEAR_CONVERTER = ClassName.get("dev.singletable.internal", "YearAttributeConverter");
  private static final String DOCUMENT_PACKAGE = "dev.singletable.internal.document";
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

  /** Numbers the default converter stores as {@code N}: their attributes take {@code ADD}. */
  private static final Set<String> NUMBERS = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
      "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal", "java.math.BigInteger");

  /** Why a type cannot be stored; the shape when it can. */
  private record Resolution(ValueShape shape, DocumentReader.Outcome failure) {}

  private final Types types;
  private final Reporter reporter;
  private final DocumentReader documents;

  AttributeTypes(Types types, Reporter reporter, DocumentReader documents) {
    this.types = types;
    this.reporter = reporter;
    this.documents = documents;
  }

  /**
   * Returns how to store {@code property}'s type, or {@code null} when nothing can, after
   * reporting why (unless its nested document's own errors are reported already).
   */
  AttributeType of(PropertyScanner.Found property, TypeElement owner) {
    Resolution resolution = resolve(property.type());
    if (resolution.shape() != null) {
      ValueShape shape = resolution.shape();
      return new AttributeType(enhancedType(shape), converter(shape), shape);
    }
    DocumentReader.Outcome failure = resolution.failure();
    switch (failure.kind()) {
      case NOT_A_DOCUMENT -> reporter.error(Diagnostic.UNSUPPORTED_ATTRIBUTE_TYPE, property.element(), property.name(),
          owner.getSimpleName(), property.type());
      case ENTITY -> reporter.error(Diagnostic.ENTITY_AS_DOCUMENT, property.element(), property.name(),
          owner.getSimpleName(), property.type());
      case SHAPE -> reporter.error(Diagnostic.DOCUMENT_SHAPE, property.element(), failure.document().getSimpleName(),
          property.name(), owner.getSimpleName(), failure.detail());
      case CYCLE -> reporter.error(Diagnostic.DOCUMENT_CYCLE, property.element(), property.name(),
          owner.getSimpleName(), property.type(), failure.document().getSimpleName(), failure.detail());
      default -> { } // the document's own errors are reported on it
    }
    return null;
  }

  /**
   * Returns how to store a {@code @Ttl} property: an {@code Instant} as a number of epoch seconds
   * (the default converter writes an ISO-8601 string, which DynamoDB's TTL ignores); a
   * {@code long} is a number already.
   */
  AttributeType ttl(PropertyScanner.Found property, TypeElement owner) {
    TypeName type = TypeName.get(property.type());
    if (type.toString().equals("java.time.Instant")) {
      return new AttributeType(enhancedTypeOf(type), CodeBlock.of("$T.INSTANCE", EPOCH_SECONDS_CONVERTER),
          new ValueShape.Scalar(type, false));
    }
    return of(property, owner);
  }

  /** Returns the {@code EnhancedType} expression of a custom-converted property type. */
  static CodeBlock enhancedTypeOf(TypeName type) {
    return CodeBlock.of("$T.of($T.class)", ENHANCED_TYPE, type);
  }

  private Resolution resolve(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      TypeName boxed = TypeName.get(type).box();
      return shape(new ValueShape.Scalar(boxed, NUMBERS.contains(boxed.toString())));
    }
    if (type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return shape(new ValueShape.Scalar(TypeName.get(type), false));
    }
    if (type.getKind() == TypeKind.ERROR) {
      return failed(new DocumentReader.Outcome(DocumentReader.Kind.FAILED, null, null, null)); // javac reports it
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return failed(DocumentReader.Outcome.notADocument());
    }
    TypeElement element = (TypeElement) types.asElement(type);
    String name = element.getQualifiedName().toString();
    if (element.getKind() == ElementKind.ENUM || DEFAULT_CONVERTED.contains(name)
        || name.equals("java.time.YearMonth") || name.equals("java.time.Year")) {
      return shape(new ValueShape.Scalar(TypeName.get(type), NUMBERS.contains(name)));
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    switch (name) {
      case "java.util.List":
      case "java.util.Set":
        if (arguments.size() != 1) {
          return failed(DocumentReader.Outcome.notADocument());
        }
        Resolution contents = resolve(arguments.get(0));
        if (contents.shape() == null) {
          return contents;
        }
        return shape(name.endsWith("List") ? new ValueShape.ListOf(TypeName.get(type), contents.shape())
            : new ValueShape.SetOf(TypeName.get(type), contents.shape()));
      case "java.util.Map":
        if (arguments.size() != 2 || arguments.get(0).getKind() != TypeKind.DECLARED
            || !((TypeElement) types.asElement(arguments.get(0))).getQualifiedName().contentEquals("java.lang.String")) {
          return failed(DocumentReader.Outcome.notADocument());
        }
        Resolution value = resolve(arguments.get(1));
        return value.shape() == null ? value : shape(new ValueShape.MapOf(TypeName.get(type), value.shape()));
      default:
        DocumentReader.Outcome outcome = documents.resolve(element);
        return outcome.model() != null ? shape(outcome.model().shape()) : failed(outcome);
    }
  }

  private static Resolution shape(ValueShape shape) {
    return new Resolution(shape, null);
  }

  private static Resolution failed(DocumentReader.Outcome failure) {
    return new Resolution(null, failure);
  }

  /** The {@code EnhancedType} expression of a shape. */
  private static CodeBlock enhancedType(ValueShape shape) {
    if (shape instanceof ValueShape.ListOf list) {
      return CodeBlock.of("$T.listOf($L)", ENHANCED_TYPE, enhancedType(list.element()));
    }
    if (shape instanceof ValueShape.SetOf set) {
      return CodeBlock.of("$T.setOf($L)", ENHANCED_TYPE, enhancedType(set.element()));
    }
    if (shape instanceof ValueShape.MapOf map) {
      return CodeBlock.of("$T.mapOf($T.of($T.class), $L)", ENHANCED_TYPE, ENHANCED_TYPE, String.class,
          enhancedType(map.value()));
    }
    return enhancedTypeOf(shape.type());
  }

  /**
   * The converter of a shape the default provider cannot convert, or {@code null}: singletable's
   * own for {@code YearMonth} and {@code Year}, the generated one for a document, and lists, sets
   * and maps of those built on their element's converter.
   */
  private static CodeBlock converter(ValueShape shape) {
    if (!ValueShape.needsOwnConverter(shape)) {
      return null;
    }
    if (shape instanceof ValueShape.Document document) {
      return CodeBlock.of("$T.INSTANCE", document.converterClass());
    }
    if (shape instanceof ValueShape.ListOf list) {
      return collection("ListConverter", converter(list.element()));
    }
    if (shape instanceof ValueShape.SetOf set) {
      return collection("SetConverter", converter(set.element()));
    }
    if (shape instanceof ValueShape.MapOf map) {
      return collection("MapConverter", converter(map.value()));
    }
    return CodeBlock.of("$T.INSTANCE", shape.type().toString().equals("java.time.Year") ? YEAR_CONVERTER
        : YEAR_MONTH_CONVERTER);
  }

  private static CodeBlock collection(String converterClass, CodeBlock elements) {
    return CodeBlock.of("$T.of($L)", ClassName.get(DOCUMENT_PACKAGE, converterClass), elements);
  }
}
