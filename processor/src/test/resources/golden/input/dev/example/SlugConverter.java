package dev.example;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A user's converter: stores a slug in lower case. */
public final class SlugConverter implements AttributeConverter<String> {
  public static final SlugConverter INSTANCE = new SlugConverter();
  @Override public AttributeValue transformFrom(String input) { return AttributeValue.fromS(input.toLowerCase(java.util.Locale.ROOT)); }
  @Override public String transformTo(AttributeValue input) { return input.s(); }
  @Override public EnhancedType<String> type() { return EnhancedType.of(String.class); }
  @Override public AttributeValueType attributeValueType() { return AttributeValueType.S; }
}
