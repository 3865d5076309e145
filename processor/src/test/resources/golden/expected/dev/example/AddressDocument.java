package dev.example;

import dev.singletable.internal.AttributeValues;
import dev.singletable.internal.DefaultConverters;
import dev.singletable.internal.SingletableGenerated;
import dev.singletable.internal.document.DocumentConverter;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The reflection-free attribute converter of document {@link Address}: a map (M) with an entry per
 * non-null property, under its attribute name; an absent entry reads as {@code null}, 0 or
 * {@code false}. Immutable and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class AddressDocument extends DocumentConverter<Address> {
  /**
   * The converter of {@link Address}.
   */
  public static final AddressDocument INSTANCE = new AddressDocument();

  private static final AttributeConverter<String> STREET_CONVERTER = DefaultConverters.of(EnhancedType.of(String.class));

  private static final AttributeConverter<String> CITY_CONVERTER = DefaultConverters.of(EnhancedType.of(String.class));

  private static final AttributeConverter<String> ZIP_CONVERTER = DefaultConverters.of(EnhancedType.of(String.class));

  private static final AttributeConverter<Integer> FLOOR_CONVERTER = DefaultConverters.of(EnhancedType.of(Integer.class));

  private static final Map<String, AttributeConverter<?>> MEMBERS = Map.ofEntries(
      Map.entry("street", STREET_CONVERTER),
      Map.entry("city", CITY_CONVERTER),
      Map.entry("zip_code", ZIP_CONVERTER),
      Map.entry("floor", FLOOR_CONVERTER));

  private AddressDocument() {
    super(Address.class);
  }

  @Override
  protected Map<String, AttributeValue> write(Address document) {
    Map<String, AttributeValue> map = new HashMap<>(6);
    AttributeValues.put(map, "street", AttributeValues.s(document.street()), true);
    AttributeValues.put(map, "city", AttributeValues.s(document.city()), true);
    AttributeValues.put(map, "zip_code", AttributeValues.s(document.zip()), true);
    AttributeValues.put(map, "floor", AttributeValue.fromN(Integer.toString(document.floor())), true);
    return map;
  }

  @Override
  protected Address read(Map<String, AttributeValue> map) {
    return new Address(
        AttributeValues.readString(map, "street", STREET_CONVERTER),
        AttributeValues.readString(map, "city", CITY_CONVERTER),
        AttributeValues.readString(map, "zip_code", ZIP_CONVERTER),
        AttributeValues.orZero(AttributeValues.readInteger(map, "floor", FLOOR_CONVERTER)));
  }

  @Override
  protected AttributeConverter<?> member(String attributeName) {
    return MEMBERS.get(attributeName);
  }
}
