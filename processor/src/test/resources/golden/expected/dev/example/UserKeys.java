package dev.example;

import dev.singletable.InvalidKeyException;
import dev.singletable.PartitionKey;
import dev.singletable.PrimaryKey;
import dev.singletable.SortKey;
import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyField;
import dev.singletable.internal.SingletableGenerated;
import javax.annotation.processing.Generated;

/**
 * Typed key builders of {@link User} in table {@code ecommerce} ({@link Shop}).
 *
 * <p>Each method renders a key template with values typed like the entity's properties,
 * in an order-preserving, escaped form. Methods throw {@link InvalidKeyException} naming every
 * {@code null} value. All members are static and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class UserKeys {
  /**
   * Partition key template of {@link User}, attribute {@code PK}.
   */
  public static final String PK_TEMPLATE = "USER#<userId>";

  /**
   * Sort key template of {@link User}, attribute {@code SK}.
   */
  public static final String SK_TEMPLATE = "PROFILE";

  /**
   * Partition key template of {@link User} on GSI GSI1, attribute {@code GSI1PK}.
   */
  public static final String GSI1_PK_TEMPLATE = "USER#<email>";

  /**
   * Sort key template of {@link User} on GSI GSI1, attribute {@code GSI1SK}.
   */
  public static final String GSI1_SK_TEMPLATE = "PROFILE";

  private static final KeyEncoding ENCODING = KeyEncoding.forDelimiter('#');

  static final KeyField PK = KeyField.partition("User", null, "PK", PK_TEMPLATE, '#');

  static final KeyField SK = KeyField.sort("User", null, "SK", SK_TEMPLATE, '#');

  static final KeyField GSI1_PK = KeyField.partition("User", "GSI1", "GSI1PK", GSI1_PK_TEMPLATE, '#');

  static final KeyField GSI1_SK = KeyField.sort("User", "GSI1", "GSI1SK", GSI1_SK_TEMPLATE, '#');

  private UserKeys() {
  }

  /**
   * Returns the primary key of {@link User}: {@code PK = USER#<userId>}, {@code SK = PROFILE}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PrimaryKey key(String userId) {
    if (userId == null) {
      throw KeyField.missing(new String[] {"userId"}, new Object[] {userId}, PK, SK);
    }
    return PrimaryKey.of(PK.partitionKey(renderPk(userId)), SK.sortKey(renderSk()));
  }

  /**
   * Returns the partition key {@code USER#<userId>} of {@link User}, attribute {@code PK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PartitionKey pk(String userId) {
    return PK.partitionKey(renderPk(userId));
  }

  /**
   * Returns the sort key {@code PROFILE} of {@link User}, attribute {@code SK}.
   */
  public static SortKey sk() {
    return SK.sortKey(renderSk());
  }

  /**
   * Returns the partition key {@code USER#<email>} of {@link User} on GSI GSI1, attribute {@code GSI1PK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PartitionKey gsi1Pk(String email) {
    return GSI1_PK.partitionKey(renderGsi1Pk(email));
  }

  /**
   * Returns the sort key {@code PROFILE} of {@link User} on GSI GSI1, attribute {@code GSI1SK}.
   */
  public static SortKey gsi1Sk() {
    return GSI1_SK.sortKey(renderGsi1Sk());
  }

  /**
   * Renders {@code USER#<userId>}, checked against DynamoDB's key limits; shared with {@link UserSchema}.
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
   * Renders {@code PROFILE}, checked against DynamoDB's key limits; shared with {@link UserSchema}.
   */
  static String renderSk() {
    return SK.checked("PROFILE");
  }

  /**
   * Renders {@code USER#<email>}, checked against DynamoDB's key limits; shared with {@link UserSchema}.
   */
  static String renderGsi1Pk(String email) {
    if (email == null) {
      throw KeyField.missing(new String[] {"email"}, new Object[] {email}, GSI1_PK);
    }
    try {
      return GSI1_PK.checked("USER#".concat(ENCODING.encode(email)));
    } catch (IllegalArgumentException refused) {
      throw GSI1_PK.refused(refused);
    }
  }

  /**
   * Renders {@code PROFILE}, checked against DynamoDB's key limits; shared with {@link UserSchema}.
   */
  static String renderGsi1Sk() {
    return GSI1_SK.checked("PROFILE");
  }
}
