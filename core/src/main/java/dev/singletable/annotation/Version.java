package dev.singletable.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the version property of an {@link Entity}, for optimistic locking (seed 003's lost-update
 * race): an {@code int}, {@code long}, {@code Integer} or {@code Long} record component or bean
 * property, at most one per entity, not a key placeholder.
 *
 * <pre>{@code
 * @Entity
 * @Key(pk = "ACCOUNT#<accountId>", sk = "BALANCE")
 * public record Account(String accountId, long balance, @Version long version) {}
 * }</pre>
 *
 * <p>singletable writes the version itself, on single writes and in transactions alike:
 * <ul>
 *   <li>{@code put(item)} and {@code deleteItem(item)} require the stored version to be the one the
 *       item carries ({@code version = :v}); an item that carries none ({@code null} or 0) requires
 *       an item without a version ({@code attribute_not_exists(version)}: no item, or one written
 *       before versioning). A put writes the carried version plus one.
 *   <li>{@code create(item)} writes version 1, whatever the item carries.
 *   <li>An update adds one ({@code ADD version 1}); with {@code Update.expectVersion(n)} it also
 *       requires version {@code n}.
 * </ul>
 * A write that finds another version throws {@code VersionConflictException}, which carries the
 * item as it is now: read it again, apply the change, retry. A delete by key and an update
 * without {@code expectVersion} check no version. Batch writes cannot carry conditions, so they
 * refuse versioned entities.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Version {}
