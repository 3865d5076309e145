package dev.singletable.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an enum constant is spelled in keys whose template names format {@code spelled}
 * ({@code STATUS#<status:spelled>}), for keys that other code wrote with its own names:
 *
 * <pre>{@code
 * public enum OrderStatus {
 *   @KeySpelling("pending") PENDING,
 *   @KeySpelling("in-transit") SHIPPED,
 *   @KeySpelling("done") DELIVERED
 * }
 * }</pre>
 *
 * <p>Every constant of the enum needs one; spellings must be distinct, non-empty and free of the
 * table's delimiter, so that a key tells the constant (the processor checks this where a template
 * spells the enum). Keys order by the spellings. On enum constants only; elsewhere it has no
 * effect. See docs/keys.md, "Key formats".
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface KeySpelling {

  /** The constant's spelling in keys. */
  String value();
}
