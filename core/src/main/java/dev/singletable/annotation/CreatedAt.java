package dev.singletable.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code Instant} property of an {@link Entity} that holds when the item was first
 * written: at most one per entity, not a key placeholder. Read from the table's clock
 * ({@code TableOptions.clock()}).
 *
 * <ul>
 *   <li>{@code put} and {@code create} write the value the item carries, or now when it carries
 *       none. A put replaces the whole item, so put an item read back (which carries it) to keep
 *       the first write's time; a new object put over an existing item starts it again.
 *   <li>An update writes it only if the item has none ({@code if_not_exists}), so an update that
 *       creates the item sets it and later updates keep it.
 * </ul>
 * An update cannot set it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface CreatedAt {}
