package dev.singletable.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A secondary index of a {@link Table}: a global secondary index (GSI) by default, or a local
 * secondary index (LSI) with {@code local = true}.
 *
 * <p>A GSI has its own partition key and sort key attributes ({@code <name>PK} and
 * {@code <name>SK} unless named). An LSI shares the table's partition key and adds a sort key
 * attribute ({@code <name>SK} unless named). Entities put items in an index with
 * {@code @Key(index = "<name>", ...)}; an item whose index key cannot be rendered (a {@code null}
 * placeholder) is left out of that index, which makes it a sparse index.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Index {

  /** Index name, as DynamoDB knows it (3 to 255 characters of {@code a-z A-Z 0-9 _ - .}). */
  String name();

  /** Partition key attribute of a GSI; empty means {@code <name>PK}. Must be empty on an LSI. */
  String partitionKey() default "";

  /** Sort key attribute; empty means {@code <name>SK}. */
  String sortKey() default "";

  /** {@code true} for a local secondary index (same partition key as the table). */
  boolean local() default false;

  /** Which attributes DynamoDB copies into the index. */
  Projection projection() default Projection.ALL;

  /** Non-key attributes copied into an {@link Projection#INCLUDE} index. */
  String[] nonKeyAttributes() default {};
}
