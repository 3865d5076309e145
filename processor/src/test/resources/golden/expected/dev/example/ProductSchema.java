package dev.example;

import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.internal.KeyField;
import dev.singletable.internal.SingletableGenerated;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The reflection-free schema of {@link Product}, stored as type {@code "Product"} in table {@code ecommerce}.
 *
 * <p>Its table schema writes every property as an attribute of the same name, the key
 * attributes rendered from {@link ProductKeys} (an index key is left out when one of its
 * placeholders is {@code null}: a sparse index) and the type attribute {@code entityType}.
 * Immutable and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class ProductSchema implements EntitySchema<Product> {
  /**
   * The schema of {@link Product}.
   */
  public static final EntitySchema<Product> INSTANCE = new ProductSchema();

  /**
   * Type name of {@link Product}, stored in attribute {@code entityType}.
   */
  public static final String TYPE_NAME = "Product";

  private static final List<KeyField> KEY_FIELDS = List.of(ProductKeys.PK, ProductKeys.SK, ProductKeys.GSI1_PK, ProductKeys.GSI1_SK);

  private final TableSchema<Product> tableSchema;

  private ProductSchema() {
    this.tableSchema = StaticTableSchema.builder(Product.class)
        .newItemSupplier(Product::new)
        .addAttribute(String.class, a -> a.name("PK")
            .getter(ProductSchema::pkOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.primaryPartitionKey()))
        .addAttribute(String.class, a -> a.name("SK")
            .getter(ProductSchema::skOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.primarySortKey()))
        .addAttribute(String.class, a -> a.name("GSI1PK")
            .getter(ProductSchema::gsi1PkOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.secondaryPartitionKey("GSI1")))
        .addAttribute(String.class, a -> a.name("GSI1SK")
            .getter(ProductSchema::gsi1SkOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.secondarySortKey("GSI1")))
        .addAttribute(String.class, a -> a.name("entityType").getter(item -> TYPE_NAME).setter((item, value) -> {}))
        .addAttribute(String.class, a -> a.name("productId").getter(Product::getProductId).setter(Product::setProductId))
        .addAttribute(String.class, a -> a.name("category").getter(Product::getCategory).setter(Product::setCategory))
        .addAttribute(Integer.class, a -> a.name("price").getter(Product::getPrice).setter(Product::setPrice))
        .addAttribute(Boolean.class, a -> a.name("active").getter(Product::isActive).setter(Product::setActive))
        .build();
  }

  @Override
  public Class<Product> entityClass() {
    return Product.class;
  }

  @Override
  public String typeName() {
    return TYPE_NAME;
  }

  @Override
  public TableSchema<Product> tableSchema() {
    return tableSchema;
  }

  @Override
  public List<KeyField> keyFields() {
    return KEY_FIELDS;
  }

  @Override
  public PrimaryKey primaryKey(Product item) {
    return ProductKeys.key(item.getProductId());
  }

  private static String pkOf(Product item) {
    return ProductKeys.renderPk(item.getProductId());
  }

  private static String skOf(Product item) {
    return ProductKeys.renderSk();
  }

  private static String gsi1PkOf(Product item) {
    // A null placeholder leaves the item out of sparse index GSI1.
    if (item.getCategory() == null || item.getProductId() == null) {
      return null;
    }
    return ProductKeys.renderGsi1Pk(item.getCategory());
  }

  private static String gsi1SkOf(Product item) {
    // A null placeholder leaves the item out of sparse index GSI1.
    if (item.getCategory() == null || item.getProductId() == null) {
      return null;
    }
    return ProductKeys.renderGsi1Sk(item.getProductId());
  }
}
