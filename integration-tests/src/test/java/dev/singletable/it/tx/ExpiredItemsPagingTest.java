package dev.singletable.it.tx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.ExpiredItems;
import dev.singletable.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A query that skips expired items compares each item's TTL with the time of its request, which
 * moves from page to page: the next page is still the same query, so its cursor is accepted.
 */
class ExpiredItemsPagingTest extends LedgerFixture {

  @Test
  void pagesThatSkipExpiredItemsFollowEachOtherAsTimePasses() {
    for (int i = 0; i < 5; i++) {
      sessions.put(new Session("s" + i, "alice", T0.plus(Duration.ofDays(1))));
    }
    sessions.put(new Session("gone", "alice", T0.minusSeconds(1)));

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<Session> page = sessions.query(SessionKeys.gsi1Pk("alice")).onExpiredItems(ExpiredItems.SKIP).limit(2)
          .after(cursor).page();
      page.items().forEach(session -> seen.add(session.sessionId()));
      cursor = page.cursor();
      clock.advance(Duration.ofSeconds(1));
    } while (cursor != null);

    assertThat(seen).containsExactly("s0", "s1", "s2", "s3", "s4");
  }
}
