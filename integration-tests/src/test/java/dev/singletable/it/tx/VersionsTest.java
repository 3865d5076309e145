package dev.singletable.it.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.singletable.CancellationReason;
import dev.singletable.ConditionFailedException;
import dev.singletable.PrimaryKey;
import dev.singletable.TableContexts;
import dev.singletable.TransactionCanceledException;
import dev.singletable.VersionConflictException;
import dev.singletable.internal.write.WriteActions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Optimistic locking with {@code @Version}: every write checks and increments it; a lost race loses nothing. */
class VersionsTest extends LedgerFixture {

  private static final PrimaryKey ALICE = MemberKeys.key("alice");

  private Member read() {
    return members.getConsistent(ALICE).orElseThrow();
  }

  @Test
  void createStartsAtOneAndEachPutChecksTheCarriedVersionAndWritesItPlusOne() {
    members.create(Member.of("alice", 10));
    Member first = read();
    assertThat(first.version()).isEqualTo(1);

    members.put(first.withPoints(20));
    assertThat(read().version()).isEqualTo(2);

    VersionConflictException stale = catchThrowableOfType(VersionConflictException.class,
        () -> members.put(first.withPoints(30))); // carries version 1, stored is 2
    assertThat(stale.expectedVersion()).isEqualTo(1);
    assertThat(stale.currentVersion()).isEqualTo(2L);
    assertThat(stale.currentItem(Member.class)).get().extracting(Member::points).isEqualTo(20L);
    assertThat(stale).isInstanceOf(ConditionFailedException.class)
        .hasMessageContaining("Cannot put Member at PK=USER#alice, SK=PROFILE")
        .hasMessageContaining("it expected version 1, but the stored item has version 2");
    assertThat(read().points()).isEqualTo(20);
  }

  @Test
  void anItemThatCarriesNoVersionIsWrittenOnlyWhereThereIsNone() {
    members.put(Member.of("alice", 1)); // no item yet: version 1
    assertThat(read().version()).isEqualTo(1);

    assertThatThrownBy(() -> members.put(Member.of("alice", 2)))
        .isInstanceOf(VersionConflictException.class).hasMessageContaining("it expected no version (a new item)");

    counters.put(new Counter("hits", 1)); // a bean whose Long version is null
    Counter counter = counters.get(CounterKeys.key("hits")).orElseThrow();
    assertThat(counter.getVersion()).isEqualTo(1L);
    counter.setValue(2);
    counters.put(counter);
    assertThat(counters.get(CounterKeys.key("hits")).orElseThrow().getVersion()).isEqualTo(2L);
  }

  @Test
  void aPutOfAnItemDeletedSinceItWasReadIsAConflict() {
    members.create(Member.of("alice", 10));
    Member read = read();
    members.delete(ALICE); // a delete by key checks no version

    VersionConflictException gone = catchThrowableOfType(VersionConflictException.class, () -> members.put(read));
    assertThat(gone.currentVersion()).isNull();
    assertThat(gone).hasMessageContaining("there is no item at PK=USER#alice, SK=PROFILE (it was deleted");
  }

  @Test
  void deleteItemChecksTheCarriedVersion() {
    members.create(Member.of("alice", 10));
    Member first = read();
    members.put(first.withPoints(11));

    assertThatThrownBy(() -> members.deleteItem(first)).isInstanceOf(VersionConflictException.class);
    assertThat(members.get(ALICE)).isPresent();

    assertThat(members.deleteItem(read())).get().extracting(Member::points).isEqualTo(11L);
    assertThat(members.get(ALICE)).isEmpty();
  }

