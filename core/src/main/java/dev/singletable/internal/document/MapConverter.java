package dev.singletable.internal.document;

import dev.singletable.internal.expression.AttributePath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@code Map<String, V>} whose values the SDK's default provider cannot convert (documents,
 * {@code YearMonth}, lists of them...), stored as a DynamoDB map (M): each value through its
 * converter, a {@code null} value as {@code NUL} (as singletable's generated schemas write maps).
 * <b>Not API.</b> Immutable and thread-safe.
 *
 * @param <V> the value type
 */
public final class MapConverter<V> implements AttributeConverter<Map<String, V>>, NestedConverter {

  private static final AttributeValue NUL = AttributeValue.fromNul(true);

  private final AttributeConverter<V> values;
  private final EnhancedType<Map<String, V>> type;

  private MapConverter(AttributeConverter<V> values) {
    this.values = Objects.requireNonNull(values, "values");
    this.type = EnhancedType.mapOf(EnhancedType.of(String.class), values.type());
  }

  /** Returns the converter of maps whose values {@code values} converts. */
  public static <V> MapConverter<V> of(AttributeConverter<V> values) {
    return new MapConverter<>(values);
  }

  @Override
  public AttributeValue transformFrom(Map<String, V> map) {
    Map<String, AttributeValue> stored = new LinkedHashMap<>(map.size() * 2);
    map.forEach((key, value) -> stored.put(key, value == null ? NUL : values.transformFrom(value)));
    return AttributeValue.fromM(stored);
  }

  /**
   * Reads a stored map.
   *
   * @throws IllegalArgumentException if the value is not a map (M)
   */
  @Override
  public Map<String, V> transformTo(AttributeValue value) {
    Map<String, AttributeValue> stored = DocumentConverter.requireMap(value,
        "map of " + values.type().rawClass().getSimpleName());
    Map<String, V> map = new LinkedHashMap<>(stored.size() * 2);
    stored.forEach((key, entry) -> map.put(key, Boolean.TRUE.equals(entry.nul()) ? null : values.transformTo(entry)));
    return map;
  }

  @Override
  public EnhancedType<Map<String, V>> type() {
    return type;
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.M;
  }

  @Override
  public AttributeConverter<?> converterAt(AttributePath.Step step) {
    return step.isIndex() ? null : values;
  }
}
