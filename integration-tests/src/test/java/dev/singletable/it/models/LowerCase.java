package dev.singletable.it.models;

import java.util.Locale;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores strings in lower case; its {@code INSTANCE} is used. */
public final class LowerCase implements AttributeConverter<String> {

  public static final LowerCase INSTANCE = new LowerCase();

  private LowerCase() {}

  @Override
  public AttributeValue transformFrom(String text) {
    return AttributeValue.fromS(text.toLowerCase(Locale.ROOT));
  }

  @Override
  public String transformTo(AttributeValue value) {
    return value.s();
  }

  @Override
  public EnhancedType<String> type() {
    return EnhancedType.of(String.class);
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.S;
  }
}
