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
 * The reflection-free attribute converter of document {@link LineItem}: a map (M) with an entry per
 * non-null property, under its attribute name; an absent entry reads as {@code null}, 0 or
 * {@code false}. Immutable and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class LineItemDocument extends DocumentConverter<LineItem> {
  /**
   * The converter of {@link LineItem}.
   */
  public static final LineItemDocument INSTANCE = new LineItemDocument();

  private LineItemDocument() {
    super(LineItem.class);
  }

  @Override
  protected Map<String, AttributeValue> write(LineItem document) {
    Map<String, AttributeValue> map = new HashMap<>(5);
    AttributeValues.put(map, "productId", AttributeValues.s(document.getProductId()), true);
    AttributeValues.put(map, "quantity", AttributeValue.fromN(Integer.toString(document.getQuantity())), true);
    AttributeValues.put(map, "price", AttributeValue.fromN(Long.toString(document.getPrice())), true);
    return map;
  }

  @Override
  protected LineItem read(Map<String, AttributeValue> map) {
    LineItem document = new LineItem();
    String productId = AttributeValues.readString(map, "productId");
    if (productId != null) {
      document.setProductId(productId);
    }
    Integer quantity = AttributeValues.readInteger(map, "quantity");
    if (quantity != null) {
      document.setQuantity(quantity);
    }
    Long price = AttributeValues.readLong(map, "price");
    if (price != null) {
      document.setPrice(price);
    }
    return document;
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
        Map.entry("productId", DefaultConverters.of(EnhancedType.of(String.class))),
        Map.entry("quantity", DefaultConverters.of(EnhancedType.of(Integer.class))),
        Map.entry("price", DefaultConverters.of(EnhancedType.of(Long.class))));
  }
}
