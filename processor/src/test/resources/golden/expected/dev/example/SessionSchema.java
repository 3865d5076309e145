package dev.example;

import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.internal.AttributeValues;
import dev.singletable.internal.DefaultConverters;
import dev.singletable.internal.KeyField;
import dev.singletable.internal.SingletableGenerated;
import dev.singletable.internal.TextValues;
import java.time.Instant;
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
 * The reflection-free schema of {@link Session}, stored as type {@code "Session"} in table {@code ecommerce}.
 *
 * <p>Its table schema writes every stored property as an attribute of its name (or of its
 * {@code @AttributeName}), the key attributes rendered from {@link SessionKeys} (an index key is left
 * out when one of its placeholders is {@code null}: a sparse index) and the type attribute {@code entityType}.
 * Immutable and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class SessionSchema implements EntitySchema<Session> {
  /**
   * The schema of {@link Session}.
   */
  public static final EntitySchema<Session> INSTANCE = new SessionSchema();

  /**
   * Type name of {@link Session}, stored in attribute {@code entityType}.
   */
  public static final String TYPE_NAME = "Session";

  private static final List<KeyField> KEY_FIELDS = List.of(SessionKeys.PK, SessionKeys.SK, SessionKeys.GSI1_PK, SessionKeys.GSI1_SK, SessionKeys.GSI2_PK, SessionKeys.GSI2_SK, SessionKeys.LSI1_PK, SessionKeys.LSI1_SK);

  private final TableSchema<Session> tableSchema;

  private SessionSchema() {
    this.tableSchema = new Mapper();
  }

  @Override
  public Class<Session> entityClass() {
    return Session.class;
  }

  @Override
  public String typeName() {
    return TYPE_NAME;
  }

  @Override
  public TableSchema<Session> tableSchema() {
    return tableSchema;
  }

  @Override
  public List<KeyField> keyFields() {
    return KEY_FIELDS;
  }

  @Override
  public PrimaryKey primaryKey(Session item) {
    return SessionKeys.key(item.sessionId(), item.shard());
  }

  private static String pkOf(Session item) {
    return SessionKeys.renderPk(item.sessionId());
  }

  private static String skOf(Session item) {
    return SessionKeys.renderSk(item.shard());
  }

  private static String gsi1PkOf(Session item) {
    // A null placeholder leaves the item out of sparse index GSI1.
    if (item.kind() == null || item.startedAt() == null || item.status() == null) {
      return null;
    }
    return SessionKeys.renderGsi1Pk(item.kind());
  }

  private static String gsi1SkOf(Session item) {
    // A null placeholder leaves the item out of sparse index GSI1.
    if (item.kind() == null || item.startedAt() == null || item.status() == null) {
      return null;
    }
    return SessionKeys.renderGsi1Sk(item.startedAt(), item.status());
  }

  private static String gsi2PkOf(Session item) {
    // A null placeholder leaves the item out of sparse index GSI2.
    if (item.sessionId() == null) {
      return null;
    }
    return SessionKeys.renderGsi2Pk(SessionKeys.GSI2_PK.shardOf(pkOf(item), skOf(item)));
  }

  private static String gsi2SkOf(Session item) {
    // A null placeholder leaves the item out of sparse index GSI2.
    if (item.sessionId() == null) {
      return null;
    }
    return SessionKeys.renderGsi2Sk(item.views(), item.sessionId());
  }

  private static String lsi1SkOf(Session item) {
    // A null placeholder leaves the item out of sparse index LSI1.
    if (item.expiresAt() == null) {
      return null;
    }
    return SessionKeys.renderLsi1Sk(item.expiresAt());
  }

  /**
   * The enhanced client's table schema of {@link Session}, written out attribute by attribute.
   */
  private static final class Mapper implements TableSchema<Session> {
    private static final AttributeConverter<SessionKind> KIND_CONVERTER = EnumAttributeConverter.create(SessionKind.class);

    private static final AttributeConverter<OrderStatus> STATUS_CONVERTER = EnumAttributeConverter.create(OrderStatus.class);

    private static final List<String> ATTRIBUTE_NAMES = List.of("PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK", "LSI1SK", "entityType", "sessionId", "shard", "kind", "startedAt", "status", "views", "expiresAt");

    private static final Set<String> ATTRIBUTE_SET = Set.copyOf(ATTRIBUTE_NAMES);

    private static final AttributeValue TYPE_NAME_VALUE = AttributeValue.fromS(TYPE_NAME);

    @Override
    public Map<String, AttributeValue> itemToMap(Session item, boolean ignoreNulls) {
      Map<String, AttributeValue> map = new HashMap<>(21);
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
      AttributeValues.put(map, "sessionId", AttributeValues.s(item.sessionId()), ignoreNulls);
      AttributeValues.put(map, "shard", AttributeValue.fromN(Integer.toString(item.shard())), ignoreNulls);
      AttributeValues.put(map, "kind", AttributeValues.convert(item.kind(), KIND_CONVERTER), ignoreNulls);
      AttributeValues.put(map, "startedAt", TextValues.write(item.startedAt()), ignoreNulls);
      AttributeValues.put(map, "status", AttributeValues.convert(item.status(), STATUS_CONVERTER), ignoreNulls);
      AttributeValues.put(map, "views", AttributeValue.fromN(Long.toString(item.views())), ignoreNulls);
      AttributeValues.put(map, "expiresAt", TextValues.write(item.expiresAt()), ignoreNulls);
      return AttributeValues.unmodifiable(map);
    }

    @Override
    public Session mapToItem(Map<String, AttributeValue> map) {
      return mapToItem(map, false);
    }

    @Override
    public Session mapToItem(Map<String, AttributeValue> map, boolean preserveEmptyObject) {
      if (!preserveEmptyObject && !AttributeValues.anyPresent(map, ATTRIBUTE_SET)) {
        // As the SDK's schemas: an item with no attribute of this schema reads as null.
        return null;
      }
      return new Session(
          AttributeValues.readString(map, "sessionId"),
          AttributeValues.orZero(AttributeValues.readInteger(map, "shard")),
          AttributeValues.read(map, "kind", KIND_CONVERTER),
          TextValues.readInstant(map, "startedAt"),
          AttributeValues.read(map, "status", STATUS_CONVERTER),
          AttributeValues.orZero(AttributeValues.readLong(map, "views")),
          TextValues.readInstant(map, "expiresAt"));
    }

    @Override
    public Map<String, AttributeValue> itemToMap(Session item, Collection<String> attributes) {
      Map<String, AttributeValue> map = new HashMap<>();
      // As the SDK's schemas: an attribute without value is put with a null value.
      for (String name : attributes) {
        map.put(name, attributeValue(item, name));
      }
      return AttributeValues.unmodifiable(map);
    }

    @Override
    public AttributeValue attributeValue(Session item, String attributeName) {
      AttributeValue value = switch (attributeName) {
        case "PK" -> AttributeValues.s(pkOf(item));
        case "SK" -> AttributeValues.s(skOf(item));
        case "GSI1PK" -> AttributeValues.s(gsi1PkOf(item));
        case "GSI1SK" -> AttributeValues.s(gsi1SkOf(item));
        case "GSI2PK" -> AttributeValues.s(gsi2PkOf(item));
        case "GSI2SK" -> AttributeValues.s(gsi2SkOf(item));
        case "LSI1SK" -> AttributeValues.s(lsi1SkOf(item));
        case "entityType" -> TYPE_NAME_VALUE;
        case "sessionId" -> AttributeValues.s(item.sessionId());
        case "shard" -> AttributeValue.fromN(Integer.toString(item.shard()));
        case "kind" -> AttributeValues.convert(item.kind(), KIND_CONVERTER);
        case "startedAt" -> TextValues.write(item.startedAt());
        case "status" -> AttributeValues.convert(item.status(), STATUS_CONVERTER);
        case "views" -> AttributeValue.fromN(Long.toString(item.views()));
        case "expiresAt" -> TextValues.write(item.expiresAt());
        default -> throw new IllegalArgumentException(String.format("TableSchema does not know how to retrieve "
            + "requested attribute '%s' from mapped object.", attributeName));
      };
      return value == null || AttributeValues.isNul(value) ? null : value;
    }

    @Override
    public AttributeConverter<Session> converterForAttribute(Object key) {
      // As the SDK's schemas: the attribute's own converter, whatever the type parameter says.
      @SuppressWarnings("unchecked") AttributeConverter<Session> converter = (AttributeConverter<Session>) Converters.BY_ATTRIBUTE.get(key);
      return converter;
    }

    @Override
    public TableMetadata tableMetadata() {
      return Metadata.TABLE;
    }

    @Override
    public EnhancedType<Session> itemType() {
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
          Map.entry("sessionId", DefaultConverters.of(EnhancedType.of(String.class))),
          Map.entry("shard", DefaultConverters.of(EnhancedType.of(Integer.class))),
          Map.entry("kind", KIND_CONVERTER),
          Map.entry("startedAt", DefaultConverters.of(EnhancedType.of(Instant.class))),
          Map.entry("status", STATUS_CONVERTER),
          Map.entry("views", DefaultConverters.of(EnhancedType.of(Long.class))),
          Map.entry("expiresAt", DefaultConverters.of(EnhancedType.of(Instant.class))));
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

      static final EnhancedType<Session> ITEM_TYPE = EnhancedType.of(Session.class);
    }
  }
}
