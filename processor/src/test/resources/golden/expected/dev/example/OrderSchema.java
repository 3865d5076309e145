package dev.example;

import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.internal.KeyField;
import dev.singletable.internal.SingletableGenerated;
import dev.singletable.internal.YearMonthAttributeConverter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * The reflection-free schema of {@link Order}, stored as type {@code "Order"} in table {@code ecommerce}.
 *
 * <p>Its table schema writes every property as an attribute of the same name, the key
 * attributes rendered from {@link OrderKeys} (an index key is left out when one of its
 * placeholders is {@code null}: a sparse index) and the type attribute {@code entityType}.
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
    this.tableSchema = StaticImmutableTableSchema.builder(Order.class, Builder.class)
        .newItemBuilder(Builder::new, Builder::build)
        .addAttribute(String.class, a -> a.name("PK")
            .getter(OrderSchema::pkOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.primaryPartitionKey(), StaticAttributeTags.secondaryPartitionKey("LSI1")))
        .addAttribute(String.class, a -> a.name("SK")
            .getter(OrderSchema::skOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.primarySortKey()))
        .addAttribute(String.class, a -> a.name("GSI1PK")
            .getter(OrderSchema::gsi1PkOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.secondaryPartitionKey("GSI1")))
        .addAttribute(String.class, a -> a.name("GSI1SK")
            .getter(OrderSchema::gsi1SkOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.secondarySortKey("GSI1")))
        .addAttribute(String.class, a -> a.name("GSI2PK")
            .getter(OrderSchema::gsi2PkOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.secondaryPartitionKey("GSI2")))
        .addAttribute(String.class, a -> a.name("GSI2SK")
            .getter(OrderSchema::gsi2SkOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.secondarySortKey("GSI2")))
        .addAttribute(String.class, a -> a.name("LSI1SK")
            .getter(OrderSchema::lsi1SkOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.secondarySortKey("LSI1")))
        .addAttribute(String.class, a -> a.name("entityType").getter(item -> TYPE_NAME).setter((item, value) -> {}))
        .addAttribute(String.class, a -> a.name("userId").getter(Order::userId).setter(Builder::setUserId))
        .addAttribute(LocalDate.class, a -> a.name("date").getter(Order::date).setter(Builder::setDate))
        .addAttribute(String.class, a -> a.name("orderId").getter(Order::orderId).setter(Builder::setOrderId))
        .addAttribute(OrderStatus.class, a -> a.name("status").getter(Order::status).setter(Builder::setStatus))
        .addAttribute(Long.class, a -> a.name("total").getter(Order::total).setter(Builder::setTotal))
        .addAttribute(Instant.class, a -> a.name("flaggedAt").getter(Order::flaggedAt).setter(Builder::setFlaggedAt))
        .addAttribute(EnhancedType.listOf(EnhancedType.of(String.class)), a -> a.name("tags").getter(Order::tags).setter(Builder::setTags))
        .addAttribute(EnhancedType.mapOf(EnhancedType.of(String.class), EnhancedType.of(Integer.class)), a -> a.name("quantities").getter(Order::quantities).setter(Builder::setQuantities))
        .addAttribute(YearMonth.class, a -> a.name("month").getter(Order::month).setter(Builder::setMonth).attributeConverter(YearMonthAttributeConverter.INSTANCE))
        .build();
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
   * Collects attribute values while an item is read; builds the record at the end.
   */
  private static final class Builder {
    private String userId;

    private LocalDate date;

    private String orderId;

    private OrderStatus status;

    private Long total;

    private Instant flaggedAt;

    private List<String> tags;

    private Map<String, Integer> quantities;

    private YearMonth month;

    void setUserId(String userId) {
      this.userId = userId;
    }

    void setDate(LocalDate date) {
      this.date = date;
    }

    void setOrderId(String orderId) {
      this.orderId = orderId;
    }

    void setStatus(OrderStatus status) {
      this.status = status;
    }

    void setTotal(Long total) {
      this.total = total;
    }

    void setFlaggedAt(Instant flaggedAt) {
      this.flaggedAt = flaggedAt;
    }

    void setTags(List<String> tags) {
      this.tags = tags;
    }

    void setQuantities(Map<String, Integer> quantities) {
      this.quantities = quantities;
    }

    void setMonth(YearMonth month) {
      this.month = month;
    }

    Order build() {
      return new Order(userId, date, orderId, status, total == null ? 0L : total, flaggedAt, tags, quantities, month);
    }
  }
}
