package dev.singletable;

import dev.singletable.internal.expression.AttributePath;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed handle on one attribute of an entity, or on a member of a nested document inside one:
 * the entity it belongs to, its path and the Java type of its values. Generated {@code XAttributes}
 * classes hold one per property ({@code OrderAttributes.STATUS}); a nested document's handle
 * reaches its members ({@code OrderAttributes.SHIPPING_ADDRESS.city()}, path
 * {@code shippingAddress.city}) and a list of documents its elements
 * ({@code OrderAttributes.LINE_ITEMS.at(2).quantity()}, path {@code lineItems[2].quantity}).
 * Conditions, filters, projections and updates take them, so a misspelt attribute or a value of
 * the wrong type is a compile error.
 *
 * <p>The static factories are for generated code. Immutable and thread-safe; equal when entity
 * and path are equal.
 *
 * @param <T> the entity class
 * @param <V> the Java type of the attribute's values (boxed for primitives)
 */
public class Attribute<T, V> {

  private final Class<T> entityClass;
  private final AttributePath path;
  private final boolean nullable;

  Attribute(Class<T> entityClass, String name, boolean nullable) {
    this(entityClass, AttributePath.of(name), nullable);
  }

  Attribute(Class<T> entityClass, AttributePath path, boolean nullable) {
    this.entityClass = Objects.requireNonNull(entityClass, "entityClass");
    this.path = Objects.requireNonNull(path, "path");
    this.nullable = nullable;
  }

  /**
   * Makes a handle at the place of {@code handle}: generated document handles
   * ({@code AddressAttribute<T>}) extend this class and add a method per member.
   */
  protected Attribute(Attribute<T, V> handle) {
    this(handle.entityClass, handle.path, handle.nullable);
  }

  /**
   * Returns the handle of attribute {@code name} of {@code entityClass}. Generated code calls
   * this; the value type comes from the declaration it is assigned to.
   */
  public static <T, V> Attribute<T, V> of(Class<T> entityClass, String name) {
    return new Attribute<>(entityClass, name, true);
  }

  /** Returns the handle of member {@code name} of the document at {@code parent}; generated code calls this. */
  public static <T, V> Attribute<T, V> of(Attribute<T, ?> parent, String name) {
    return new Attribute<>(parent.entityClass, parent.path.member(name), true);
  }

  /** Returns the handle of an attribute whose property is primitive, so never {@code null}. */
  public static <T, V> Attribute<T, V> primitive(Class<T> entityClass, String name) {
    return new Attribute<>(entityClass, name, false);
  }

  /** Returns the handle of a document member whose property is primitive, so never {@code null}. */
  public static <T, V> Attribute<T, V> primitive(Attribute<T, ?> parent, String name) {
    return new Attribute<>(parent.entityClass, parent.path.member(name), false);
  }

  /** Returns the handle of numeric attribute {@code name}; generated code calls this. */
  public static <T, V extends Number> NumberAttribute<T, V> numeric(Class<T> entityClass, String name) {
    return new NumberAttribute<>(entityClass, AttributePath.of(name), true);
  }

  /** Returns the handle of a numeric document member; generated code calls this. */
  public static <T, V extends Number> NumberAttribute<T, V> numeric(Attribute<T, ?> parent, String name) {
    return new NumberAttribute<>(parent.entityClass, parent.path.member(name), true);
  }

  /** Returns the handle of a numeric attribute whose property is primitive, so never {@code null}. */
  public static <T, V extends Number> NumberAttribute<T, V> primitiveNumber(Class<T> entityClass, String name) {
    return new NumberAttribute<>(entityClass, AttributePath.of(name), false);
  }

  /** Returns the handle of a numeric document member whose property is primitive. */
  public static <T, V extends Number> NumberAttribute<T, V> primitiveNumber(Attribute<T, ?> parent, String name) {
    return new NumberAttribute<>(parent.entityClass, parent.path.member(name), false);
  }

