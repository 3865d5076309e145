package dev.singletable.internal;

import java.time.YearMonth;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores a {@link YearMonth} as the string {@code 2026-03}; the enhanced client's default provider
 * has no converter for it. <b>Not API.</b> Thread-safe.
 */
public final class YearMonthAttributeConverter implements AttributeConverter<YearMonth> {

  /** The shared instance. */
  public static final YearMonthAttributeConverter INSTANCE = new YearMonthAttributeConverter();

  private YearMonthAttributeConverter() {}

  @Override
  public AttributeValue transformFrom(YearMonth input) {
    return AttributeValue.fromS(input.toString());
  }

  @Override
  public YearMonth transformTo(AttributeValue input) {
    return YearMonth.parse(input.s());
  }

  @Override
  public EnhancedType<YearMonth> type() {
    return EnhancedType.of(YearMonth.class);
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.S;
  }
}
