package dev.singletable.benchmarks.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DefaultAttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableMetadata;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Prototype, written by hand, of the direct {@link TableSchema} the processor could generate
 * instead of building a {@code StaticImmutableTableSchema}: {@code MappingBenchmark.directPrototype}
 * measures it against the generated schema and hand-written maps.
 *
 * <p>It keeps the enhanced client's behaviour: values are written exactly as the SDK's default
 * converters write them (strings, numbers, booleans and lists and maps of them directly; dates,
 * instants and enums through the converter), reads of another stored type fall back to the
 * converter, so lenient reads stay the SDK's, {@code null} values become
 * {@code NUL} unless {@code ignoreNulls}, maps are unmodifiable, an item without any known
 * attribute reads as {@code null}, and the metadata equals the static schema's. What it drops is
 * the machinery: no per-attribute lambdas called through one megamorphic site, no builder object,
 * no hash lookup per read attribute, no converter visitor objects for plain strings and numbers,
 * no streams for lists and maps, and key attributes are not converted on read only to be thrown
 * away. Immutable and thread-safe.
 */
public final class DirectOrderSchema implements TableSchema<Order> {

  /** The schema of {@link Order}. */
  public static final TableSchema<Order> INSTANCE = new DirectOrderSchema();

  private static final AttributeConverterProvider DEFAULTS = DefaultAttributeConverterProvider.create();
  private static final AttributeConverter<String> STRING = DEFAULTS.converterFor(EnhancedType.of(String.class));
  private static final AttributeConverter<LocalDate> LOCAL_DATE = DEFAULTS.converterFor(EnhancedType.of(LocalDate.class));
  private static final AttributeConverter<OrderStatus> ORDER_STATUS = DEFAULTS.converterFor(EnhancedType.of(OrderStatus.class));
  private static final AttributeConverter<Long> LONG = DEFAULTS.converterFor(EnhancedType.of(Long.class));
  private static final AttributeConverter<Integer> INTEGER = DEFAULTS.converterFor(EnhancedType.of(Integer.class));
  private static final AttributeConverter<Boolean> BOOLEAN = DEFAULTS.converterFor(EnhancedType.of(Boolean.class));
  private static final AttributeConverter<Instant> INSTANT = DEFAULTS.converterFor(EnhancedType.of(Instant.class));
  private static final AttributeConverter<List<String>> LIST_OF_STRING =
      DEFAULTS.converterFor(EnhancedType.listOf(String.class));
  private static final AttributeConverter<Map<String, Integer>> MAP_OF_STRING_TO_INTEGER =
      DEFAULTS.converterFor(EnhancedType.mapOf(String.class, Integer.class));

  private static final AttributeValue NUL = AttributeValue.fromNul(true);
  private static final AttributeValue TYPE_NAME_VALUE = AttributeValue.fromS(OrderSchema.TYPE_NAME);
  private static final EnhancedType<Order> ITEM_TYPE = EnhancedType.of(Order.class);
  private static final List<String> ATTRIBUTE_NAMES = List.of("PK", "SK", "GSI1PK", "GSI1SK", "entityType",
      "userId", "date", "orderId", "status", "totalCents", "itemCount", "currency", "express", "createdAt",
      "note", "tags", "quantities");
  // Only for converterForAttribute (extensions, nested updates): never on the mapping path.
  private static final Map<String, AttributeConverter<?>> CONVERTERS = Map.ofEntries(
      Map.entry("PK", STRING), Map.entry("SK", STRING), Map.entry("GSI1PK", STRING),
      Map.entry("GSI1SK", STRING), Map.entry("entityType", STRING), Map.entry("userId", STRING),
      Map.entry("date", LOCAL_DATE), Map.entry("orderId", STRING), Map.entry("status", ORDER_STATUS),
      Map.entry("totalCents", LONG), Map.entry("itemCount", INTEGER), Map.entry("currency", STRING),
      Map.entry("express", BOOLEAN), Map.entry("createdAt", INSTANT), Map.entry("note", STRING),
      Map.entry("tags", LIST_OF_STRING), Map.entry("quantities", MAP_OF_STRING_TO_INTEGER));
  private static final StaticTableMetadata METADATA = StaticTableMetadata.builder()
      .addIndexPartitionKey(TableMetadata.primaryIndexName(), "PK", AttributeValueType.S)
      .addIndexSortKey(TableMetadata.primaryIndexName(), "SK", AttributeValueType.S)
      .addIndexPartitionKey("GSI1", "GSI1PK", AttributeValueType.S)
      .addIndexSortKey("GSI1", "GSI1SK", AttributeValueType.S)
      .build();