  /** Returns the handle of list attribute {@code name}; generated code calls this. */
  public static <T, E> ListAttribute<T, E> listOf(Class<T> entityClass, String name) {
    return new ListAttribute<>(entityClass, AttributePath.of(name));
  }

  /** Returns the handle of a list member of the document at {@code parent}; generated code calls this. */
  public static <T, E> ListAttribute<T, E> listOf(Attribute<T, ?> parent, String name) {
    return new ListAttribute<>(parent.entityClass, parent.path.member(name));
  }

  /**
   * Returns the handle of the list at {@code list}, whose elements have handles of their own
   * (documents, or collections of them): {@code elements} makes the handle of an element from a
   * plain handle at its place. Generated code calls this.
   */
  public static <T, E, H extends Attribute<T, E>> DocumentListAttribute<T, E, H> listOf(Attribute<T, List<E>> list,
      Function<? super Attribute<T, E>, ? extends H> elements) {
    return new DocumentListAttribute<>(list.entityClass, list.path, elements);
  }

  /** Returns the handle of set attribute {@code name}; generated code calls this. */
  public static <T, E> SetAttribute<T, E> setOf(Class<T> entityClass, String name) {
    return new SetAttribute<>(entityClass, AttributePath.of(name));
  }

  /** Returns the handle of a set member of the document at {@code parent}; generated code calls this. */
  public static <T, E> SetAttribute<T, E> setOf(Attribute<T, ?> parent, String name) {
    return new SetAttribute<>(parent.entityClass, parent.path.member(name));
  }

  /** Returns the handle of map attribute {@code name} ({@code Map<String, V>}); generated code calls this. */
  public static <T, E> MapAttribute<T, E> mapOf(Class<T> entityClass, String name) {
    return new MapAttribute<>(entityClass, AttributePath.of(name));
  }

  /** Returns the handle of a map member of the document at {@code parent}; generated code calls this. */
  public static <T, E> MapAttribute<T, E> mapOf(Attribute<T, ?> parent, String name) {
    return new MapAttribute<>(parent.entityClass, parent.path.member(name));
  }

  /**
   * Returns the handle of the map at {@code map}, whose values have handles of their own
   * (documents, or collections of them); see {@link #listOf(Attribute, Function)}.
   */
  public static <T, E, H extends Attribute<T, E>> DocumentMapAttribute<T, E, H> mapOf(Attribute<T, Map<String, E>> map,
      Function<? super Attribute<T, E>, ? extends H> values) {
    return new DocumentMapAttribute<>(map.entityClass, map.path, values);
  }

  /**
   * Returns whether the property can be {@code null}; a primitive one cannot, so an update may
   * not remove it (the item would then disagree with what a put of the entity writes).
   */
  public boolean isNullable() {
    return nullable;
  }

  /**
   * Returns the name of the top-level attribute: the attribute itself, or the one that holds this
   * handle's document path ({@code shippingAddress} for {@code shippingAddress.city}). It is the
   * property's name unless the property has an {@code @AttributeName}.
   */
  public String name() {
    return path.root();
  }

  /**
   * Returns the document path: {@code status}, {@code shippingAddress.city},
   * {@code lineItems[2].quantity}. {@code AttributePath} is not API: use its {@code toString()}.
   */
  public AttributePath path() {
    return path;
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

  /** Returns a plain handle on element {@code index} of the list at this handle. */
  <E> Attribute<T, E> element(int index) {
    return new Attribute<>(entityClass, path.index(index), true);
  }

  /** Returns a plain handle on the value of {@code key} in the map at this handle. */
  <E> Attribute<T, E> entry(String key) {
    return new Attribute<>(entityClass, path.member(Objects.requireNonNull(key, "key")), true);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attribute<?, ?> other && other.entityClass == entityClass && other.path.equals(path);
  }

  @Override
  public int hashCode() {
    return entityClass.hashCode() * 31 + path.hashCode();
  }

  @Override
  public String toString() {
    return entityClass.getSimpleName() + "." + path;
  }
}
