package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Checks a property's {@code @Convert} converter class: one the generated schema can create (a
 * public static final {@code INSTANCE} of its own type, or a public no-argument constructor, in an
 * accessible concrete class) and that converts exactly the property's type.
 */
final class ConverterReader {

  private static final String ATTRIBUTE_CONVERTER = "software.amazon.awssdk.enhanced.dynamodb.AttributeConverter";

  private final Mirrors mirrors;
  private final Reporter reporter;
  private final Types types;

  ConverterReader(Mirrors mirrors, Reporter reporter, Types types) {
    this.mirrors = mirrors;
    this.reporter = reporter;
    this.types = types;
  }

  /**
   * Returns the expression that creates the converter ({@code MoneyConverter.INSTANCE} or
   * {@code new MoneyConverter()}), or {@code null} after reporting what is wrong with it.
   */
  CodeBlock read(PropertyScanner.Found property, Mirrors.Annotated convert, TypeElement owner) {
    AnnotationValue value = mirrors.value(convert.annotation(), "value");
    if (!(value.getValue() instanceof DeclaredType declared) || declared.getKind() != TypeKind.DECLARED) {
      return null; // javac reports the unknown class itself
    }
    TypeElement converter = (TypeElement) declared.asElement();
    String problem = shapeProblem(converter);
    CodeBlock creation = null;
    if (problem == null) {
      creation = creation(converter);
      problem = creation == null ? "has neither a public static final INSTANCE field of its type nor a public"
          + " no-argument constructor" : null;
    }
    if (problem != null) {
      reporter.error(Diagnostic.CONVERTER_SHAPE, convert.element(), convert.annotation(), value,
          converter.getSimpleName(), property.name(), owner.getSimpleName(), problem);
      return null;
    }
    TypeMirror converted = convertedType(converter.asType());
    TypeMirror expected = property.type().getKind().isPrimitive()
        ? types.boxedClass((javax.lang.model.type.PrimitiveType) property.type()).asType()
        : property.type();
    if (converted == null || !types.isSameType(converted, expected)) {
      reporter.error(Diagnostic.CONVERTER_TYPE, convert.element(), convert.annotation(), value,
          converter.getSimpleName(), property.name(), owner.getSimpleName(),
          converted == null ? "no single type" : converted, property.type(), expected);
      return null;
    }
    return creation;
  }

  private static String shapeProblem(TypeElement converter) {
    if (converter.getKind() != ElementKind.CLASS) {
      return "is " + (converter.getKind() == ElementKind.INTERFACE ? "an interface" : "not a class");
    }
    if (!converter.getModifiers().contains(Modifier.PUBLIC)) {
      return "is not public";
    }
    if (converter.getNestingKind() == NestingKind.MEMBER && !converter.getModifiers().contains(Modifier.STATIC)) {
      return "is an inner class; make it static";
    }
    if (converter.getNestingKind().isNested() && converter.getNestingKind() != NestingKind.MEMBER) {
      return "is a local or anonymous class";
    }
    if (converter.getModifiers().contains(Modifier.ABSTRACT)) {
      return "is abstract";
    }
    if (!converter.getTypeParameters().isEmpty()) {
      return "has type parameters";
    }
    return null;
  }

  /** {@code X.INSTANCE} if X has a public static final INSTANCE of its type, else {@code new X()}, else null. */
  private CodeBlock creation(TypeElement converter) {
    for (VariableElement field : ElementFilter.fieldsIn(converter.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals("INSTANCE")
          && field.getModifiers().containsAll(List.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL))
          && types.isAssignable(field.asType(), converter.asType())) {
        return CodeBlock.of("$T.INSTANCE", ClassName.get(converter));
      }
    }
    boolean noArg = ElementFilter.constructorsIn(converter.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    return noArg ? CodeBlock.of("new $T()", ClassName.get(converter)) : null;
  }

  /** The {@code T} of the {@code AttributeConverter<T>} the class implements, or null if it has none. */
  private TypeMirror convertedType(TypeMirror type) {
    Deque<TypeMirror> pending = new ArrayDeque<>(List.of(type));
    while (!pending.isEmpty()) {
      TypeMirror next = pending.pop();
      if (next instanceof DeclaredType declared
          && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(ATTRIBUTE_CONVERTER)) {
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        return arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED ? arguments.get(0) : null;
      }
      pending.addAll(types.directSupertypes(next));
    }
    return null;
  }
}
