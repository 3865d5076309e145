package dev.singletable.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or a JavaBean (public no-argument constructor, getters and setters) as an entity
 * type stored in a {@link Table}. Its key templates are given with {@link Key}.
 *
 * <p>Every property (record component or bean property with getter and setter) becomes an
 * attribute of the same name, unless it has an {@link AttributeName} or is {@link Transient}; a
 * record or bean that is not an entity is stored as a nested document (a map), and {@link Convert}
 * stores a property with a converter of your own. The entity's type name, {@link #value()}, is written to the table's
 * {@link Table#typeAttribute()} on every item so that mixed Query results can be read back into
 * the right class.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {

  /** Type name stored in the type attribute; empty means the simple class name. */
  String value() default "";
}
