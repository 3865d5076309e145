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
 * Typed key builders of {@link Product} in table {@code ecommerce} ({@link Shop}).
 *
 * <p>Each method renders a key template with values typed like the entity's properties,
 * in an order-preserving, escaped form. Methods throw {@link InvalidKeyException} naming every
 * {@code null} value. All members are static and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class ProductKeys {
  /**
   * Partition key template of {@link Product}, attribute {@code PK}.
   */
  public static final String PK_TEMPLATE = "PRODUCT#<productId>";

  /**
   * Sort key template of {@link Product}, attribute {@code SK}.
   */
  public static final String SK_TEMPLATE = "METADATA";

  /**
   * Partition key template of {@link Product} on GSI GSI1, attribute {@code GSI1PK}.
   */
  public static final String GSI1_PK_TEMPLATE = "CAT#<category>";

  /**
   * Sort key template of {@link Product} on GSI GSI1, attribute {@code GSI1SK}.
   */
  public static final String GSI1_SK_TEMPLATE = "PRODUCT#<productId>";

  private static final KeyEncoding ENCODING = KeyEncoding.forDelimiter('#');

  static final KeyField PK = KeyField.partition("Product", null, "PK", PK_TEMPLATE, '#');

  static final KeyField SK = KeyField.sort("Product", null, "SK", SK_TEMPLATE, '#');

  static final KeyField GSI1_PK = KeyField.partition("Product", "GSI1", "GSI1PK", GSI1_PK_TEMPLATE, '#');

  static final KeyField GSI1_SK = KeyField.sort("Product", "GSI1", "GSI1SK", GSI1_SK_TEMPLATE, '#');

  private ProductKeys() {
  }

  /**
   * Returns the primary key of {@link Product}: {@code PK = PRODUCT#<productId>}, {@code SK = METADATA}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PrimaryKey key(String productId) {
    if (productId == null) {
      throw KeyField.missing(new String[] {"productId"}, new Object[] {productId}, PK, SK);
    }
    return PrimaryKey.of(PK.partitionKey(renderPk(productId)), SK.sortKey(renderSk()));
  }

  /**
   * Returns the partition key {@code PRODUCT#<productId>} of {@link Product}, attribute {@code PK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PartitionKey pk(String productId) {
    return PK.partitionKey(renderPk(productId));
  }

  /**
   * Returns the sort key {@code METADATA} of {@link Product}, attribute {@code SK}.
   */
  public static SortKey sk() {
    return SK.sortKey(renderSk());
  }

  /**
   * Returns the partition key {@code CAT#<category>} of {@link Product} on GSI GSI1, attribute {@code GSI1PK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static PartitionKey gsi1Pk(String category) {
    return GSI1_PK.partitionKey(renderGsi1Pk(category));
  }

  /**
   * Returns the sort key {@code PRODUCT#<productId>} of {@link Product} on GSI GSI1, attribute {@code GSI1SK}.
   *
   * @throws InvalidKeyException if a value is {@code null}
   */
  public static SortKey gsi1Sk(String productId) {
    return GSI1_SK.sortKey(renderGsi1Sk(productId));
  }

  /**
   * Returns the prefix of sort key {@code PRODUCT#<productId>} of {@link Product} on GSI GSI1 after no value: the range
   * of keys that start with it.
   */
  public static SortKey gsi1SkPrefix() {
    return GSI1_SK.sortKeyPrefix("PRODUCT#");
  }

  /**
   * Renders {@code PRODUCT#<productId>}, checked against DynamoDB's key limits; shared with {@link ProductSchema}.
   */
  static String renderPk(String productId) {
    if (productId == null) {
      throw KeyField.missing(new String[] {"productId"}, new Object[] {productId}, PK);
    }
    try {
      return PK.checked("PRODUCT#".concat(ENCODING.encode(productId)));
    } catch (IllegalArgumentException refused) {
      throw PK.refused(refused);
    }
  }

  /**
   * Renders {@code METADATA}, checked against DynamoDB's key limits; shared with {@link ProductSchema}.
   */
  static String renderSk() {
    return SK.checked("METADATA");
  }

  /**
   * Renders {@code CAT#<category>}, checked against DynamoDB's key limits; shared with {@link ProductSchema}.
   */
  static String renderGsi1Pk(String category) {
    if (category == null) {
      throw KeyField.missing(new String[] {"category"}, new Object[] {category}, GSI1_PK);
    }
    try {
      return GSI1_PK.checked("CAT#".concat(ENCODING.encode(category)));
    } catch (IllegalArgumentException refused) {
      throw GSI1_PK.refused(refused);
    }
  }

  /**
   * Renders {@code PRODUCT#<productId>}, checked against DynamoDB's key limits; shared with {@link ProductSchema}.
   */
  static String renderGsi1Sk(String productId) {
    if (productId == null) {
      throw KeyField.missing(new String[] {"productId"}, new Object[] {productId}, GSI1_SK);
    }
    try {
      return GSI1_SK.checked("PRODUCT#".concat(ENCODING.encode(productId)));
    } catch (IllegalArgumentException refused) {
      throw GSI1_SK.refused(refused);
    }
  }
}
