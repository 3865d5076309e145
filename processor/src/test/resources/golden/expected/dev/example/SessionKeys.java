package dev.example;

import dev.singletable.InvalidKeyException;
import dev.singletable.PartitionKey;
import dev.singletable.PrimaryKey;
import dev.singletable.SortKey;
import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyField;
import dev.singletable.internal.KeyFormatText;
import dev.singletable.internal.KeySpellings;
import dev.singletable.internal.KeyText;
import dev.singletable.internal.SingletableGenerated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;
import javax.annotation.processing.Generated;

/**
 * Typed key builders of {@link Session} in table {@code ecommerce} ({@link Shop}).
 *
 * <p>Each method renders a key template with values typed like the entity's properties,
 * in an order-preserving, escaped form. Methods throw {@link InvalidKeyException} naming every
 * {@code null} value. All members are static and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class SessionKeys {
  /**
   * Partition key template of {@link Session}, attribute {@code PK}.
   */
  public static final String PK_TEMPLATE = "SESSION#<sessionId:raw>";

  /**
   * Sort key template of {@link Session}, attribute {@code SK}.
   */
  public static final String SK_TEMPLATE = "#METADATA#<shard:unpadded>";

  /**
   * Number of shards of sort key {@code #METADATA#<shard:unpadded>} of {@link Session}: placeholder {@code <shard>} holds 0 to 9.
   */
  public static final int SHARDS = 10;

  /**
   * Partition key template of {@link Session} on GSI GSI1, attribute {@code GSI1PK}.
   */
  public static final String GSI1_PK_TEMPLATE = "KIND#<kind:spelled>";

  /**
   * Sort key template of {@link Session} on GSI GSI1, attribute {@code GSI1SK}.
   */
  public static final String GSI1_SK_TEMPLATE = "<startedAt:iso-millis>#<status:lower>";

  /**
   * Partition key template of {@link Session} on GSI GSI2, attribute {@code GSI2PK}.
   */
  public static final String GSI2_PK_TEMPLATE = "VIEWS#<slot:unpadded>";

  /**
   * Sort key template of {@link Session} on GSI GSI2, attribute {@code GSI2SK}.
   */
  public static final String GSI2_SK_TEMPLATE = "<views:padded(6)>#<sessionId:raw>";

  /**
   * Number of shards of partition key {@code VIEWS#<slot:unpadded>} of {@link Session} on GSI GSI2: placeholder {@code <slot>} holds 0 to 3.
   */
  public static final int GSI2_SHARDS = 4;

  /**
   * Partition key template of {@link Session} on LSI LSI1, attribute {@code PK}.
   */
  public static final String LSI1_PK_TEMPLATE = "SESSION#<sessionId:raw>";

  /**
   * Sort key template of {@link Session} on LSI LSI1, attribute {@code LSI1SK}.
   */
  public static final String LSI1_SK_TEMPLATE = "EXPIRES#<expiresAt:epoch-seconds(11)>";

  private static final KeyEncoding ENCODING = KeyEncoding.forDelimiter('#');

  private static final KeySpellings KIND_SPELLINGS = KeySpellings.of(SessionKind.values(), "web", "app");

  static final KeyField PK = KeyField.partition("Session", null, "PK", PK_TEMPLATE, '#');

  static final KeyField SK = KeyField.sort("Session", null, "SK", SK_TEMPLATE, '#')
      .withShards("shard", SHARDS);

  static final KeyField GSI1_PK = KeyField.partition("Session", "GSI1", "GSI1PK", GSI1_PK_TEMPLATE, '#')
      .withSpelling("kind", KIND_SPELLINGS);

  static final KeyField GSI1_SK = KeyField.sort("Session", "GSI1", "GSI1SK", GSI1_SK_TEMPLATE, '#');

  static final KeyField GSI2_PK = KeyField.partition("Session", "GSI2", "GSI2PK", GSI2_PK_TEMPLATE, '#')
      .withShards("slot", GSI2_SHARDS);

  static final KeyField GSI2_SK = KeyField.sort("Session", "GSI2", "GSI2SK", GSI2_SK_TEMPLATE, '#');

  static final KeyField LSI1_PK = KeyField.partition("Session", "LSI1", "PK", LSI1_PK_TEMPLATE, '#');

  static final KeyField LSI1_SK = KeyField.sort("Session", "LSI1", "LSI1SK", LSI1_SK_TEMPLATE, '#');

  private SessionKeys() {
  }

  /**
   * Returns the primary key of {@link Session}: {@code PK = SESSION#<sessionId:raw>}, {@code SK = #METADATA#<shard:unpadded>}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PrimaryKey key(String sessionId, int shard) {
    if (sessionId == null) {
      throw KeyField.missing(new String[] {"sessionId"}, new Object[] {sessionId}, PK, SK);
    }
    return PrimaryKey.of(PK.partitionKey(renderPk(sessionId)), SK.sortKey(renderSk(shard)));
  }

  /**
   * Returns the primary key of {@link Session} at a random one of its {@value #SHARDS} shards
   * ({@code SK = #METADATA#<shard:unpadded>}): where a write of a sharded counter goes, such as an update that adds to it.
   * A query of the partition key reads every shard; sum them to read the counter.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PrimaryKey randomShardKey(String sessionId) {
    return key(sessionId, ThreadLocalRandom.current().nextInt(SHARDS));
  }

  /**
   * Returns the partition key {@code SESSION#<sessionId:raw>} of {@link Session}, attribute {@code PK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PartitionKey pk(String sessionId) {
    return PK.partitionKey(renderPk(sessionId));
  }

  /**
   * Returns the sort key {@code #METADATA#<shard:unpadded>} of {@link Session}, attribute {@code SK}.
   */
  public static SortKey sk(int shard) {
    return SK.sortKey(renderSk(shard));
  }

  /**
   * Returns the prefix of sort key {@code #METADATA#<shard:unpadded>} of {@link Session} after no value: the range
   * of keys that start with it.
   */
  public static SortKey skPrefix() {
    return SK.sortKeyPrefix("#METADATA#");
  }

  /**
   * Returns the partition key {@code KIND#<kind:spelled>} of {@link Session} on GSI GSI1, attribute {@code GSI1PK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PartitionKey gsi1Pk(SessionKind kind) {
    return GSI1_PK.partitionKey(renderGsi1Pk(kind));
  }

  /**
   * Returns the sort key {@code <startedAt:iso-millis>#<status:lower>} of {@link Session} on GSI GSI1, attribute {@code GSI1SK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi1Sk(Instant startedAt, OrderStatus status) {
    return GSI1_SK.sortKey(renderGsi1Sk(startedAt, status));
  }

  /**
   * Returns the prefix of sort key {@code <startedAt:iso-millis>#<status:lower>} of {@link Session} on GSI GSI1 after no value: the range
   * of keys that start with it.
   */
  public static SortKey gsi1SkPrefix() {
    return GSI1_SK.sortKeyPrefix("");
  }

  /**
   * Returns the prefix of sort key {@code <startedAt:iso-millis>#<status:lower>} of {@link Session} on GSI GSI1 after one value: the range
   * of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi1SkPrefix(Instant startedAt) {
    if (startedAt == null) {
      throw KeyField.missing(new String[] {"startedAt"}, new Object[] {startedAt}, GSI1_SK);
    }
    try {
      return GSI1_SK.sortKeyPrefix(KeyFormatText.isoMillis(startedAt).concat("#"));
    } catch (IllegalArgumentException refused) {
      throw GSI1_SK.refused(refused);
    }
  }

  /**
   * Returns the prefix of sort key {@code <startedAt:iso-millis>#<status:lower>} of {@link Session} on GSI GSI1 for every {@code <startedAt>} in the
   * given {@code LocalDate}: the range of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi1SkPrefix(LocalDate startedAt) {
    if (startedAt == null) {
      throw KeyField.missing(new String[] {"startedAt"}, new Object[] {startedAt}, GSI1_SK);
    }
    try {
      return GSI1_SK.sortKeyPrefix(KeyText.localDate(startedAt));
    } catch (IllegalArgumentException refused) {
      throw GSI1_SK.refused(refused);
    }
  }

  /**
   * Returns the prefix of sort key {@code <startedAt:iso-millis>#<status:lower>} of {@link Session} on GSI GSI1 for every {@code <startedAt>} in the
   * given {@code YearMonth}: the range of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi1SkPrefix(YearMonth startedAt) {
    if (startedAt == null) {
      throw KeyField.missing(new String[] {"startedAt"}, new Object[] {startedAt}, GSI1_SK);
    }
    try {
      return GSI1_SK.sortKeyPrefix(KeyText.yearMonth(startedAt));
    } catch (IllegalArgumentException refused) {
      throw GSI1_SK.refused(refused);
    }
  }

  /**
   * Returns the prefix of sort key {@code <startedAt:iso-millis>#<status:lower>} of {@link Session} on GSI GSI1 for every {@code <startedAt>} in the
   * given {@code Year}: the range of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi1SkPrefix(Year startedAt) {
    if (startedAt == null) {
      throw KeyField.missing(new String[] {"startedAt"}, new Object[] {startedAt}, GSI1_SK);
    }
    try {
      return GSI1_SK.sortKeyPrefix(KeyText.year(startedAt));
    } catch (IllegalArgumentException refused) {
      throw GSI1_SK.refused(refused);
    }
  }

  /**
   * Returns the partition key {@code VIEWS#<slot:unpadded>} of {@link Session} on GSI GSI2, attribute {@code GSI2PK}, with every one of
   * its {@value #GSI2_SHARDS} shards: a query of it reads them all in parallel and merges them in sort key order.
   * An item's shard comes from its primary key ({@link #gsi2Shard}); {@code shards().get(n)} is shard n alone.
   */
  public static PartitionKey gsi2Pk() {
    return GSI2_PK.shardedPartitionKey(slot -> renderGsi2Pk(slot));
  }

  /**
   * Returns the sort key {@code <views:padded(6)>#<sessionId:raw>} of {@link Session} on GSI GSI2, attribute {@code GSI2SK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi2Sk(long views, String sessionId) {
    return GSI2_SK.sortKey(renderGsi2Sk(views, sessionId));
  }

  /**
   * Returns the prefix of sort key {@code <views:padded(6)>#<sessionId:raw>} of {@link Session} on GSI GSI2 after no value: the range
   * of keys that start with it.
   */
  public static SortKey gsi2SkPrefix() {
    return GSI2_SK.sortKeyPrefix("");
  }

  /**
   * Returns the prefix of sort key {@code <views:padded(6)>#<sessionId:raw>} of {@link Session} on GSI GSI2 after one value: the range
   * of keys that start with it.
   */
  public static SortKey gsi2SkPrefix(long views) {
    try {
      return GSI2_SK.sortKeyPrefix(KeyFormatText.padded(views, 6).concat("#"));
    } catch (IllegalArgumentException refused) {
      throw GSI2_SK.refused(refused);
    }
  }

  /**
   * Returns the shard, 0 to {@code GSI2_SHARDS - 1}, of partition key {@code VIEWS#<slot:unpadded>} of {@link Session} on GSI GSI2 for the
   * item at {@code key}: the CRC-32 (zlib's) of the UTF-8 bytes of its PK, a zero byte and its SK,
   * modulo the shard count, so that an item keeps its shard on every update.
   */
  public static int gsi2Shard(PrimaryKey key) {
    return GSI2_PK.shardOf(key.partitionKey().value(), key.sortKey().value());
  }

  /**
   * Returns the partition key {@code SESSION#<sessionId:raw>} of {@link Session} on LSI LSI1, attribute {@code PK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PartitionKey lsi1Pk(String sessionId) {
    return LSI1_PK.partitionKey(renderPk(sessionId));
  }

  /**
   * Returns the sort key {@code EXPIRES#<expiresAt:epoch-seconds(11)>} of {@link Session} on LSI LSI1, attribute {@code LSI1SK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey lsi1Sk(Instant expiresAt) {
    return LSI1_SK.sortKey(renderLsi1Sk(expiresAt));
  }

  /**
   * Returns the prefix of sort key {@code EXPIRES#<expiresAt:epoch-seconds(11)>} of {@link Session} on LSI LSI1 after no value: the range
   * of keys that start with it.
   */
  public static SortKey lsi1SkPrefix() {
    return LSI1_SK.sortKeyPrefix("EXPIRES#");
  }

  /**
   * Renders {@code SESSION#<sessionId:raw>}, checked against DynamoDB's key limits; shared with {@link SessionSchema}.
   */
  static String renderPk(String sessionId) {
    if (sessionId == null) {
      throw KeyField.missing(new String[] {"sessionId"}, new Object[] {sessionId}, PK);
    }
    try {
      return PK.checked("SESSION#".concat(ENCODING.raw(sessionId)));
    } catch (IllegalArgumentException refused) {
      throw PK.refused(refused);
    }
  }

  /**
   * Renders {@code #METADATA#<shard:unpadded>}, checked against DynamoDB's key limits; shared with {@link SessionSchema}.
   */
  static String renderSk(int shard) {
    try {
      return SK.checked("#METADATA#".concat(KeyFormatText.unpadded(shard)));
    } catch (IllegalArgumentException refused) {
      throw SK.refused(refused);
    }
  }

  /**
   * Renders {@code KIND#<kind:spelled>}, checked against DynamoDB's key limits; shared with {@link SessionSchema}.
   */
  static String renderGsi1Pk(SessionKind kind) {
    if (kind == null) {
      throw KeyField.missing(new String[] {"kind"}, new Object[] {kind}, GSI1_PK);
    }
    try {
      return GSI1_PK.checked("KIND#".concat(KIND_SPELLINGS.spell(kind)));
    } catch (IllegalArgumentException refused) {
      throw GSI1_PK.refused(refused);
    }
  }

  /**
   * Renders {@code <startedAt:iso-millis>#<status:lower>}, checked against DynamoDB's key limits; shared with {@link SessionSchema}.
   */
  static String renderGsi1Sk(Instant startedAt, OrderStatus status) {
    if (startedAt == null || status == null) {
      throw KeyField.missing(new String[] {"startedAt", "status"}, new Object[] {startedAt, status}, GSI1_SK);
    }
    try {
      return GSI1_SK.checked(KeyText.concat(KeyFormatText.isoMillis(startedAt), "#", KeyFormatText.lowerCase(status)));
    } catch (IllegalArgumentException refused) {
      throw GSI1_SK.refused(refused);
    }
  }

  /**
   * Renders {@code VIEWS#<slot:unpadded>}, checked against DynamoDB's key limits; shared with {@link SessionSchema}.
   */
  static String renderGsi2Pk(int slot) {
    try {
      return GSI2_PK.checked("VIEWS#".concat(KeyFormatText.unpadded(slot)));
    } catch (IllegalArgumentException refused) {
      throw GSI2_PK.refused(refused);
    }
  }

  /**
   * Renders {@code <views:padded(6)>#<sessionId:raw>}, checked against DynamoDB's key limits; shared with {@link SessionSchema}.
   */
  static String renderGsi2Sk(long views, String sessionId) {
    if (sessionId == null) {
      throw KeyField.missing(new String[] {"sessionId"}, new Object[] {sessionId}, GSI2_SK);
    }
    try {
      return GSI2_SK.checked(KeyText.concat(KeyFormatText.padded(views, 6), "#", ENCODING.raw(sessionId)));
    } catch (IllegalArgumentException refused) {
      throw GSI2_SK.refused(refused);
    }
  }

  /**
   * Renders {@code EXPIRES#<expiresAt:epoch-seconds(11)>}, checked against DynamoDB's key limits; shared with {@link SessionSchema}.
   */
  static String renderLsi1Sk(Instant expiresAt) {
    if (expiresAt == null) {
      throw KeyField.missing(new String[] {"expiresAt"}, new Object[] {expiresAt}, LSI1_SK);
    }
    try {
      return LSI1_SK.checked("EXPIRES#".concat(KeyFormatText.epochSeconds(expiresAt, 11)));
    } catch (IllegalArgumentException refused) {
      throw LSI1_SK.refused(refused);
    }
  }
}
