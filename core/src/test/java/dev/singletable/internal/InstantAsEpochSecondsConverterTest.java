package dev.singletable.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An {@code @Ttl Instant} is the number of epoch seconds DynamoDB's TTL reads. */
class InstantAsEpochSecondsConverterTest {

  private final InstantAsEpochSecondsConverter converter = InstantAsEpochSecondsConverter.INSTANCE;

  @Test
  void writesWholeEpochSecondsDroppingTheFraction() {
    assertThat(converter.transformFrom(Instant.parse("2026-03-16T10:00:00.999Z")))
        .isEqualTo(AttributeValue.fromN("1773655200"));
    assertThat(converter.transformFrom(Instant.parse("1969-12-31T23:59:59.5Z"))).isEqualTo(AttributeValue.fromN("-1"));
  }

  @Test
  void readsWholeAndFractionalSecondsOtherCodeWrote() {
    assertThat(converter.transformTo(AttributeValue.fromN("1773655200"))).isEqualTo(Instant.parse("2026-03-16T10:00:00Z"));
    assertThat(converter.transformTo(AttributeValue.fromN("1773655200.25")))
        .isEqualTo(Instant.parse("2026-03-16T10:00:00.25Z"));
    assertThat(converter.transformTo(AttributeValue.fromN("-0.5"))).isEqualTo(Instant.parse("1969-12-31T23:59:59.5Z"));
  }

  @Test
  void refusesAValueThatIsNotANumber() {
    assertThatThrownBy(() -> converter.transformTo(AttributeValue.fromS("2026-03-16T10:00:00Z")))
        .isInstanceOf(NumberFormatException.class);
  }
}
