package dev.singletable.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a property under another attribute name than its own: an existing table's
 * {@code created_at} for a property {@code createdAt}.
 *
 * <pre>{@code
 * @Entity
 * @Key(pk = "USER#<userId>", sk = "PROFILE")
 * public record User(String userId, @AttributeName("created_at") Instant createdAt) {}
 * }</pre>
 *
 * <p>On a record component, or on a JavaBean's field, getter or setter; also on a member of a
 * nested document. Key templates still name the <em>property</em> ({@code <createdAt>}); the
 * generated schema, attribute handles, conditions, projections and updates use the attribute name.
 * The processor refuses an empty name, two properties stored under one name, and a name that is
 * one of the table's key attributes or its type attribute.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface AttributeName {

  /** The attribute name in the table (or in the document's map). */
  String value();
}
