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
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableMetadata;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The reflection-free schema of {@link User}, stored as type {@code "User"} in table {@code ecommerce}.
 *
 * <p>Its table schema writes every stored property as an attribute of its name (or of its
 * {@code @AttributeName}), the key attributes rendered from {@link UserKeys} (an index key is left
 * out when one of its placeholders is {@code null}: a sparse index) and the type attribute {@code entityType}.
 * Immutable and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class UserSchema implements EntitySchema<User> {
  /**
   * The schema of {@link User}.
   */
  public static final EntitySchema<User> INSTANCE = new UserSchema();

  /**
   * Type name of {@link User}, stored in attribute {@code entityType}.
   */
  public static final String TYPE_NAME = "User";

  private static final List<KeyField> KEY_FIELDS = List.of(UserKeys.PK, UserKeys.SK, UserKeys.GSI1_PK, UserKeys.GSI1_SK);

  private final TableSchema<User> tableSchema;

  private UserSchema() {
    this.tableSchema = new Mapper();
  }

  @Override
  public Class<User> entityClass() {
    return User.class;
  }

  @Override
  public String typeName() {
    return TYPE_NAME;
  }

  @Override
  public TableSchema<User> tableSchema() {
    return tableSchema;
  }

  @Override
  public List<KeyField> keyFields() {
    return KEY_FIELDS;
  }

  @Override
  public PrimaryKey primaryKey(User item) {
    return UserKeys.key(item.userId());
  }

  @Override
  public String attributeName(String property) {
    return switch (property) {
      case "email" -> "email_address";
      case "createdAt" -> "created_at";
      default -> property;
    };
  }

  private static String pkOf(User item) {
    return UserKeys.renderPk(item.userId());
  }

  private static String skOf(User item) {
    return UserKeys.renderSk();
  }

  private static String gsi1PkOf(User item) {
    // A null placeholder leaves the item out of sparse index GSI1.
    if (item.email() == null) {
      return null;
    }
    return UserKeys.renderGsi1Pk(item.email());
  }

  private static String gsi1SkOf(User item) {
    // A null placeholder leaves the item out of sparse index GSI1.
    if (item.email() == null) {
      return null;
    }
    return UserKeys.renderGsi1Sk();
  }

  /**
   * The enhanced client's table schema of {@link User}, written out attribute by attribute.
   */
  private static final class Mapper implements TableSchema<User> {
    private static final List<String> ATTRIBUTE_NAMES = List.of("PK", "SK", "GSI1PK", "GSI1SK", "entityType", "userId", "name", "email_address", "created_at");

    private static final Set<String> ATTRIBUTE_SET = Set.copyOf(ATTRIBUTE_NAMES);

    private static final AttributeValue TYPE_NAME_VALUE = AttributeValue.fromS(TYPE_NAME);

    @Override
    public Map<String, AttributeValue> itemToMap(User item, boolean ignoreNulls) {
      Map<String, AttributeValue> map = new HashMap<>(13);
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
      AttributeValues.put(map, "userId", AttributeValues.s(item.userId()), ignoreNulls);
      AttributeValues.put(map, "name", AttributeValues.s(item.name()), ignoreNulls);
      AttributeValues.put(map, "email_address", AttributeValues.s(item.email()), ignoreNulls);
      AttributeValues.put(map, "created_at", TextValues.write(item.createdAt()), ignoreNulls);
      return AttributeValues.unmodifiable(map);
    }

    @Override
    public User mapToItem(Map<String, AttributeValue> map) {
      return mapToItem(map, false);
    }

    @Override
    public User mapToItem(Map<String, AttributeValue> map, boolean preserveEmptyObject) {
      if (!preserveEmptyObject && !AttributeValues.anyPresent(map, ATTRIBUTE_SET)) {
        // As the SDK's schemas: an item with no attribute of this schema reads as null.
        return null;
      }
      return new User(
          AttributeValues.readString(map, "userId"),
          AttributeValues.readString(map, "name"),
          AttributeValues.readString(map, "email_address"),
          TextValues.readInstant(map, "created_at"));
    }

    @Override
    public Map<String, AttributeValue> itemToMap(User item, Collection<String> attributes) {
      Map<String, AttributeValue> map = new HashMap<>();
      // As the SDK's schemas: an attribute without value is put with a null value.
      for (String name : attributes) {
        map.put(name, attributeValue(item, name));
      }
      return AttributeValues.unmodifiable(map);
    }

    @Override
    public AttributeValue attributeValue(User item, String attributeName) {
      AttributeValue value = switch (attributeName) {
        case "PK" -> AttributeValues.s(pkOf(item));
        case "SK" -> AttributeValues.s(skOf(item));
        case "GSI1PK" -> AttributeValues.s(gsi1PkOf(item));
        case "GSI1SK" -> AttributeValues.s(gsi1SkOf(item));
        case "entityType" -> TYPE_NAME_VALUE;
        case "userId" -> AttributeValues.s(item.userId());
        case "name" -> AttributeValues.s(item.name());
        case "email_address" -> AttributeValues.s(item.email());
        case "created_at" -> TextValues.write(item.createdAt());
        default -> throw new IllegalArgumentException(String.format("TableSchema does not know how to retrieve "
            + "requested attribute '%s' from mapped object.", attributeName));
      };
      return value == null || AttributeValues.isNul(value) ? null : value;
    }

    @Override
    public AttributeConverter<User> converterForAttribute(Object key) {
      // As the SDK's schemas: the attribute's own converter, whatever the type parameter says.
      @SuppressWarnings("unchecked") AttributeConverter<User> converter = (AttributeConverter<User>) Converters.BY_ATTRIBUTE.get(key);
      return converter;
    }

    @Override
    public TableMetadata tableMetadata() {
      return Metadata.TABLE;
    }

    @Override
    public EnhancedType<User> itemType() {
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
          Map.entry("userId", DefaultConverters.of(EnhancedType.of(String.class))),
          Map.entry("name", DefaultConverters.of(EnhancedType.of(String.class))),
          Map.entry("email_address", DefaultConverters.of(EnhancedType.of(String.class))),
          Map.entry("created_at", DefaultConverters.of(EnhancedType.of(Instant.class))));
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

      static final EnhancedType<User> ITEM_TYPE = EnhancedType.of(User.class);
    }
  }
}
