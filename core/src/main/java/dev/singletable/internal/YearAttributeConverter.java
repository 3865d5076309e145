package dev.singletable.internal;

import java.time.Year;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores a {@link Year} as a number; the enhanced client's default provider has no converter for
 * it. <b>Not API.</b> Thread-safe.
 */
public final class YearAttributeConverter implements AttributeConverter<Year> {

  /** The shared instance. */
  public static final YearAttributeConverter INSTANCE = new YearAttributeConverter();

  private YearAttributeConverter() {}

  @Override
  public AttributeValue transformFrom(Year input) {
    return AttributeValue.fromN(Integer.toString(input.getValue()));
  }

  @Override
  public Year transformTo(AttributeValue input) {
    return Year.of(Integer.parseInt(input.n()));
  }

  @Override
  public EnhancedType<Year> type() {
    return EnhancedType.of(Year.class);
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.N;
  }
}
