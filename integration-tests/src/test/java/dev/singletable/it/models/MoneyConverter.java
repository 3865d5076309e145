package dev.singletable.it.models;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores {@link Money} as the string {@code "1250 EUR"}; created through its public constructor. */
public final class MoneyConverter implements AttributeConverter<Money> {

  @Override
  public AttributeValue transformFrom(Money money) {
    return AttributeValue.fromS(money.cents() + " " + money.currency());
  }

  @Override
  public Money transformTo(AttributeValue value) {
    String[] parts = value.s().split(" ");
    return new Money(Long.parseLong(parts[0]), parts[1]);
  }

  @Override
  public EnhancedType<Money> type() {
    return EnhancedType.of(Money.class);
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.S;
  }
}
