package dev.singletable.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores an {@link Instant} as a number of epoch seconds, the form DynamoDB's TTL reads (the
 * enhanced client's default stores an ISO-8601 string, which TTL ignores): the generated schema
 * uses it for an {@code @Ttl Instant}. Writing drops the fraction of a second (TTL counts whole
 * seconds); reading takes a fraction other code may have written. <b>Not API.</b> Thread-safe.
 */
public final class InstantAsEpochSecondsConverter implements AttributeConverter<Instant> {

  /** The shared instance. */
  public static final InstantAsEpochSecondsConverter INSTANCE = new InstantAsEpochSecondsConverter();

  private InstantAsEpochSecondsConverter() {}

  @Override
  public AttributeValue transformFrom(Instant input) {
    return AttributeValue.fromN(Long.toString(input.getEpochSecond()));
  }

  /**
   * Reads a number of epoch seconds.
   *
   * @throws NumberFormatException if the value is not a number (the mapping path names the attribute)
   */
  @Override
  public Instant transformTo(AttributeValue input) {
    if (input.n() == null) {
      throw new NumberFormatException("not a number of epoch seconds: " + input);
    }
    BigDecimal seconds = new BigDecimal(input.n());
    long whole = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
    long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
    return Instant.ofEpochSecond(whole, nanos);
  }

  @Override
  public EnhancedType<Instant> type() {
    return EnhancedType.of(Instant.class);
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.N;
  }
}
