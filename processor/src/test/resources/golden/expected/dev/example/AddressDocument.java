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
        AttributeValues.readString(map, "street"),
        AttributeValues.readString(map, "city"),
        AttributeValues.readString(map, "zip_code"),
        AttributeValues.orZero(AttributeValues.readInteger(map, "floor")));
  }

  @Override
  protected AttributeConverter<?> member(String attributeName) {
    return Converters.MEMBERS.get(attributeName);
  }

  /**
   * The converters of the SDK's default provider, built when first used: mapping documents of
   * common types does not need them.
   */
  private static final class Converters {
    static final Map<String, AttributeConverter<?>> MEMBERS = Map.ofEntries(
        Map.entry("street", DefaultConverters.of(EnhancedType.of(String.class))),
        Map.entry("city", DefaultConverters.of(EnhancedType.of(String.class))),
        Map.entry("zip_code", DefaultConverters.of(EnhancedType.of(String.class))),
        Map.entry("floor", DefaultConverters.of(EnhancedType.of(Integer.class))));
  }
}
