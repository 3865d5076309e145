package dev.example;

import dev.singletable.EntitySchema;
import dev.singletable.PrimaryKey;
import dev.singletable.internal.KeyField;
import dev.singletable.internal.SingletableGenerated;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * The reflection-free schema of {@link User}, stored as type {@code "User"} in table {@code ecommerce}.
 *
 * <p>Its table schema writes every property as an attribute of the same name, the key
 * attributes rendered from {@link UserKeys} (an index key is left out when one of its
 * placeholders is {@code null}: a sparse index) and the type attribute {@code entityType}.
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
    this.tableSchema = StaticImmutableTableSchema.builder(User.class, Builder.class)
        .newItemBuilder(Builder::new, Builder::build)
        .addAttribute(String.class, a -> a.name("PK")
            .getter(UserSchema::pkOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.primaryPartitionKey()))
        .addAttribute(String.class, a -> a.name("SK")
            .getter(UserSchema::skOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.primarySortKey()))
        .addAttribute(String.class, a -> a.name("GSI1PK")
            .getter(UserSchema::gsi1PkOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.secondaryPartitionKey("GSI1")))
        .addAttribute(String.class, a -> a.name("GSI1SK")
            .getter(UserSchema::gsi1SkOf)
            .setter((item, value) -> {})
            .tags(StaticAttributeTags.secondarySortKey("GSI1")))
        .addAttribute(String.class, a -> a.name("entityType").getter(item -> TYPE_NAME).setter((item, value) -> {}))
        .addAttribute(String.class, a -> a.name("userId").getter(User::userId).setter(Builder::setUserId))
        .addAttribute(String.class, a -> a.name("name").getter(User::name).setter(Builder::setName))
        .addAttribute(String.class, a -> a.name("email").getter(User::email).setter(Builder::setEmail))
        .addAttribute(Instant.class, a -> a.name("createdAt").getter(User::createdAt).setter(Builder::setCreatedAt))
        .build();
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
   * Collects attribute values while an item is read; builds the record at the end.
   */
  private static final class Builder {
    private String userId;

    private String name;

    private String email;

    private Instant createdAt;

    void setUserId(String userId) {
      this.userId = userId;
    }

    void setName(String name) {
      this.name = name;
    }

    void setEmail(String email) {
      this.email = email;
    }

    void setCreatedAt(Instant createdAt) {
      this.createdAt = createdAt;
    }

    User build() {
      return new User(userId, name, email, createdAt);
    }
  }
}