  private DirectOrderSchema() {}

  @Override
  public Map<String, AttributeValue> itemToMap(Order item, boolean ignoreNulls) {
    Map<String, AttributeValue> map = new HashMap<>(32);
    if (item == null) {
      // As the static schema: no item, every attribute null.
      for (String name : ATTRIBUTE_NAMES) {
        put(map, name, null, ignoreNulls);
      }
      return Collections.unmodifiableMap(map);
    }
    put(map, "PK", AttributeValue.fromS(OrderKeys.renderPk(item.userId())), ignoreNulls);
    put(map, "SK", AttributeValue.fromS(OrderKeys.renderSk(item.date(), item.orderId())), ignoreNulls);
    put(map, "GSI1PK", gsi1Pk(item), ignoreNulls);
    put(map, "GSI1SK", gsi1Sk(item), ignoreNulls);
    put(map, "entityType", TYPE_NAME_VALUE, ignoreNulls);
    put(map, "userId", DirectAttributeValues.s(item.userId()), ignoreNulls);
    put(map, "date", item.date() == null ? null : LOCAL_DATE.transformFrom(item.date()), ignoreNulls);
    put(map, "orderId", DirectAttributeValues.s(item.orderId()), ignoreNulls);
    put(map, "status", item.status() == null ? null : ORDER_STATUS.transformFrom(item.status()), ignoreNulls);
    put(map, "totalCents", AttributeValue.fromN(Long.toString(item.totalCents())), ignoreNulls);
    put(map, "itemCount", AttributeValue.fromN(Integer.toString(item.itemCount())), ignoreNulls);
    put(map, "currency", DirectAttributeValues.s(item.currency()), ignoreNulls);
    put(map, "express", AttributeValue.fromBool(item.express()), ignoreNulls);
    put(map, "createdAt", item.createdAt() == null ? null : INSTANT.transformFrom(item.createdAt()), ignoreNulls);
    put(map, "note", DirectAttributeValues.s(item.note()), ignoreNulls);
    put(map, "tags", DirectAttributeValues.listOfString(item.tags()), ignoreNulls);
    put(map, "quantities", DirectAttributeValues.mapOfStringToInteger(item.quantities()), ignoreNulls);
    return Collections.unmodifiableMap(map);
  }

  @Override
  public Order mapToItem(Map<String, AttributeValue> map) {
    return mapToItem(map, false);
  }

