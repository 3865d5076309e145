package dev.example;

import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.internal.AttributeValues;
import dev.singletable.internal.DefaultConverters;
import dev.singletable.internal.KeyField;
import dev.singletable.internal.SingletableGenerated;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableMetadata;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The reflection-free schema of {@link Product}, stored as type {@code "Product"} in table {@code ecommerce}.
 *
 * <p>Its table schema writes every stored property as an attribute of its name (or of its
 * {@code @AttributeName}), the key attributes rendered from {@link ProductKeys} (an index key is left
 * out when one of its placeholders is {@code null}: a sparse index) and the type attribute {@code entityType}.
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
    this.tableSchema = new Mapper();
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

  /**
   * The enhanced client's table schema of {@link Product}, written out attribute by attribute.
   */
  private static final class Mapper implements TableSchema<Product> {
    private static final AttributeConverter<String> SLUG_CONVERTER = SlugConverter.INSTANCE;

    private static final List<String> ATTRIBUTE_NAMES = List.of("PK", "SK", "GSI1PK", "GSI1SK", "entityType", "productId", "category", "price", "active", "slug");

    private static final Set<String> ATTRIBUTE_SET = Set.copyOf(ATTRIBUTE_NAMES);

    private static final AttributeValue TYPE_NAME_VALUE = AttributeValue.fromS(TYPE_NAME);

    @Override
    public Map<String, AttributeValue> itemToMap(Product item, boolean ignoreNulls) {
      Map<String, AttributeValue> map = new HashMap<>(14);
      if (item == null) {
        // As the SDK's schemas: no item, every attribute null.
        for (String name : ATTRIBUTE_NAMES) {
          AttributeValues.put(map, name, null, ignoreNulls);
        }
        return AttributeValues.unmodifiable(map);
      }
      AttributeValues.put(map, "PK", AttributeValues.s(pkOf(item)), ignoreNulls);
      AttributeValues.put(map, "SK", AttributeValues.s(skOf(item)), ignoreNulls);
      AttributeValues.put(map, "GSI1PK", AttributeValues.s(gsi1PkOf(item)), ignoreNulls);
      AttributeValues.put(map, "GSI1SK", AttributeValues.s(gsi1SkOf(item)), ignoreNulls);
      AttributeValues.put(map, "entityType", TYPE_NAME_VALUE, ignoreNulls);
      AttributeValues.put(map, "productId", AttributeValues.s(item.getProductId()), ignoreNulls);
      AttributeValues.put(map, "category", AttributeValues.s(item.getCategory()), ignoreNulls);
      AttributeValues.put(map, "price", AttributeValue.fromN(Integer.toString(item.getPrice())), ignoreNulls);
      AttributeValues.put(map, "active", AttributeValue.fromBool(item.isActive()), ignoreNulls);
      AttributeValues.put(map, "slug", AttributeValues.convert(item.getSlug(), SLUG_CONVERTER), ignoreNulls);
      return AttributeValues.unmodifiable(map);
    }

    @Override
    public Product mapToItem(Map<String, AttributeValue> map) {
      return mapToItem(map, false);
    }

    @Override
    public Product mapToItem(Map<String, AttributeValue> map, boolean preserveEmptyObject) {
      if (!preserveEmptyObject && !AttributeValues.anyPresent(map, ATTRIBUTE_SET)) {
        // As the SDK's schemas: an item with no attribute of this schema reads as null.
        return null;
      }
      Product item = new Product();
      String productId = AttributeValues.readString(map, "productId");
      if (productId != null) {
        item.setProductId(productId);
      }
      String category = AttributeValues.readString(map, "category");
      if (category != null) {
        item.setCategory(category);
      }
      Integer price = AttributeValues.readInteger(map, "price");
      if (price != null) {
        item.setPrice(price);
      }
      Boolean active = AttributeValues.readBoolean(map, "active");
      if (active != null) {
        item.setActive(active);
      }
      String slug = AttributeValues.read(map, "slug", SLUG_CONVERTER);
      if (slug != null) {
        item.setSlug(slug);
      }
      return item;
    }

    @Override
    public Map<String, AttributeValue> itemToMap(Product item, Collection<String> attributes) {
      Map<String, AttributeValue> map = new HashMap<>();
      // As the SDK's schemas: an attribute without value is put with a null value.
      for (String name : attributes) {
        map.put(name, attributeValue(item, name));
      }
      return AttributeValues.unmodifiable(map);
    }

    @Override
    public AttributeValue attributeValue(Product item, String attributeName) {
      AttributeValue value = switch (attributeName) {
        case "PK" -> AttributeValues.s(pkOf(item));
        case "SK" -> AttributeValues.s(skOf(item));
        case "GSI1PK" -> AttributeValues.s(gsi1PkOf(item));
        case "GSI1SK" -> AttributeValues.s(gsi1SkOf(item));
        case "entityType" -> TYPE_NAME_VALUE;
        case "productId" -> AttributeValues.s(item.getProductId());
        case "category" -> AttributeValues.s(item.getCategory());
        case "price" -> AttributeValue.fromN(Integer.toString(item.getPrice()));
        case "active" -> AttributeValue.fromBool(item.isActive());
        case "slug" -> AttributeValues.convert(item.getSlug(), SLUG_CONVERTER);
        default -> throw new IllegalArgumentException(String.format("TableSchema does not know how to retrieve "
            + "requested attribute '%s' from mapped object.", attributeName));
      };
      return value == null || AttributeValues.isNul(value) ? null : value;
    }

    @Override
    public AttributeConverter<Product> converterForAttribute(Object key) {
      // As the SDK's schemas: the attribute's own converter, whatever the type parameter says.
      @SuppressWarnings("unchecked") AttributeConverter<Product> converter = (AttributeConverter<Product>) Converters.BY_ATTRIBUTE.get(key);
      return converter;
    }

    @Override
    public TableMetadata tableMetadata() {
      return Metadata.TABLE;
    }

    @Override
    public EnhancedType<Product> itemType() {
      return Metadata.ITEM_TYPE;
    }

    @Override
    public List<String> attributeNames() {
      return ATTRIBUTE_NAMES;
    }

    @Override
    public boolean isAbstract() {
      return false;
    }

    /**
     * The converters of the SDK's default provider, built when first used: building that provider
     * costs a fresh JVM tens of milliseconds, which mapping items of common types does not need.
     */
    private static final class Converters {
      static final AttributeConverter<String> KEY_STRINGS = DefaultConverters.of(String.class);

      static final Map<String, AttributeConverter<?>> BY_ATTRIBUTE = Map.ofEntries(
          Map.entry("PK", KEY_STRINGS),
          Map.entry("SK", KEY_STRINGS),
          Map.entry("GSI1PK", KEY_STRINGS),
          Map.entry("GSI1SK", KEY_STRINGS),
          Map.entry("entityType", KEY_STRINGS),
          Map.entry("productId", DefaultConverters.of(EnhancedType.of(String.class))),
          Map.entry("category", DefaultConverters.of(EnhancedType.of(String.class))),
          Map.entry("price", DefaultConverters.of(EnhancedType.of(Integer.class))),
          Map.entry("active", DefaultConverters.of(EnhancedType.of(Boolean.class))),
          Map.entry("slug", SLUG_CONVERTER));
    }

    /**
     * The keys of the table and its indexes, and the item type: built when the enhanced client
     * first asks for them.
     */
    private static final class Metadata {
      static final TableMetadata TABLE = StaticTableMetadata.builder()
          .addIndexPartitionKey(TableMetadata.primaryIndexName(), "PK", AttributeValueType.S)
          .addIndexSortKey(TableMetadata.primaryIndexName(), "SK", AttributeValueType.S)
          .addIndexPartitionKey("GSI1", "GSI1PK", AttributeValueType.S)
          .addIndexSortKey("GSI1", "GSI1SK", AttributeValueType.S)
          .build();

      static final EnhancedType<Product> ITEM_TYPE = EnhancedType.of(Product.class);
    }
  }
}
