package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * The shape of a stored property type, which decides its attribute handle and, for types that
 * hold nested documents, its converter: a scalar, a document, or a list, set or map of shapes.
 * {@link #type()} is the (boxed) Java type.
 */
sealed interface ValueShape {

  /** Returns the Java type, boxed. */
  TypeName type();

  /**
   * A value without parts a path could reach: a default-converted type, an enum, {@code YearMonth},
   * {@code Year}, or a type with a {@code @Convert} converter.
   *
   * @param number whether the attribute takes {@code ADD} (a number the default converter stores
   *     as {@code N}, without a converter of the user's)
   */
  record Scalar(TypeName type, boolean number) implements ValueShape {}

  /** A record or bean stored as a map, with its generated converter and handle classes. */
  record Document(ClassName type, ClassName converterClass, ClassName handleClass) implements ValueShape {}

  /** A {@code List<E>}. */
  record ListOf(TypeName type, ValueShape element) implements ValueShape {}

  /** A {@code Set<E>}. */
  record SetOf(TypeName type, ValueShape element) implements ValueShape {}

  /** A {@code Map<String, V>}. */
  record MapOf(TypeName type, ValueShape value) implements ValueShape {}

  /**
   * Returns whether a path can reach typed parts below: a document, or a list or map that holds
   * one (a set has no paths into it).
   */
  static boolean hasTypedParts(ValueShape shape) {
    if (shape instanceof ListOf list) {
      return hasTypedParts(list.element());
    }
    if (shape instanceof MapOf map) {
      return hasTypedParts(map.value());
    }
    return shape instanceof Document;
  }

  /**
   * Returns whether the SDK's default provider cannot convert it, so that it needs a converter of
   * singletable's or a generated one: a document, {@code YearMonth}, {@code Year}, or a
   * collection of those.
   */
  static boolean needsOwnConverter(ValueShape shape) {
    if (shape instanceof ListOf list) {
      return needsOwnConverter(list.element());
    }
    if (shape instanceof SetOf set) {
      return needsOwnConverter(set.element());
    }
    if (shape instanceof MapOf map) {
      return needsOwnConverter(map.value());
    }
    return shape instanceof Document
        || shape.type().toString().equals("java.time.YearMonth") || shape.type().toString().equals("java.time.Year");
  }
}
