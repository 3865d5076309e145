package dev.example;

import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.internal.AttributeValues;
import dev.singletable.internal.DefaultConverters;
import dev.singletable.internal.KeyField;
import dev.singletable.internal.SingletableGenerated;
import dev.singletable.internal.TextValues;
import dev.singletable.internal.YearMonthAttributeConverter;
import dev.singletable.internal.document.ListConverter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.EnumAttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableMetadata;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The reflection-free schema of {@link Order}, stored as type {@code "Order"} in table {@code ecommerce}.
 *
 * <p>Its table schema writes every stored property as an attribute of its name (or of its
 * {@code @AttributeName}), the key attributes rendered from {@link OrderKeys} (an index key is left
 * out when one of its placeholders is {@code null}: a sparse index) and the type attribute {@code entityType}.
 * Immutable and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class OrderSchema implements EntitySchema<Order> {
  /**
   * The schema of {@link Order}.
   */
  public static final EntitySchema<Order> INSTANCE = new OrderSchema();

  /**
   * Type name of {@link Order}, stored in attribute {@code entityType}.
   */
  public static final String TYPE_NAME = "Order";

  private static final List<KeyField> KEY_FIELDS = List.of(OrderKeys.PK, OrderKeys.SK, OrderKeys.GSI1_PK, OrderKeys.GSI1_SK, OrderKeys.GSI2_PK, OrderKeys.GSI2_SK, OrderKeys.LSI1_PK, OrderKeys.LSI1_SK);

  private final TableSchema<Order> tableSchema;

  private OrderSchema() {
    this.tableSchema = new Mapper();
  }

  @Override
  public Class<Order> entityClass() {
    return Order.class;
  }

  @Override
  public String typeName() {
    return TYPE_NAME;
  }

  @Override
  public TableSchema<Order> tableSchema() {
    return tableSchema;
  }

  @Override
  public List<KeyField> keyFields() {
    return KEY_FIELDS;
  }

  @Override
  public PrimaryKey primaryKey(Order item) {
    return OrderKeys.key(item.userId(), item.date(), item.orderId());
  }

  private static String pkOf(Order item) {
    return OrderKeys.renderPk(item.userId());
  }

  private static String skOf(Order item) {
    return OrderKeys.renderSk(item.date(), item.orderId());
  }

  private static String gsi1PkOf(Order item) {
    // A null placeholder leaves the item out of sparse index GSI1.
    if (item.status() == null || item.date() == null || item.orderId() == null) {
      return null;
    }
    return OrderKeys.renderGsi1Pk(item.status());
  }

  private static String gsi1SkOf(Order item) {
    // A null placeholder leaves the item out of sparse index GSI1.
    if (item.status() == null || item.date() == null || item.orderId() == null) {
      return null;
    }
    return OrderKeys.renderGsi1Sk(item.date(), item.orderId());
  }

  private static String gsi2PkOf(Order item) {
    // A null placeholder leaves the item out of sparse index GSI2.
    if (item.flaggedAt() == null || item.orderId() == null) {
      return null;
    }
    return OrderKeys.renderGsi2Pk();
  }

  private static String gsi2SkOf(Order item) {
    // A null placeholder leaves the item out of sparse index GSI2.
    if (item.flaggedAt() == null || item.orderId() == null) {
      return null;
    }
    return OrderKeys.renderGsi2Sk(item.flaggedAt(), item.orderId());
  }

  private static String lsi1SkOf(Order item) {
    return OrderKeys.renderLsi1Sk(item.total());
  }

  /**
   * The enhanced client's table schema of {@link Order}, written out attribute by attribute.
   */
  private static final class Mapper implements TableSchema<Order> {
    private static final AttributeConverter<OrderStatus> STATUS_CONVERTER = EnumAttributeConverter.create(OrderStatus.class);

    private static final AttributeConverter<YearMonth> MONTH_CONVERTER = YearMonthAttributeConverter.INSTANCE;

    private static final AttributeConverter<Address> SHIPPING_ADDRESS_CONVERTER = AddressDocument.INSTANCE;

    private static final AttributeConverter<List<LineItem>> LINE_ITEMS_CONVERTER = ListConverter.of(LineItemDocument.INSTANCE);

    private static final List<String> ATTRIBUTE_NAMES = List.of("PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK", "LSI1SK", "entityType", "userId", "date", "orderId", "status", "total", "flaggedAt", "tags", "quantities", "month", "shippingAddress", "lineItems");

    private static final Set<String> ATTRIBUTE_SET = Set.copyOf(ATTRIBUTE_NAMES);

    private static final AttributeValue TYPE_NAME_VALUE = AttributeValue.fromS(TYPE_NAME);

    @Override
    public Map<String, AttributeValue> itemToMap(Order item, boolean ignoreNulls) {
      Map<String, AttributeValue> map = new HashMap<>(26);
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
      AttributeValues.put(map, "GSI2PK", AttributeValues.s(gsi2PkOf(item)), ignoreNulls);
      AttributeValues.put(map, "GSI2SK", AttributeValues.s(gsi2SkOf(item)), ignoreNulls);
      AttributeValues.put(map, "LSI1SK", AttributeValues.s(lsi1SkOf(item)), ignoreNulls);
      AttributeValues.put(map, "entityType", TYPE_NAME_VALUE, ignoreNulls);
      AttributeValues.put(map, "userId", AttributeValues.s(item.userId()), ignoreNulls);
      AttributeValues.put(map, "date", TextValues.write(item.date()), ignoreNulls);
      AttributeValues.put(map, "orderId", AttributeValues.s(item.orderId()), ignoreNulls);
      AttributeValues.put(map, "status", AttributeValues.convert(item.status(), STATUS_CONVERTER), ignoreNulls);
      AttributeValues.put(map, "total", AttributeValue.fromN(Long.toString(item.total())), ignoreNulls);
      AttributeValues.put(map, "flaggedAt", TextValues.write(item.flaggedAt()), ignoreNulls);
      AttributeValues.put(map, "tags", AttributeValues.listOfString(item.tags()), ignoreNulls);
      AttributeValues.put(map, "quantities", AttributeValues.mapOfNumber(item.quantities()), ignoreNulls);
      AttributeValues.put(map, "month", AttributeValues.convert(item.month(), MONTH_CONVERTER), ignoreNulls);
      AttributeValues.put(map, "shippingAddress", AttributeValues.convert(item.shippingAddress(), SHIPPING_ADDRESS_CONVERTER), ignoreNulls);
      AttributeValues.put(map, "lineItems", AttributeValues.convert(item.lineItems(), LINE_ITEMS_CONVERTER), ignoreNulls);
      return AttributeValues.unmodifiable(map);
    }

    @Override
    public Order mapToItem(Map<String, AttributeValue> map) {
      return mapToItem(map, false);
    }

    @Override
    public Order mapToItem(Map<String, AttributeValue> map, boolean preserveEmptyObject) {
      if (!preserveEmptyObject && !AttributeValues.anyPresent(map, ATTRIBUTE_SET)) {
        // As the SDK's schemas: an item with no attribute of this schema reads as null.
        return null;
      }
      return new Order(
          AttributeValues.readString(map, "userId"),
          TextValues.readLocalDate(map, "date"),
          AttributeValues.readString(map, "orderId"),
          AttributeValues.read(map, "status", STATUS_CONVERTER),
          AttributeValues.orZero(AttributeValues.readLong(map, "total")),
          TextValues.readInstant(map, "flaggedAt"),
          AttributeValues.readListOfString(map, "tags"),
          AttributeValues.readMapOfInteger(map, "quantities"),
          AttributeValues.read(map, "month", MONTH_CONVERTER),
          AttributeValues.read(map, "shippingAddress", SHIPPING_ADDRESS_CONVERTER),
          AttributeValues.read(map, "lineItems", LINE_ITEMS_CONVERTER),
          null);
    }

    @Override
    public Map<String, AttributeValue> itemToMap(Order item, Collection<String> attributes) {
      Map<String, AttributeValue> map = new HashMap<>();
      // As the SDK's schemas: an attribute without value is put with a null value.
      for (String name : attributes) {
        map.put(name, attributeValue(item, name));
      }
      return AttributeValues.unmodifiable(map);
    }

    @Override
    public AttributeValue attributeValue(Order item, String attributeName) {
      AttributeValue value = switch (attributeName) {
        case "PK" -> AttributeValues.s(pkOf(item));
        case "SK" -> AttributeValues.s(skOf(item));
        case "GSI1PK" -> AttributeValues.s(gsi1PkOf(item));
        case "GSI1SK" -> AttributeValues.s(gsi1SkOf(item));
        case "GSI2PK" -> AttributeValues.s(gsi2PkOf(item));
        case "GSI2SK" -> AttributeValues.s(gsi2SkOf(item));
        case "LSI1SK" -> AttributeValues.s(lsi1SkOf(item));
        case "entityType" -> TYPE_NAME_VALUE;
        case "userId" -> AttributeValues.s(item.userId());
        case "date" -> TextValues.write(item.date());
        case "orderId" -> AttributeValues.s(item.orderId());
        case "status" -> AttributeValues.convert(item.status(), STATUS_CONVERTER);
        case "total" -> AttributeValue.fromN(Long.toString(item.total()));
        case "flaggedAt" -> TextValues.write(item.flaggedAt());
        case "tags" -> AttributeValues.listOfString(item.tags());
        case "quantities" -> AttributeValues.mapOfNumber(item.quantities());
        case "month" -> AttributeValues.convert(item.month(), MONTH_CONVERTER);
        case "shippingAddress" -> AttributeValues.convert(item.shippingAddress(), SHIPPING_ADDRESS_CONVERTER);
        case "lineItems" -> AttributeValues.convert(item.lineItems(), LINE_ITEMS_CONVERTER);
        default -> throw new IllegalArgumentException(String.format("TableSchema does not know how to retrieve "
            + "requested attribute '%s' from mapped object.", attributeName));
      };
      return value == null || AttributeValues.isNul(value) ? null : value;
    }

    @Override
    public AttributeConverter<Order> converterForAttribute(Object key) {
      // As the SDK's schemas: the attribute's own converter, whatever the type parameter says.
      @SuppressWarnings("unchecked") AttributeConverter<Order> converter = (AttributeConverter<Order>) Converters.BY_ATTRIBUTE.get(key);
      return converter;
    }

    @Override
    public TableMetadata tableMetadata() {
      return Metadata.TABLE;
    }

    @Override
    public EnhancedType<Order> itemType() {
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
          Map.entry("GSI2PK", KEY_STRINGS),
          Map.entry("GSI2SK", KEY_STRINGS),
          Map.entry("LSI1SK", KEY_STRINGS),
          Map.entry("entityType", KEY_STRINGS),
          Map.entry("userId", DefaultConverters.of(EnhancedType.of(String.class))),
          Map.entry("date", DefaultConverters.of(EnhancedType.of(LocalDate.class))),
          Map.entry("orderId", DefaultConverters.of(EnhancedType.of(String.class))),
          Map.entry("status", STATUS_CONVERTER),
          Map.entry("total", DefaultConverters.of(EnhancedType.of(Long.class))),
          Map.entry("flaggedAt", DefaultConverters.of(EnhancedType.of(Instant.class))),
          Map.entry("tags", DefaultConverters.of(EnhancedType.listOf(EnhancedType.of(String.class)))),
          Map.entry("quantities", DefaultConverters.of(EnhancedType.mapOf(EnhancedType.of(String.class), EnhancedType.of(Integer.class)))),
          Map.entry("month", MONTH_CONVERTER),
          Map.entry("shippingAddress", SHIPPING_ADDRESS_CONVERTER),
          Map.entry("lineItems", LINE_ITEMS_CONVERTER));
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
          .addIndexPartitionKey("GSI2", "GSI2PK", AttributeValueType.S)
          .addIndexSortKey("GSI2", "GSI2SK", AttributeValueType.S)
          .addIndexPartitionKey("LSI1", "PK", AttributeValueType.S)
          .addIndexSortKey("LSI1", "LSI1SK", AttributeValueType.S)
          .build();

      static final EnhancedType<Order> ITEM_TYPE = EnhancedType.of(Order.class);
    }
  }
}
