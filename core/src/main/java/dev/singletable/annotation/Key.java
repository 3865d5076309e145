package dev.singletable.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A key template of an {@link Entity}: the primary key (no {@link #index()}, exactly one per
 * entity) or the key of one secondary index.
 *
 * <p>A template is literal text with {@code <property>} placeholders, split into segments by the
 * table's delimiter: {@code USER#<userId>}, {@code ORDER#<date>#<orderId>}, {@code PROFILE}. A
 * segment holds at most one placeholder. Placeholders may be {@code String}, enums,
 * {@code int}/{@code long} (and boxes), {@code boolean}, {@code LocalDate},
 * {@code LocalDateTime}, {@code Instant}, {@code YearMonth}, {@code Year} or {@code UUID}
 * properties; keys render them so that string order (as DynamoDB compares) follows value order.
 * To describe keys that other code wrote, a placeholder may name a format after a colon:
 * {@code ORDER#<createdAt:iso-millis>#<orderId:raw>}, {@code VIEWS#<shard:unpadded>},
 * {@code STATUS#<status:lower>} (docs/keys.md, "Key formats"; {@link KeySpelling} for enums
 * spelled per constant). A leading delimiter, {@code #METADATA#<id>}, sorts an item before the
 * rest of its partition.
 *
 * <pre>{@code
 * @Entity
 * @Key(pk = "USER#<userId>", sk = "ORDER#<date>#<orderId>")
 * @Key(index = "GSI1", pk = "STATUS#<status>", sk = "ORDER#<date>#<orderId>")
 * @Key(index = "LSI1", sk = "AMOUNT#<total>")
 * public record Order(String userId, LocalDate date, String orderId, OrderStatus status, long total) {}
 * }</pre>
 *
 * <p><b>Write sharding</b> (docs/writes.md, "Write sharding"): {@link #shards()} spreads the writes
 * of a hot key over that many keys, told apart by the placeholder {@link #shard()} names. In the
 * primary key's sort key it is an {@code int} property that the writer picks (a counter whose
 * shards are one partition, read with one query): {@code @Key(pk = "PAGE#<pageId>",
 * sk = "VIEWS#<shard:unpadded>", shards = 10)} gives {@code PageViewsKeys.randomShardKey(pageId)}.
 * In a GSI's partition key it is no property: the library derives it from the item's primary key
 * (CRC-32, so it never changes), and a query of the logical partition reads every shard in
 * parallel and merges them in sort key order: {@code @Key(index = "GSI1",
 * pk = "STATUS#<status>#<shard>", sk = "ORDER#<date>#<orderId>", shards = 10)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Key.List.class)
public @interface Key {

  /** Name of a {@link Index} of the table; empty for the table's primary key. */
  String index() default "";

  /** Partition key template. Required for the primary key and for a GSI; empty for an LSI. */
  String pk() default "";

  /** Sort key template. Required: every table and index of a single-table design is composite. */
  String sk() default "";

  /**
   * The number of shards, from 2 to 100, that writes to this key spread over; 0 (the default) for
   * a key that is not sharded. The placeholder {@link #shard()} holds the shard, from 0 to
   * {@code shards - 1}: in the primary key's sort key, an {@code int} property the writer sets
   * (generated {@code randomShardKey(...)} picks one at random); in a GSI's partition key, a value
   * derived from the item's primary key, which is no property of the entity.
   */
  int shards() default 0;

  /** The placeholder that holds the shard when {@link #shards()} is set; {@code shard} by default. */
  String shard() default "shard";

  /** Container of repeated {@link Key} annotations; written by the compiler. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated keys. */
    Key[] value();
  }
}
