package dev.singletable.benchmarks.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbIgnore;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * {@link Order} as the enhanced client's reflective mapper wants it: an immutable class with a
 * builder, for {@code TableSchema.fromImmutableClass}. The reflective side of the mapping
 * benchmarks.
 *
 * <p>Fair comparison: it has the same twelve attributes with the same names and types, and
 * derives the same key attributes and type attribute through getters that call the generated
 * {@code OrderKeys} renderers (with the same sparse-index check as {@code OrderSchema}), so every
 * mapper writes the same map and renders keys with the same code. Reading an item, the builder
 * accepts the key attributes and ignores them, as {@code OrderSchema}'s no-op setters do.
 */
@DynamoDbImmutable(builder = ReflectiveOrder.Builder.class)
public final class ReflectiveOrder {

  private final String userId;
  private final LocalDate date;
  private final String orderId;
  private final OrderStatus status;
  private final long totalCents;
  private final int itemCount;
  private final String currency;
  private final boolean express;
  private final Instant createdAt;
  private final String note;
  private final List<String> tags;
  private final Map<String, Integer> quantities;

  private ReflectiveOrder(Builder b) {
    this.userId = b.userId;
    this.date = b.date;
    this.orderId = b.orderId;
    this.status = b.status;
    this.totalCents = b.totalCents;
    this.itemCount = b.itemCount;
    this.currency = b.currency;
    this.express = b.express;
    this.createdAt = b.createdAt;
    this.note = b.note;
    this.tags = b.tags;
    this.quantities = b.quantities;
  }

  /** Returns a builder; the enhanced client finds it through {@link DynamoDbImmutable#builder}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the same order as this class. */
  public static ReflectiveOrder from(Order o) {
    Builder b = builder();
    b.setUserId(o.userId());
    b.setDate(o.date());
    b.setOrderId(o.orderId());
    b.setStatus(o.status());
    b.setTotalCents(o.totalCents());
    b.setItemCount(o.itemCount());
    b.setCurrency(o.currency());
    b.setExpress(o.express());
    b.setCreatedAt(o.createdAt());
    b.setNote(o.note());
    b.setTags(o.tags());
    b.setQuantities(o.quantities());
    return b.build();
  }

  /** Returns the same order as the record the generated schema maps; not an attribute. */
  @DynamoDbIgnore
  public Order toOrder() {
    return new Order(userId, date, orderId, status, totalCents, itemCount, currency, express,
        createdAt, note, tags, quantities);
  }

  @DynamoDbPartitionKey
  @DynamoDbAttribute("PK")
  public String getPK() {
    return OrderKeys.renderPk(userId);
  }

  @DynamoDbSortKey
  @DynamoDbAttribute("SK")
  public String getSK() {
    return OrderKeys.renderSk(date, orderId);
  }

  @DynamoDbSecondaryPartitionKey(indexNames = "GSI1")
  @DynamoDbAttribute("GSI1PK")
  public String getGSI1PK() {
    // As OrderSchema: a null placeholder leaves the item out of sparse index GSI1.
    return status == null || date == null || orderId == null ? null : OrderKeys.renderGsi1Pk(status);
  }

  @DynamoDbSecondarySortKey(indexNames = "GSI1")
  @DynamoDbAttribute("GSI1SK")
  public String getGSI1SK() {
    return status == null || date == null || orderId == null ? null : OrderKeys.renderGsi1Sk(date, orderId);
  }

  @DynamoDbAttribute("entityType")
  public String getEntityType() {
    return OrderSchema.TYPE_NAME;
  }

  public String getUserId() {
    return userId;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getOrderId() {
    return orderId;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public long getTotalCents() {
    return totalCents;
  }

  public int getItemCount() {
    return itemCount;
  }

  public String getCurrency() {
    return currency;
  }

  public boolean getExpress() {
    return express;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getNote() {
    return note;
  }

  public List<String> getTags() {
    return tags;
  }

  public Map<String, Integer> getQuantities() {
    return quantities;
  }

  /** The builder the enhanced client fills when it reads an item. */
  public static final class Builder {
    private String userId;
    private LocalDate date;
    private String orderId;
    private OrderStatus status;
    private long totalCents;
    private int itemCount;
    private String currency;
    private boolean express;
    private Instant createdAt;
    private String note;
    private List<String> tags;
    private Map<String, Integer> quantities;

    // Derived attributes: read back from an item but not stored, as OrderSchema's no-op setters.
    public void setPK(String ignored) {}

    public void setSK(String ignored) {}

    public void setGSI1PK(String ignored) {}

    public void setGSI1SK(String ignored) {}

    public void setEntityType(String ignored) {}

    public void setUserId(String userId) {
      this.userId = userId;
    }

    public void setDate(LocalDate date) {
      this.date = date;
    }

    public void setOrderId(String orderId) {
      this.orderId = orderId;
    }

    public void setStatus(OrderStatus status) {
      this.status = status;
    }

    public void setTotalCents(long totalCents) {
      this.totalCents = totalCents;
    }

    public void setItemCount(int itemCount) {
      this.itemCount = itemCount;
    }

    public void setCurrency(String currency) {
      this.currency = currency;
    }

    public void setExpress(boolean express) {
      this.express = express;
    }

    public void setCreatedAt(Instant createdAt) {
      this.createdAt = createdAt;
    }

    public void setNote(String note) {
      this.note = note;
    }

    public void setTags(List<String> tags) {
      this.tags = tags;
    }

    public void setQuantities(Map<String, Integer> quantities) {
      this.quantities = quantities;
    }

    public ReflectiveOrder build() {
      return new ReflectiveOrder(this);
    }
  }
}