  @Override
  public Order mapToItem(Map<String, AttributeValue> map, boolean preserveEmptyObject) {
    // As the static schema: an item with no attribute of this schema reads as null.
    boolean found = preserveEmptyObject
        || present(map, "PK") || present(map, "SK") || present(map, "GSI1PK") || present(map, "GSI1SK")
        || present(map, "entityType");
    AttributeValue v;
    String userId = (v = value(map, "userId")) == null ? null : DirectAttributeValues.toString(v, STRING);
    found |= v != null;
    LocalDate date = (v = value(map, "date")) == null ? null : LOCAL_DATE.transformTo(v);
    found |= v != null;
    String orderId = (v = value(map, "orderId")) == null ? null : DirectAttributeValues.toString(v, STRING);
    found |= v != null;
    OrderStatus status = (v = value(map, "status")) == null ? null : ORDER_STATUS.transformTo(v);
    found |= v != null;
    Long totalCents = (v = value(map, "totalCents")) == null ? null : v.n() != null ? Long.valueOf(v.n()) : LONG.transformTo(v);
    found |= v != null;
    Integer itemCount = (v = value(map, "itemCount")) == null ? null : v.n() != null ? Integer.valueOf(v.n()) : INTEGER.transformTo(v);
    found |= v != null;
    String currency = (v = value(map, "currency")) == null ? null : DirectAttributeValues.toString(v, STRING);
    found |= v != null;
    Boolean express = (v = value(map, "express")) == null ? null : v.bool() != null ? v.bool() : BOOLEAN.transformTo(v);
    found |= v != null;
    Instant createdAt = (v = value(map, "createdAt")) == null ? null : INSTANT.transformTo(v);
    found |= v != null;
    String note = (v = value(map, "note")) == null ? null : DirectAttributeValues.toString(v, STRING);
    found |= v != null;
    List<String> tags = (v = value(map, "tags")) == null ? null : DirectAttributeValues.toListOfString(v, LIST_OF_STRING);
    found |= v != null;
    Map<String, Integer> quantities = (v = value(map, "quantities")) == null ? null : DirectAttributeValues.toMapOfStringToInteger(v, MAP_OF_STRING_TO_INTEGER);
    found |= v != null;
    if (!found) {
      return null;
    }
    return new Order(userId, date, orderId, status, totalCents == null ? 0L : totalCents,
        itemCount == null ? 0 : itemCount, currency, express != null && express, createdAt, note, tags, quantities);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Order item, Collection<String> attributes) {
    Map<String, AttributeValue> map = new HashMap<>();
    for (String name : attributes) {
      // The static schema's quirk, kept: a null attribute is put as a null value.
      map.put(name, attributeValue(item, name));
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public AttributeValue attributeValue(Order item, String attributeName) {
    AttributeValue value = switch (attributeName) {
      case "PK" -> AttributeValue.fromS(OrderKeys.renderPk(item.userId()));
      case "SK" -> AttributeValue.fromS(OrderKeys.renderSk(item.date(), item.orderId()));
      case "GSI1PK" -> gsi1Pk(item);
      case "GSI1SK" -> gsi1Sk(item);
      case "entityType" -> TYPE_NAME_VALUE;
      case "userId" -> DirectAttributeValues.s(item.userId());
      case "date" -> item.date() == null ? null : LOCAL_DATE.transformFrom(item.date());
      case "orderId" -> DirectAttributeValues.s(item.orderId());
      case "status" -> item.status() == null ? null : ORDER_STATUS.transformFrom(item.status());
      case "totalCents" -> AttributeValue.fromN(Long.toString(item.totalCents()));
      case "itemCount" -> AttributeValue.fromN(Integer.toString(item.itemCount()));
      case "currency" -> DirectAttributeValues.s(item.currency());
      case "express" -> AttributeValue.fromBool(item.express());
      case "createdAt" -> item.createdAt() == null ? null : INSTANT.transformFrom(item.createdAt());
      case "note" -> DirectAttributeValues.s(item.note());
      case "tags" -> DirectAttributeValues.listOfString(item.tags());
      case "quantities" -> DirectAttributeValues.mapOfStringToInteger(item.quantities());
      default -> throw new IllegalArgumentException(String.format("TableSchema does not know how to retrieve "
          + "requested attribute '%s' from mapped object.", attributeName));
    };
    return value == null || isNul(value) ? null : value;
  }

  @Override
  public AttributeConverter<Order> converterForAttribute(Object key) {
    // The interface's type parameter is the item's, but the static schemas return the attribute's
    // converter here; callers (TTL extension, nested updates) cast it.
    @SuppressWarnings("unchecked")
    AttributeConverter<Order> converter = (AttributeConverter<Order>) CONVERTERS.get(key);
    return converter;
  }

  @Override
  public TableMetadata tableMetadata() {
    return METADATA;
  }

  @Override
  public EnhancedType<Order> itemType() {
    return ITEM_TYPE;
  }

  @Override
  public List<String> attributeNames() {
    return ATTRIBUTE_NAMES;
  }

  @Override
  public boolean isAbstract() {
    return false;
  }

  private static AttributeValue gsi1Pk(Order item) {
    // A null placeholder leaves the item out of sparse index GSI1.
    if (item.status() == null || item.date() == null || item.orderId() == null) {
      return null;
    }
    return AttributeValue.fromS(OrderKeys.renderGsi1Pk(item.status()));
  }

  private static AttributeValue gsi1Sk(Order item) {
    if (item.status() == null || item.date() == null || item.orderId() == null) {
      return null;
    }
    return AttributeValue.fromS(OrderKeys.renderGsi1Sk(item.date(), item.orderId()));
  }

  private static void put(Map<String, AttributeValue> map, String name, AttributeValue value, boolean ignoreNulls) {
    if (value != null) {
      map.put(name, value);
    } else if (!ignoreNulls) {
      map.put(name, NUL);
    }
  }

  private static AttributeValue value(Map<String, AttributeValue> map, String name) {
    AttributeValue value = map.get(name);
    return value == null || isNul(value) ? null : value;
  }

  private static boolean present(Map<String, AttributeValue> map, String name) {
    return value(map, name) != null;
  }

  private static boolean isNul(AttributeValue value) {
    return Boolean.TRUE.equals(value.nul());
  }
}
