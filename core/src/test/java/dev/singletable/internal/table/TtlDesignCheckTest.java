package dev.singletable.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** What counts as an existing table's TTL falling short of the design's TTL attribute. */
class TtlDesignCheckTest {

  private static TimeToLiveDescription ttl(TimeToLiveStatus status, String attribute) {
    return TimeToLiveDescription.builder().timeToLiveStatus(status).attributeName(attribute).build();
  }

  @Test
  void ttlOffOrOnTheDesignedAttributeIsNoDifference() {
    assertThat(TableDesignCheck.ttlDifference("expiresAt", ttl(TimeToLiveStatus.DISABLED, null))).isEmpty();
    assertThat(TableDesignCheck.ttlDifference("expiresAt", ttl(TimeToLiveStatus.ENABLED, "expiresAt"))).isEmpty();
    assertThat(TableDesignCheck.ttlDifference("expiresAt", ttl(TimeToLiveStatus.ENABLING, "expiresAt"))).isEmpty();
    assertThat(TableDesignCheck.ttlOn(ttl(TimeToLiveStatus.ENABLING, "expiresAt"))).isTrue();
    assertThat(TableDesignCheck.ttlOn(ttl(TimeToLiveStatus.DISABLED, null))).isFalse();
  }

  @Test
  void ttlOnAnotherAttributeOrBeingDisabledIsADifference() {
    assertThat(TableDesignCheck.ttlDifference("expiresAt", ttl(TimeToLiveStatus.ENABLED, "ttl")))
        .hasValueSatisfying(d -> assertThat(d).startsWith("TTL is enabled on attribute ttl, designed on expiresAt"));
    assertThat(TableDesignCheck.ttlDifference("expiresAt", ttl(TimeToLiveStatus.DISABLING, "ttl")))
        .hasValueSatisfying(d -> assertThat(d).startsWith("TTL is being disabled"));
  }
}
