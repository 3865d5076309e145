package dev.singletable.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An item is expired when its TTL attribute is a number of epoch seconds below now, as DynamoDB decides. */
class ExpiryTest {

  private static boolean expired(AttributeValue ttl) {
    return Expiry.isExpired(ttl == null ? Map.of() : Map.of("ttl", ttl), "ttl", 1000);
  }

  @Test
  void aNumberBelowNowHasExpired() {
    assertThat(expired(AttributeValue.fromN("999"))).isTrue();
    assertThat(expired(AttributeValue.fromN("999.9"))).isTrue();
    assertThat(expired(AttributeValue.fromN("1000"))).isFalse();
    assertThat(expired(AttributeValue.fromN("1001"))).isFalse();
  }

  @Test
  void anItemWithoutANumberNeverExpires() {
    assertThat(expired(null)).isFalse();
    assertThat(expired(AttributeValue.fromS("999"))).isFalse();
    assertThat(expired(AttributeValue.fromNul(true))).isFalse();
  }
}
