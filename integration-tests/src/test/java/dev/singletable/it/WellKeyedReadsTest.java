package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.MalformedItemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items with every key property, which the mapping path reads without converters when their key
 * properties render back to their key, read exactly as the full path reads them: index keys still
 * fill absent properties, and a key property that disagrees with its key is still refused.
 */
class WellKeyedReadsTest extends StoreFixture {

  private static final LocalDate DAY = LocalDate.parse("2026-03-15");

  @Test
  void anItemAsTheSchemaWritesItReadsBack() {
    Purchase order = Purchase.of("u1", DAY.toString(), "o1", Status.PENDING, 7).flagged(Instant.parse("2026-03-16T08:00:00Z"));
    purchases.put(order);

    assertThat(purchases.get(PurchaseKeys.key("u1", DAY, "o1"))).contains(order);
    assertThat(store.query(PurchaseKeys.pk("u1")).items().list()).containsExactly(order);
  }

  @Test
  void aPropertyOnlyAnIndexKeyHoldsIsTakenFromItEvenWhenEveryKeyPropertyIsThere() {
    Instant flaggedAt = Instant.parse("2026-03-16T08:00:00.250Z");
    Map<String, AttributeValue> item = rawOf(Purchase.of("u2", DAY.toString(), "o2", Status.PENDING, 7));
    item.put("GSI2PK", AttributeValue.fromS("FLAGGED"));
    item.put("GSI2SK", AttributeValue.fromS(PurchaseKeys.gsi2Sk(flaggedAt, "o2").value()));
    putRaw(item);

    assertThat(purchases.get(PurchaseKeys.key("u2", DAY, "o2")).orElseThrow().flaggedAt()).isEqualTo(flaggedAt);
  }

  @Test
  void aKeyPropertyThatDisagreesWithTheKeyIsStillRefused() {
    Map<String, AttributeValue> item = rawOf(Purchase.of("liar", DAY.toString(), "o7", Status.PENDING, 7));
    item.put("orderId", AttributeValue.fromS("o8"));
    putRaw(item);

    assertThatThrownBy(() -> purchases.get(PurchaseKeys.key("liar", DAY, "o7")))
        .isInstanceOf(MalformedItemException.class)
        .hasMessageContaining("attribute orderId holds S \"o8\"");
  }
}
