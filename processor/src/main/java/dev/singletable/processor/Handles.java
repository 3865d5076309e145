package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/**
 * The typed attribute handle of a property, by its {@link ValueShape}: its declared type and the
 * expression that makes it, for a top-level attribute ({@code XAttributes}, parent
 * {@code Order.class}) and for a document member ({@code XAttribute<T>}, parent {@code this}).
 * Numbers get a {@code NumberAttribute}, lists a {@code ListAttribute}, sets the SDK stores as
 * DynamoDB sets a {@code SetAttribute}, maps a {@code MapAttribute}, documents their generated
 * handle, and lists and maps of documents a {@code DocumentListAttribute} or
 * {@code DocumentMapAttribute} whose elements have their documents' handles.
 */
final class Handles {

  private static final String API = "dev.singletable";
  static final ClassName ATTRIBUTE = ClassName.get(API, "Attribute");
  private static final ClassName NUMBER_ATTRIBUTE = ClassName.get(API, "NumberAttribute");
  private static final ClassName LIST_ATTRIBUTE = ClassName.get(API, "ListAttribute");
  private static final ClassName SET_ATTRIBUTE = ClassName.get(API, "SetAttribute");
  private static final ClassName MAP_ATTRIBUTE = ClassName.get(API, "MapAttribute");
  private static final ClassName DOCUMENT_LIST_ATTRIBUTE = ClassName.get(API, "DocumentListAttribute");
  private static final ClassName DOCUMENT_MAP_ATTRIBUTE = ClassName.get(API, "DocumentMapAttribute");

  private Handles() {}

  /** Returns the declared type of the handle of {@code property} of entity (or type variable) {@code owner}. */
  static TypeName type(PropertyModel property, TypeName owner) {
    ValueShape shape = property.shape();
    if (shape instanceof ValueShape.Scalar scalar) {
      return ParameterizedTypeName.get(scalar.number() ? NUMBER_ATTRIBUTE : ATTRIBUTE, owner, scalar.type());
    }
    if (shape instanceof ValueShape.SetOf set) {
      return ValueShape.needsOwnConverter(set) ? ParameterizedTypeName.get(ATTRIBUTE, owner, set.type())
          : ParameterizedTypeName.get(SET_ATTRIBUTE, owner, set.element().type());
    }
    if (shape instanceof ValueShape.ListOf list && !ValueShape.hasTypedParts(list)) {
      return ParameterizedTypeName.get(LIST_ATTRIBUTE, owner, list.element().type());
    }
    if (shape instanceof ValueShape.MapOf map && !ValueShape.hasTypedParts(map)) {
      return ParameterizedTypeName.get(MAP_ATTRIBUTE, owner, map.value().type());
    }
    return partType(shape, owner);
  }

  /**
   * Returns the expression that makes the handle of {@code property}.
   *
   * @param parent {@code Order.class} for a top-level attribute, {@code this} for a document member
   */
  static CodeBlock initializer(PropertyModel property, CodeBlock parent) {
    ValueShape shape = property.shape();
    String name = property.attributeName();
    if (shape instanceof ValueShape.Scalar scalar) {
      String factory = scalar.number() ? (property.isPrimitive() ? "primitiveNumber" : "numeric")
          : (property.isPrimitive() ? "primitive" : "of");
      return CodeBlock.of("$T.$N($L, $S)", ATTRIBUTE, factory, parent, name);
    }
    if (shape instanceof ValueShape.SetOf set) {
      return CodeBlock.of("$T.$N($L, $S)", ATTRIBUTE, ValueShape.needsOwnConverter(set) ? "of" : "setOf", parent, name);
    }
    CodeBlock plain = CodeBlock.of("$T.of($L, $S)", ATTRIBUTE, parent, name);
    if (shape instanceof ValueShape.Document document) {
      return CodeBlock.of("new $T<>($L)", document.handleClass(), plain);
    }
    if (shape instanceof ValueShape.ListOf list) {
      return ValueShape.hasTypedParts(list) ? CodeBlock.of("$T.listOf($L, $L)", ATTRIBUTE, plain, parts(list.element(), 0))
          : CodeBlock.of("$T.listOf($L, $S)", ATTRIBUTE, parent, name);
    }
    ValueShape.MapOf map = (ValueShape.MapOf) shape;
    return ValueShape.hasTypedParts(map) ? CodeBlock.of("$T.mapOf($L, $L)", ATTRIBUTE, plain, parts(map.value(), 0))
        : CodeBlock.of("$T.mapOf($L, $S)", ATTRIBUTE, parent, name);
  }

  /** The handle type of a part with typed parts: a document, or a list or map holding documents. */
  private static TypeName partType(ValueShape shape, TypeName owner) {
    if (shape instanceof ValueShape.Document document) {
      return ParameterizedTypeName.get(document.handleClass(), owner);
    }
    if (shape instanceof ValueShape.ListOf list) {
      return ParameterizedTypeName.get(DOCUMENT_LIST_ATTRIBUTE, owner, list.element().type(),
          partType(list.element(), owner));
    }
    ValueShape.MapOf map = (ValueShape.MapOf) shape;
    return ParameterizedTypeName.get(DOCUMENT_MAP_ATTRIBUTE, owner, map.value().type(), partType(map.value(), owner));
  }

  /** The function that makes a part's handle from a plain handle at its place. */
  private static CodeBlock parts(ValueShape shape, int depth) {
    if (shape instanceof ValueShape.Document document) {
      return CodeBlock.of("$T::new", document.handleClass());
    }
    String part = depth == 0 ? "part" : "part" + (depth + 1);
    if (shape instanceof ValueShape.ListOf list) {
      return CodeBlock.of("$N -> $T.listOf($N, $L)", part, ATTRIBUTE, part, parts(list.element(), depth + 1));
    }
    ValueShape.MapOf map = (ValueShape.MapOf) shape;
    return CodeBlock.of("$N -> $T.mapOf($N, $L)", part, ATTRIBUTE, part, parts(map.value(), depth + 1));
  }
}
