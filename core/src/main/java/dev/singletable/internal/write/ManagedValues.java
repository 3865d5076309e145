package dev.singletable.internal.write;

import dev.singletable.EntitySchema;
import dev.singletable.internal.expression.ExpressionContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The values singletable writes itself: the {@code @Version} (optimistic locking) and the
 * {@code @CreatedAt} / {@code @UpdatedAt} timestamps, for whole items (puts, creates, batches) and
 * as update expressions. Timestamps are converted with the entity schema's converter of the
 * attribute, exactly as a put of an object holding them would store them. <b>Not API.</b>
 */
public final class ManagedValues {

  private ManagedValues() {}

  /** Returns whether the entity has any value singletable writes itself. */
  static boolean any(EntitySchema<?> schema) {
    return schema.versionAttribute().isPresent() || schema.createdAtAttribute().isPresent()
        || schema.updatedAtAttribute().isPresent();
  }

  /**
   * Returns the item map with the managed values set: {@code updatedAt} now, {@code createdAt}
   * now unless the item carries one, and the version {@code newVersion} (ignored without one).
   */
  static Map<String, AttributeValue> stamp(EntitySchema<?> schema, Map<String, AttributeValue> item, Instant now,
      long newVersion) {
    if (!any(schema)) {
      return item;
    }
    Map<String, AttributeValue> stamped = new HashMap<>(item);
    schema.versionAttribute().ifPresent(v -> stamped.put(v, AttributeValue.fromN(Long.toString(newVersion))));
    schema.createdAtAttribute().filter(c -> isAbsent(item.get(c))).ifPresent(c -> stamped.put(c, convert(schema, c, now)));
    schema.updatedAtAttribute().ifPresent(u -> stamped.put(u, convert(schema, u, now)));
    return stamped;
  }

  /** Returns the version the item map carries: 0 when it has none ({@code null} property). */
  static long carriedVersion(EntitySchema<?> schema, Map<String, AttributeValue> item) {
    Long version = version(schema, item);
    return version == null ? 0 : version;
  }

  /** Returns the version stored in an item, or {@code null} when it has none (or there is no item). */
  static Long version(EntitySchema<?> schema, Map<String, AttributeValue> item) {
    Optional<String> attribute = schema.versionAttribute();
    if (attribute.isEmpty() || item == null) {
      return null;
    }
    AttributeValue value = item.get(attribute.get());
    if (isAbsent(value) || value.n() == null) {
      return null;
    }
    try {
      return Long.valueOf(value.n());
    } catch (NumberFormatException notAWholeNumber) {
      return null; // written by other code; the mapping path reports it when the item is read
    }
  }

  /**
   * Returns the condition that the stored version is {@code expected}: {@code #v = :v}, or for 0
   * (the item carries none) {@code attribute_not_exists(#v)}, which holds where there is no item.
   */
  static String versionCondition(EntitySchema<?> schema, long expected, ExpressionContext context) {
    String name = context.name(schema.versionAttribute().orElseThrow());
    return expected == 0 ? "attribute_not_exists(" + name + ")"
        : name + " = " + context.value(AttributeValue.fromN(Long.toString(expected)));
  }

  /**
   * Adds the update actions of the managed values: {@code ADD version 1}, {@code SET updatedAt =
   * :now} and {@code SET createdAt = if_not_exists(createdAt, :now)}.
   */
  static void updateActions(EntitySchema<?> schema, Instant now, ExpressionContext context,
      java.util.List<String> setActions, java.util.List<String> addActions) {
    schema.versionAttribute().ifPresent(v ->
        addActions.add(context.name(v) + " " + context.value(AttributeValue.fromN("1"))));
    schema.createdAtAttribute().ifPresent(c -> {
      String name = context.name(c);
      setActions.add(name + " = if_not_exists(" + name + ", " + context.value(convert(schema, c, now)) + ")");
    });
    schema.updatedAtAttribute().ifPresent(u ->
        setActions.add(context.name(u) + " = " + context.value(convert(schema, u, now))));
  }

  /** Returns the attributes singletable writes itself: version, createdAt, updatedAt (those the entity has). */
  static java.util.Set<String> attributes(EntitySchema<?> schema) {
    java.util.Set<String> attributes = new java.util.HashSet<>();
    schema.versionAttribute().ifPresent(attributes::add);
    schema.createdAtAttribute().ifPresent(attributes::add);
    schema.updatedAtAttribute().ifPresent(attributes::add);
    return attributes;
  }

  /** Returns whether {@code attribute} is one singletable writes itself, which an update may not change. */
  public static boolean isManaged(EntitySchema<?> schema, String attribute) {
    return schema.versionAttribute().filter(attribute::equals).isPresent()
        || schema.createdAtAttribute().filter(attribute::equals).isPresent()
        || schema.updatedAtAttribute().filter(attribute::equals).isPresent();
  }

  @SuppressWarnings("unchecked") // the schema's converter of an attribute converts that attribute's values
  private static AttributeValue convert(EntitySchema<?> schema, String attribute, Instant now) {
    return ((AttributeConverter<Object>) schema.tableSchema().converterForAttribute(attribute)).transformFrom(now);
  }

  private static boolean isAbsent(AttributeValue value) {
    return value == null || Boolean.TRUE.equals(value.nul());
  }
}
