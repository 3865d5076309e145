package dev.singletable.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code Instant} property of an {@link Entity} that holds when the item was last
 * written: at most one per entity, not a key placeholder. Every put, create and update (alone, in
 * a transaction or in a batch) writes the table clock's now ({@code TableOptions.clock()}),
 * whatever the item carries. An update cannot set it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface UpdatedAt {}
