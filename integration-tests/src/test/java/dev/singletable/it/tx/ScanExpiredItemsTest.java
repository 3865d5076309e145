package dev.singletable.it.tx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.ExpiredItems;
import dev.singletable.Page;
import dev.singletable.SingleTable;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Scans leave out items whose TTL has passed when the table or the scan says so, as queries do. */
class ScanExpiredItemsTest extends LedgerFixture {

  @Test
  void scansLeaveOutExpiredItemsPerTableAndPerScan() {
    sessions.put(new Session("old", "alice", T0.minusSeconds(1)));
    sessions.put(new Session("now", "alice", T0));
    sessions.put(new Session("forever", "alice", null));

    assertThat(sessions.scan().list()).hasSize(3);
    assertThat(sessions.scan().segments(2).onExpiredItems(ExpiredItems.SKIP).list())
        .extracting(Session::sessionId).containsExactlyInAnyOrder("now", "forever");
    assertThat(sessions.scan().onExpiredItems(ExpiredItems.SKIP).count()).isEqualTo(2);

    SingleTable skipping = ledger.withOptions(ledger.options().toBuilder().expiredItems(ExpiredItems.SKIP).build());
    assertThat(skipping.scan().items().all(Session.class)).hasSize(2);
    assertThat(skipping.scan().count()).isEqualTo(2);
    assertThat(skipping.entity(Session.class).scan().onExpiredItems(ExpiredItems.KEEP).list()).hasSize(3);
  }

  @Test
  void aCursorOutlivesTheClockItCompares() {
    for (int i = 0; i < 6; i++) {
      sessions.put(new Session("s" + i, "alice", T0.plus(Duration.ofMinutes(i))));
    }
    SingleTable skipping = ledger.withOptions(ledger.options().toBuilder().expiredItems(ExpiredItems.SKIP).build());

    Page<Session> first = skipping.entity(Session.class).scan().limit(2).page();
    clock.advance(Duration.ofMinutes(10)); // every session has expired by the next page
    Page<Session> next = skipping.entity(Session.class).scan().limit(2).after(first.cursor()).page();

    assertThat(first.items()).hasSize(2);
    assertThat(next.items()).isEmpty();
    assertThat(next.cursor()).isNull();
  }
}