  @Test
  void anUpdateIncrementsTheVersionAndChecksItWhenTold() {
    members.create(Member.of("alice", 10));

    Member updated = members.update(ALICE).add(MemberAttributes.POINTS, 5L).execute();
    assertThat(updated.version()).isEqualTo(2);

    VersionConflictException stale = catchThrowableOfType(VersionConflictException.class,
        () -> members.update(ALICE).add(MemberAttributes.POINTS, 5L).expectVersion(1).execute());
    assertThat(stale.currentVersion()).isEqualTo(2L);
    assertThat(stale).hasMessageContaining("Cannot update Member");

    assertThat(members.update(ALICE).add(MemberAttributes.POINTS, 5L).expectVersion(2).execute().version())
        .isEqualTo(3);
    assertThat(members.update(MemberKeys.key("bob")).set(MemberUpdate.name("Bob")).execute().version())
        .isEqualTo(1); // an update that creates the item starts the version
  }

  @Test
  void theVersionIsSingletablesToWrite() {
    assertThatThrownBy(() -> members.update(ALICE).set(MemberAttributes.VERSION, 7L))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use expectVersion(n)");
    assertThatThrownBy(() -> members.update(ALICE).add(MemberAttributes.VERSION, 1L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> coupons.update(CouponKeys.key("a", "b")).expectVersion(1))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Coupon").hasMessageContaining("no @Version");
  }

  @Test
  void inATransactionALostRaceIsAReasonThatSaysSo() {
    members.create(Member.of("alice", 10));
    Member first = read();
    members.put(first.withPoints(11));

    TransactionCanceledException refused = catchThrowableOfType(TransactionCanceledException.class,
        () -> ledger.transactWrite(tx -> tx.put(members, first.withPoints(12))
            .put(coupons, Coupon.of("alice", "C", 1))));

    CancellationReason reason = refused.reasons().get(0);
    assertThat(reason.isVersionConflict()).isTrue();
    assertThat(reason.failure()).get().isInstanceOf(VersionConflictException.class);
    assertThat(refused.reasons().get(1).isVersionConflict()).isFalse();
    assertThat(refused).hasMessageContaining("it expected version 1, but the stored item has version 2");

    ledger.transactWrite(tx -> tx.put(members, read().withPoints(12))
        .update(members.update(MemberKeys.key("bob")).set(MemberUpdate.name("Bob")).expectVersion(0)));
    assertThat(read().version()).isEqualTo(3);
    assertThat(members.get(MemberKeys.key("bob")).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void seed003sRaceTwoWritersOneConflictNothingLost() {
    members.create(Member.of("alice", 100));
    Member seenByA = read();
    Member seenByB = read();

    members.put(seenByA.withPoints(seenByA.points() + 10)); // A wins
    assertThatThrownBy(() -> members.put(seenByB.withPoints(seenByB.points() + 5)))
        .isInstanceOf(VersionConflictException.class); // B would have overwritten A's +10
    Member again = read();
    members.put(again.withPoints(again.points() + 5)); // B retries on what is there now

    assertThat(read().points()).isEqualTo(115);
  }

  @Test
  void eightThreadsOfFiftyReadModifyWriteIncrementsEndWithTheExactTotal() throws Exception {
    members.create(Member.of("alice", 0));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> conflicts = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        conflicts.add(pool.submit(() -> {
          int lost = 0;
          for (int i = 0; i < 50; i++) {
            while (true) {
              Member current = read();
              try {
                members.put(current.withPoints(current.points() + 1));
                break;
              } catch (VersionConflictException e) {
                lost++;
              }
            }
          }
          return lost;
        }));
      }
      for (Future<Integer> conflict : conflicts) {
        conflict.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    Member last = read();
    assertThat(last.points()).isEqualTo(400);
    assertThat(last.version()).isEqualTo(401); // created at 1, then 400 puts
  }

  @Test
  void aBatchPutRefusesAVersionedEntityAndStampsTimestampsOfOthers() {
    assertThatThrownBy(() -> WriteActions.batchItem(TableContexts.of(ledger), MemberSchema.INSTANCE,
        Member.of("alice", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot batch-write Member at PK=USER#alice, SK=PROFILE: its @Version version");
    var written = WriteActions.batchItem(TableContexts.of(ledger), CouponSchema.INSTANCE, Coupon.of("a", "C", 1));
    assertThat(written.get("createdAt").s()).isEqualTo(T0.toString());
    assertThat(written.get("updatedAt").s()).isEqualTo(T0.toString());
  }
}
