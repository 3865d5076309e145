package dev.singletable.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.singletable.internal.KeyValueType;
import java.util.List;

/**
 * One property of an entity or a nested document: a record component or a bean property.
 *
 * @param name the property name, which key templates name
 * @param type the declared type
 * @param getter the accessor method name ({@code userId} or {@code getUserId})
 * @param setter the bean setter name, or {@code null} for a record component
 * @param attributeType the enhanced client's {@code EnhancedType} expression of the attribute
 * @param converter an attribute converter expression when the default provider has none, or
 *     {@code null}
 * @param keyValueType how a key template renders it, or {@code null} if it cannot
 * @param enumConstants the constant names of an enum type, in declaration order; empty otherwise
 * @param attributeName the attribute that stores it: the name, or its {@code @AttributeName}
 * @param shape what the type holds, for handles and nested converters; {@code null} if ignored
 * @param ignored whether it is {@code @Transient}: not stored (a record's component then gets its
 *     type's default when an item is read)
 */
record PropertyModel(
    String name,
    TypeName type,
    String getter,
    String setter,
    CodeBlock attributeType,
    CodeBlock converter,
    KeyValueType keyValueType,
    List<String> enumConstants,
    String attributeName,
    ValueShape shape,
    boolean ignored) {

  /** Returns a {@code @Transient} property: only its name, type and accessors matter. */
  static PropertyModel ignored(String name, TypeName type, String getter, String setter) {
    return new PropertyModel(name, type, getter, setter, null, null, null, List.of(), name, null, true);
  }

  boolean isPrimitive() {
    return type.isPrimitive();
  }

  /** Returns the boxed type: the attribute's Java type in the schema. */
  TypeName boxedType() {
    return type.isPrimitive() ? type.box() : type;
  }
}
