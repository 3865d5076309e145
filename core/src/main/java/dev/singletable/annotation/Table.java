package dev.singletable.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one DynamoDB table of a single-table design: its key attributes, its secondary
 * indexes and every {@link Entity} stored in it.
 *
 * <p>Put it on an interface (or any type) that stands for the table. The annotation processor
 * generates {@code <Type>Schema} next to it, whose {@code table(DynamoDbClient)} method returns a
 * {@link dev.singletable.SingleTable}, and for each listed entity {@code <Entity>Keys} and
 * {@code <Entity>Schema}.
 *
 * <pre>{@code
 * @Table(name = "ecommerce",
 *        entities = {User.class, Order.class},
 *        indexes = {@Index(name = "GSI1"), @Index(name = "LSI1", local = true)})
 * public interface Shop {}
 * }</pre>
 *
 * <p>Every table is composite (partition key and sort key), as single-table designs need an
 * item collection per partition key. All key attributes are strings ({@code S}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {

  /**
   * Default physical table name. {@code ShopSchema.table(client, name)} can override it, for
   * example per stage or per test. Empty means the simple name of the annotated type.
   */
  String name() default "";

  /** Every entity stored in this table; each must be annotated with {@link Entity}. */
  Class<?>[] entities();

  /** Name of the table's partition key attribute. */
  String partitionKey() default "PK";

  /** Name of the table's sort key attribute. */
  String sortKey() default "SK";

  /**
   * Name of the attribute that holds each item's entity type name ({@link Entity#value()}).
   * Reads use it to turn a mixed Query result back into typed objects.
   */
  String typeAttribute() default "entityType";

  /**
   * Separates the segments of key templates, for example {@code #} in
   * {@code ORDER#<date>#<orderId>}.
   *
   * <p>One ASCII character from {@code !"#$%&'()*+}: composite sort keys keep the order of their
   * values only when the delimiter sorts below every character that can follow it in a value.
   * Inside rendered values the delimiter, the character after it (the escape character, {@code $}
   * for {@code #}) and every character below them are escaped, so keys always parse back.
   */
  String delimiter() default "#";

  /** The table's global and local secondary indexes. */
  Index[] indexes() default {};
}
