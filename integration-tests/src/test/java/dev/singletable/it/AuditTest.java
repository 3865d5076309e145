package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.AuditReport;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code SingleTable.audit} holds a sample of existing items against the design (issue 11, point 6). */
class AuditTest extends StoreFixture {

  private static final LocalDate DAY = LocalDate.parse("2026-03-15");

  private static Map<String, AttributeValue> order(String orderId) {
    return rawOf(Purchase.of("u1", DAY.toString(), orderId, Status.PENDING, 5));
  }

  @Test
  void itemsSingletableWroteFitAndOthersAreNamedWithWhatDiffers() {
    customers.put(new Customer("u1", "Ann", "ann@example.com", null));
    Map<String, AttributeValue> lowerCaseIndexKey = order("o1");
    lowerCaseIndexKey.put("GSI1PK", AttributeValue.fromS("STATUS#pending"));
    putRaw(lowerCaseIndexKey);
    Map<String, AttributeValue> withoutIndexKeys = order("o2");
    withoutIndexKeys.remove("GSI1PK");
    withoutIndexKeys.remove("GSI1SK");
    putRaw(withoutIndexKeys);
    Map<String, AttributeValue> unreadable = order("o3");
    unreadable.put("status", AttributeValue.fromS("pending"));
    putRaw(unreadable);
    putRaw(Map.of("PK", AttributeValue.fromS("SESSION#s1"), "SK", AttributeValue.fromS("METADATA")));

    AuditReport report = store.audit(100);

    assertThat(report.items()).hasSize(5);
    assertThat(report.counts()).containsEntry(Customer.class, 1).containsEntry(Purchase.class, 3);
    assertThat(report.unmatched()).singleElement().satisfies(f -> assertThat(f.key()).contains("SESSION#s1"));
    assertThat(report.withProblems()).extracting(AuditReport.Finding::key).containsExactlyInAnyOrder(
        "PK=USER#u1, SK=ORDER#2026-03-15#o1", "PK=USER#u1, SK=ORDER#2026-03-15#o2", "PK=USER#u1, SK=ORDER#2026-03-15#o3");
    assertThat(report.toString())
        .contains("Audit of 5 items of table " + store.tableName() + ": 1 fit, 3 with problems, 1 of no entity")
        .contains("GSI1 key GSI1PK (template \"STATUS#<status>\") is S \"STATUS#pending\", but the item's values render"
            + " \"STATUS#PENDING\"")
        .contains("GSI1 key GSI1PK (template \"STATUS#<status>\") is missing; the item's values render \"STATUS#PENDING\"")
        .contains("attribute status holds S \"pending\" where a Status is expected");
    assertThat(report.allFit()).isFalse();
  }
}
