package dev.singletable.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves a property out of the item: it is neither written nor read, and has no attribute handle
 * or update setter. Its type may be any type, since no converter stores it.
 *
 * <p>On a record component, or on a JavaBean's field, getter or setter; also on a member of a
 * nested document. A record is still built through its canonical constructor when an item is
 * read, so an ignored component receives its type's default: {@code null}, {@code 0} or
 * {@code false} (a compact constructor may replace it). A bean's ignored property keeps the value
 * its no-argument constructor gives it. An ignored property cannot be a key template placeholder.
 *
 * <p>Named as JPA's and Spring Data's {@code @Transient} (the enhanced client's
 * {@code @DynamoDbIgnore}); Java's {@code transient} modifier is not read. Checked at compile time:
 * {@code SingletableTransientAndStored}, {@code SingletableTransientPlaceholder}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Transient {}
