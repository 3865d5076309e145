package dev.singletable;

import java.util.Objects;

/**
 * A typed handle on one attribute of an entity: the attribute name, the entity it belongs to and
 * the Java type of its values. Generated {@code XAttributes} classes hold one per property
 * ({@code OrderAttributes.STATUS}); conditions, filters, projections and updates take them, so a
 * misspelt attribute or a value of the wrong type is a compile error.
 *
 * <p>Immutable and thread-safe; equal when entity and name are equal.
 *
 * @param <T> the entity class
 * @param <V> the Java type of the attribute's values (boxed for primitives)
 */
public class Attribute<T, V> {

  private final Class<T> entityClass;
  private final String name;
  private final boolean nullable;

  Attribute(Class<T> entityClass, String name, boolean nullable) {
    this.entityClass = Objects.requireNonNull(entityClass, "entityClass");
    this.name = Objects.requireNonNull(name, "name");
    this.nullable = nullable;
  }

  /**
   * Returns the handle of attribute {@code name} of {@code entityClass}. Generated code calls
   * this; the value type comes from the declaration it is assigned to.
   */
  public static <T, V> Attribute<T, V> of(Class<T> entityClass, String name) {
    return new Attribute<>(entityClass, name, true);
  }

  /** Returns the handle of an attribute whose property is primitive, so never {@code null}. */
  public static <T, V> Attribute<T, V> primitive(Class<T> entityClass, String name) {
    return new Attribute<>(entityClass, name, false);
  }

  /** Returns the handle of numeric attribute {@code name}; generated code calls this. */
  public static <T, V extends Number> NumberAttribute<T, V> numeric(Class<T> entityClass, String name) {
    return new NumberAttribute<>(entityClass, name, true);
  }

  /** Returns the handle of a numeric attribute whose property is primitive, so never {@code null}. */
  public static <T, V extends Number> NumberAttribute<T, V> primitiveNumber(Class<T> entityClass, String name) {
    return new NumberAttribute<>(entityClass, name, false);
  }

  /** Returns the handle of list attribute {@code name}; generated code calls this. */
  public static <T, E> ListAttribute<T, E> listOf(Class<T> entityClass, String name) {
    return new ListAttribute<>(entityClass, name);
  }

  /** Returns the handle of set attribute {@code name}; generated code calls this. */
  public static <T, E> SetAttribute<T, E> setOf(Class<T> entityClass, String name) {
    return new SetAttribute<>(entityClass, name);
  }

  /**
   * Returns whether the property can be {@code null}; a primitive one cannot, so an update may
   * not remove it (the item would then disagree with what a put of the entity writes).
   */
  public boolean isNullable() {
    return nullable;
  }

  /** Returns the attribute name, which is also the property name. */
  public String name() {
    return name;
  }

  /** Returns the entity class the attribute belongs to. */
  public Class<T> entityClass() {
    return entityClass;
  }

  /**
   * Returns the assignment of {@code value} to this attribute, for {@link Update#set}; a
   * {@code null} value removes the attribute.
   */
  public Assignment<T> set(V value) {
    return new Assignment<>(this, value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attribute<?, ?> other && other.entityClass == entityClass && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return entityClass.hashCode() * 31 + name.hashCode();
  }

  @Override
  public String toString() {
    return entityClass.getSimpleName() + "." + name;
  }
}
