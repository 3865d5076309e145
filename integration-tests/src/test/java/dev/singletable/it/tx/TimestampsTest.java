package dev.singletable.it.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.PrimaryKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code @CreatedAt} and {@code @UpdatedAt} from the table's clock, on every kind of write. */
class TimestampsTest extends LedgerFixture {

  private static final PrimaryKey KEY = CouponKeys.key("alice", "C1");
  private static final Instant T1 = T0.plus(Duration.ofMinutes(5));
  private static final Instant T2 = T0.plus(Duration.ofMinutes(9));

  private Coupon read() {
    return coupons.getConsistent(KEY).orElseThrow();
  }

  @Test
  void aPutStampsBothAndAPutOfTheItemReadBackKeepsItsCreation() {
    coupons.put(Coupon.of("alice", "C1", 10));
    assertThat(read().createdAt()).isEqualTo(T0);
    assertThat(read().updatedAt()).isEqualTo(T0);

    clock.set(T1);
    Coupon read = read();
    coupons.put(new Coupon("alice", "C1", 20, null, read.createdAt(), read.updatedAt()));
    assertThat(read().createdAt()).isEqualTo(T0);
    assertThat(read().updatedAt()).isEqualTo(T1);

    clock.set(T2);
    coupons.put(Coupon.of("alice", "C1", 30)); // a new object replaces the whole item: created again
    assertThat(read().createdAt()).isEqualTo(T2);
  }

  @Test
  void anUpdateSetsCreationOnlyOnTheItemsFirstWrite() {
    coupons.update(KEY).set(CouponUpdate.amount(5)).execute(); // creates the item
    assertThat(read().createdAt()).isEqualTo(T0);

    clock.set(T1);
    Coupon updated = coupons.update(KEY).set(CouponUpdate.amount(6)).execute();
    assertThat(updated.createdAt()).isEqualTo(T0);
    assertThat(updated.updatedAt()).isEqualTo(T1);
    assertThatThrownBy(() -> coupons.update(KEY).set(CouponAttributes.UPDATED_AT, T2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@UpdatedAt");
  }

  @Test
  void createAndTransactionsStampToo() {
    members.create(Member.of("alice", 1));
    assertThat(members.get(MemberKeys.key("alice")).orElseThrow().createdAt()).isEqualTo(T0);

    clock.set(T1);
    ledger.transactWrite(tx -> tx
        .update(members.update(MemberKeys.key("alice")).add(MemberAttributes.POINTS, 1L))
        .put(coupons, Coupon.of("alice", "C1", 1)));

    Member member = members.get(MemberKeys.key("alice")).orElseThrow();
    assertThat(member.createdAt()).isEqualTo(T0);
    assertThat(member.updatedAt()).isEqualTo(T1);
    assertThat(read().createdAt()).isEqualTo(T1);
  }
}
