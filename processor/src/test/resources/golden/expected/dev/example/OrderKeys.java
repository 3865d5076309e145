package dev.example;

import dev.singletable.InvalidKeyException;
import dev.singletable.PartitionKey;
import dev.singletable.PrimaryKey;
import dev.singletable.SortKey;
import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyField;
import dev.singletable.internal.KeyText;
import dev.singletable.internal.SingletableGenerated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import javax.annotation.processing.Generated;

/**
 * Typed key builders of {@link Order} in table {@code ecommerce} ({@link Shop}).
 *
 * <p>Each method renders a key template with values typed like the entity's properties,
 * in an order-preserving, escaped form. Methods throw {@link InvalidKeyException} naming every
 * {@code null} value. All members are static and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class OrderKeys {
  /**
   * Partition key template of {@link Order}, attribute {@code PK}.
   */
  public static final String PK_TEMPLATE = "USER#<userId>";

  /**
   * Sort key template of {@link Order}, attribute {@code SK}.
   */
  public static final String SK_TEMPLATE = "ORDER#<date>#<orderId>";

  /**
   * Partition key template of {@link Order} on GSI GSI1, attribute {@code GSI1PK}.
   */
  public static final String GSI1_PK_TEMPLATE = "STATUS#<status>";

  /**
   * Sort key template of {@link Order} on GSI GSI1, attribute {@code GSI1SK}.
   */
  public static final String GSI1_SK_TEMPLATE = "ORDER#<date>#<orderId>";

  /**
   * Partition key template of {@link Order} on GSI GSI2, attribute {@code GSI2PK}.
   */
  public static final String GSI2_PK_TEMPLATE = "FLAGGED";

  /**
   * Sort key template of {@link Order} on GSI GSI2, attribute {@code GSI2SK}.
   */
  public static final String GSI2_SK_TEMPLATE = "<flaggedAt>#<orderId>";

  /**
   * Partition key template of {@link Order} on LSI LSI1, attribute {@code PK}.
   */
  public static final String LSI1_PK_TEMPLATE = "USER#<userId>";

  /**
   * Sort key template of {@link Order} on LSI LSI1, attribute {@code LSI1SK}.
   */
  public static final String LSI1_SK_TEMPLATE = "AMOUNT#<total>";

  private static final KeyEncoding ENCODING = KeyEncoding.forDelimiter('#');

  static final KeyField PK = KeyField.partition("Order", null, "PK", PK_TEMPLATE, '#');

  static final KeyField SK = KeyField.sort("Order", null, "SK", SK_TEMPLATE, '#');

  static final KeyField GSI1_PK = KeyField.partition("Order", "GSI1", "GSI1PK", GSI1_PK_TEMPLATE, '#');

  static final KeyField GSI1_SK = KeyField.sort("Order", "GSI1", "GSI1SK", GSI1_SK_TEMPLATE, '#');

  static final KeyField GSI2_PK = KeyField.partition("Order", "GSI2", "GSI2PK", GSI2_PK_TEMPLATE, '#');

  static final KeyField GSI2_SK = KeyField.sort("Order", "GSI2", "GSI2SK", GSI2_SK_TEMPLATE, '#');

  static final KeyField LSI1_PK = KeyField.partition("Order", "LSI1", "PK", LSI1_PK_TEMPLATE, '#');

  static final KeyField LSI1_SK = KeyField.sort("Order", "LSI1", "LSI1SK", LSI1_SK_TEMPLATE, '#');

  private OrderKeys() {
  }

  /**
   * Returns the primary key of {@link Order}: {@code PK = USER#<userId>}, {@code SK = ORDER#<date>#<orderId>}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PrimaryKey key(String userId, LocalDate date, String orderId) {
    if (userId == null || date == null || orderId == null) {
      throw KeyField.missing(new String[] {"userId", "date", "orderId"}, new Object[] {userId, date, orderId}, PK, SK);
    }
    return PrimaryKey.of(PK.partitionKey(renderPk(userId)), SK.sortKey(renderSk(date, orderId)));
  }

  /**
   * Returns the partition key {@code USER#<userId>} of {@link Order}, attribute {@code PK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PartitionKey pk(String userId) {
    return PK.partitionKey(renderPk(userId));
  }

  /**
   * Returns the sort key {@code ORDER#<date>#<orderId>} of {@link Order}, attribute {@code SK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey sk(LocalDate date, String orderId) {
    return SK.sortKey(renderSk(date, orderId));
  }

  /**
   * Returns the prefix of sort key {@code ORDER#<date>#<orderId>} of {@link Order} after no value: the range
   * of keys that start with it.
   */
  public static SortKey skPrefix() {
    return SK.sortKeyPrefix("ORDER#");
  }

  /**
   * Returns the prefix of sort key {@code ORDER#<date>#<orderId>} of {@link Order} after one value: the range
   * of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey skPrefix(LocalDate date) {
    if (date == null) {
      throw KeyField.missing(new String[] {"date"}, new Object[] {date}, SK);
    }
    try {
      return SK.sortKeyPrefix(KeyText.concat("ORDER#", KeyText.localDate(date), "#"));
    } catch (IllegalArgumentException refused) {
      throw SK.refused(refused);
    }
  }

  /**
   * Returns the prefix of sort key {@code ORDER#<date>#<orderId>} of {@link Order} for every {@code <date>} in the
   * given {@code YearMonth}: the range of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey skPrefix(YearMonth date) {
    if (date == null) {
      throw KeyField.missing(new String[] {"date"}, new Object[] {date}, SK);
    }
    try {
      return SK.sortKeyPrefix("ORDER#".concat(KeyText.yearMonth(date)));
    } catch (IllegalArgumentException refused) {
      throw SK.refused(refused);
    }
  }

  /**
   * Returns the prefix of sort key {@code ORDER#<date>#<orderId>} of {@link Order} for every {@code <date>} in the
   * given {@code Year}: the range of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey skPrefix(Year date) {
    if (date == null) {
      throw KeyField.missing(new String[] {"date"}, new Object[] {date}, SK);
    }
    try {
      return SK.sortKeyPrefix("ORDER#".concat(KeyText.year(date)));
    } catch (IllegalArgumentException refused) {
      throw SK.refused(refused);
    }
  }

  /**
   * Returns the partition key {@code STATUS#<status>} of {@link Order} on GSI GSI1, attribute {@code GSI1PK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PartitionKey gsi1Pk(OrderStatus status) {
    return GSI1_PK.partitionKey(renderGsi1Pk(status));
  }

  /**
   * Returns the sort key {@code ORDER#<date>#<orderId>} of {@link Order} on GSI GSI1, attribute {@code GSI1SK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi1Sk(LocalDate date, String orderId) {
    return GSI1_SK.sortKey(renderGsi1Sk(date, orderId));
  }

  /**
   * Returns the prefix of sort key {@code ORDER#<date>#<orderId>} of {@link Order} on GSI GSI1 after no value: the range
   * of keys that start with it.
   */
  public static SortKey gsi1SkPrefix() {
    return GSI1_SK.sortKeyPrefix("ORDER#");
  }

  /**
   * Returns the prefix of sort key {@code ORDER#<date>#<orderId>} of {@link Order} on GSI GSI1 after one value: the range
   * of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi1SkPrefix(LocalDate date) {
    if (date == null) {
      throw KeyField.missing(new String[] {"date"}, new Object[] {date}, GSI1_SK);
    }
    try {
      return GSI1_SK.sortKeyPrefix(KeyText.concat("ORDER#", KeyText.localDate(date), "#"));
    } catch (IllegalArgumentException refused) {
      throw GSI1_SK.refused(refused);
    }
  }

  /**
   * Returns the prefix of sort key {@code ORDER#<date>#<orderId>} of {@link Order} on GSI GSI1 for every {@code <date>} in the
   * given {@code YearMonth}: the range of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi1SkPrefix(YearMonth date) {
    if (date == null) {
      throw KeyField.missing(new String[] {"date"}, new Object[] {date}, GSI1_SK);
    }
    try {
      return GSI1_SK.sortKeyPrefix("ORDER#".concat(KeyText.yearMonth(date)));
    } catch (IllegalArgumentException refused) {
      throw GSI1_SK.refused(refused);
    }
  }

  /**
   * Returns the prefix of sort key {@code ORDER#<date>#<orderId>} of {@link Order} on GSI GSI1 for every {@code <date>} in the
   * given {@code Year}: the range of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi1SkPrefix(Year date) {
    if (date == null) {
      throw KeyField.missing(new String[] {"date"}, new Object[] {date}, GSI1_SK);
    }
    try {
      return GSI1_SK.sortKeyPrefix("ORDER#".concat(KeyText.year(date)));
    } catch (IllegalArgumentException refused) {
      throw GSI1_SK.refused(refused);
    }
  }

  /**
   * Returns the partition key {@code FLAGGED} of {@link Order} on GSI GSI2, attribute {@code GSI2PK}.
   */
  public static PartitionKey gsi2Pk() {
    return GSI2_PK.partitionKey(renderGsi2Pk());
  }

  /**
   * Returns the sort key {@code <flaggedAt>#<orderId>} of {@link Order} on GSI GSI2, attribute {@code GSI2SK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi2Sk(Instant flaggedAt, String orderId) {
    return GSI2_SK.sortKey(renderGsi2Sk(flaggedAt, orderId));
  }

  /**
   * Returns the prefix of sort key {@code <flaggedAt>#<orderId>} of {@link Order} on GSI GSI2 after no value: the range
   * of keys that start with it.
   */
  public static SortKey gsi2SkPrefix() {
    return GSI2_SK.sortKeyPrefix("");
  }

  /**
   * Returns the prefix of sort key {@code <flaggedAt>#<orderId>} of {@link Order} on GSI GSI2 after one value: the range
   * of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi2SkPrefix(Instant flaggedAt) {
    if (flaggedAt == null) {
      throw KeyField.missing(new String[] {"flaggedAt"}, new Object[] {flaggedAt}, GSI2_SK);
    }
    try {
      return GSI2_SK.sortKeyPrefix(KeyText.instant(flaggedAt).concat("#"));
    } catch (IllegalArgumentException refused) {
      throw GSI2_SK.refused(refused);
    }
  }

  /**
   * Returns the prefix of sort key {@code <flaggedAt>#<orderId>} of {@link Order} on GSI GSI2 for every {@code <flaggedAt>} in the
   * given {@code LocalDate}: the range of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi2SkPrefix(LocalDate flaggedAt) {
    if (flaggedAt == null) {
      throw KeyField.missing(new String[] {"flaggedAt"}, new Object[] {flaggedAt}, GSI2_SK);
    }
    try {
      return GSI2_SK.sortKeyPrefix(KeyText.localDate(flaggedAt));
    } catch (IllegalArgumentException refused) {
      throw GSI2_SK.refused(refused);
    }
  }

  /**
   * Returns the prefix of sort key {@code <flaggedAt>#<orderId>} of {@link Order} on GSI GSI2 for every {@code <flaggedAt>} in the
   * given {@code YearMonth}: the range of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi2SkPrefix(YearMonth flaggedAt) {
    if (flaggedAt == null) {
      throw KeyField.missing(new String[] {"flaggedAt"}, new Object[] {flaggedAt}, GSI2_SK);
    }
    try {
      return GSI2_SK.sortKeyPrefix(KeyText.yearMonth(flaggedAt));
    } catch (IllegalArgumentException refused) {
      throw GSI2_SK.refused(refused);
    }
  }

  /**
   * Returns the prefix of sort key {@code <flaggedAt>#<orderId>} of {@link Order} on GSI GSI2 for every {@code <flaggedAt>} in the
   * given {@code Year}: the range of keys that start with it.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi2SkPrefix(Year flaggedAt) {
    if (flaggedAt == null) {
      throw KeyField.missing(new String[] {"flaggedAt"}, new Object[] {flaggedAt}, GSI2_SK);
    }
    try {
      return GSI2_SK.sortKeyPrefix(KeyText.year(flaggedAt));
    } catch (IllegalArgumentException refused) {
      throw GSI2_SK.refused(refused);
    }
  }

  /**
   * Returns the partition key {@code USER#<userId>} of {@link Order} on LSI LSI1, attribute {@code PK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PartitionKey lsi1Pk(String userId) {
    return LSI1_PK.partitionKey(renderPk(userId));
  }

  /**
   * Returns the sort key {@code AMOUNT#<total>} of {@link Order} on LSI LSI1, attribute {@code LSI1SK}.
   */
  public static SortKey lsi1Sk(long total) {
    return LSI1_SK.sortKey(renderLsi1Sk(total));
  }

  /**
   * Returns the prefix of sort key {@code AMOUNT#<total>} of {@link Order} on LSI LSI1 after no value: the range
   * of keys that start with it.
   */
  public static SortKey lsi1SkPrefix() {
    return LSI1_SK.sortKeyPrefix("AMOUNT#");
  }

  /**
   * Renders {@code USER#<userId>}, checked against DynamoDB's key limits; shared with {@link OrderSchema}.
   */
  static String renderPk(String userId) {
    if (userId == null) {
      throw KeyField.missing(new String[] {"userId"}, new Object[] {userId}, PK);
    }
    try {
      return PK.checked("USER#".concat(ENCODING.encode(userId)));
    } catch (IllegalArgumentException refused) {
      throw PK.refused(refused);
    }
  }

  /**
   * Renders {@code ORDER#<date>#<orderId>}, checked against DynamoDB's key limits; shared with {@link OrderSchema}.
   */
  static String renderSk(LocalDate date, String orderId) {
    if (date == null || orderId == null) {
      throw KeyField.missing(new String[] {"date", "orderId"}, new Object[] {date, orderId}, SK);
    }
    try {
      return SK.checked(KeyText.concat("ORDER#", KeyText.localDate(date), "#", ENCODING.encode(orderId)));
    } catch (IllegalArgumentException refused) {
      throw SK.refused(refused);
    }
  }

  /**
   * Renders {@code STATUS#<status>}, checked against DynamoDB's key limits; shared with {@link OrderSchema}.
   */
  static String renderGsi1Pk(OrderStatus status) {
    if (status == null) {
      throw KeyField.missing(new String[] {"status"}, new Object[] {status}, GSI1_PK);
    }
    return GSI1_PK.checked("STATUS#".concat(ENCODING.encode(status.name())));
  }

  /**
   * Renders {@code ORDER#<date>#<orderId>}, checked against DynamoDB's key limits; shared with {@link OrderSchema}.
   */
  static String renderGsi1Sk(LocalDate date, String orderId) {
    if (date == null || orderId == null) {
      throw KeyField.missing(new String[] {"date", "orderId"}, new Object[] {date, orderId}, GSI1_SK);
    }
    try {
      return GSI1_SK.checked(KeyText.concat("ORDER#", KeyText.localDate(date), "#", ENCODING.encode(orderId)));
    } catch (IllegalArgumentException refused) {
      throw GSI1_SK.refused(refused);
    }
  }

  /**
   * Renders {@code FLAGGED}, checked against DynamoDB's key limits; shared with {@link OrderSchema}.
   */
  static String renderGsi2Pk() {
    return GSI2_PK.checked("FLAGGED");
  }

  /**
   * Renders {@code <flaggedAt>#<orderId>}, checked against DynamoDB's key limits; shared with {@link OrderSchema}.
   */
  static String renderGsi2Sk(Instant flaggedAt, String orderId) {
    if (flaggedAt == null || orderId == null) {
      throw KeyField.missing(new String[] {"flaggedAt", "orderId"}, new Object[] {flaggedAt, orderId}, GSI2_SK);
    }
    try {
      return GSI2_SK.checked(KeyText.concat(KeyText.instant(flaggedAt), "#", ENCODING.encode(orderId)));
    } catch (IllegalArgumentException refused) {
      throw GSI2_SK.refused(refused);
    }
  }

  /**
   * Renders {@code AMOUNT#<total>}, checked against DynamoDB's key limits; shared with {@link OrderSchema}.
   */
  static String renderLsi1Sk(long total) {
    return LSI1_SK.checked("AMOUNT#".concat(KeyText.longValue(total)));
  }
}
