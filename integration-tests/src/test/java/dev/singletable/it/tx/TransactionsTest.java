package dev.singletable.it.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.singletable.CancellationReason;
import dev.singletable.Condition;
import dev.singletable.ItemAlreadyExistsException;
import dev.singletable.Items;
import dev.singletable.PrimaryKey;
import dev.singletable.TransactionCanceledException;
import dev.singletable.WriteTransaction;
import dev.singletable.testing.Deviation;
import dev.singletable.testing.DynamoDbServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Transactions against DynamoDB Local: seed 001's point transfer, every action, every refusal. */
class TransactionsTest extends LedgerFixture {

  /** Seed 001's transferPoints: the sender's points checked and moved to the receiver in one transaction. */
  private void transferPoints(String from, String to, long points) {
    ledger.transactWrite(tx -> {
      tx.update(members.update(MemberKeys.key(from))
          .add(MemberAttributes.POINTS, -points)
          .condition(Condition.ge(MemberAttributes.POINTS, points)));
      tx.update(members.update(MemberKeys.key(to)).add(MemberAttributes.POINTS, points));
    });
  }

  private long points(String userId) {
    return members.getConsistent(MemberKeys.key(userId)).orElseThrow().points();
  }

  @Test
  void transferPointsMovesPointsAtomicallyAndIsRefusedWhenTheSenderHasTooFew() {
    members.create(Member.of("alice", 500));
    members.create(Member.of("bob", 100));

    transferPoints("alice", "bob", 200);
    assertThat(points("alice")).isEqualTo(300);
    assertThat(points("bob")).isEqualTo(300);

    TransactionCanceledException refused = catchThrowableOfType(TransactionCanceledException.class,
        () -> transferPoints("alice", "bob", 1000));

    assertThat(points("alice")).isEqualTo(300); // nothing written
    assertThat(points("bob")).isEqualTo(300);
    assertThat(refused.reasons()).extracting(CancellationReason::code).containsExactly("ConditionalCheckFailed", "None");
    CancellationReason reason = refused.reasons().get(0);
    assertThat(reason.index()).isZero();
    assertThat(reason.operation()).isEqualTo("update");
    assertThat(reason.entityClass()).isEqualTo(Member.class);
    assertThat(reason.key()).isEqualTo(MemberKeys.key("alice"));
    assertThat(reason.item(Member.class)).get().extracting(Member::points).isEqualTo(300L);
    assertThat(reason.currentValues()).containsKey("points");
    assertThat(refused.reasons().get(1).item()).isEmpty();
    assertThat(refused.failures()).containsExactly(reason);
    assertThat(refused.isRetryable()).isFalse();
    assertThat(refused).hasMessageContaining("action 0 (update Member at PK=USER#alice, SK=PROFILE): ConditionalCheckFailed")
        .hasMessageNotContaining("USER#bob");
  }

  @Test
  void oneTransactionPutsCreatesUpdatesDeletesAndChecksItemsOfSeveralEntities() {
    members.create(Member.of("alice", 10));
    coupons.put(Coupon.of("alice", "OLD", 5));
    sessions.put(new Session("s1", "alice", null));

    ledger.transactWrite(tx -> tx
        .put(coupons, Coupon.of("alice", "NEW", 20))
        .create(members, Member.of("carol", 0))
        .update(members.update(MemberKeys.key("alice")).set(MemberUpdate.tier("GOLD")))
        .delete(coupons, CouponKeys.key("alice", "OLD"))
        .check(sessions, SessionKeys.key("s1"), Condition.eq(SessionAttributes.USER_ID, "alice")));

    assertThat(coupons.get(CouponKeys.key("alice", "NEW"))).get().extracting(Coupon::amount).isEqualTo(20L);
    assertThat(coupons.get(CouponKeys.key("alice", "OLD"))).isEmpty();
    assertThat(members.get(MemberKeys.key("carol"))).isPresent();
    // The update in the transaction kept GSI1's key true, as execute() does.
    assertThat(members.query(MemberKeys.gsi1Pk("GOLD")).list()).extracting(Member::userId).containsExactly("alice");
    assertThat(members.query(MemberKeys.gsi1Pk("SILVER")).list()).extracting(Member::userId).containsExactly("carol");
  }

  @Test
  void aFailedCreateOrCheckSaysWhichActionAndWhatIsThere() {
    members.create(Member.of("alice", 10));

    TransactionCanceledException refused = catchThrowableOfType(TransactionCanceledException.class,
        () -> ledger.transactWrite(tx -> {
          tx.put(coupons, Coupon.of("alice", "C1", 1));
          tx.create(members, Member.of("alice", 99));
          tx.check(sessions, SessionKeys.key("nope"), Condition.attributeExists(SessionAttributes.USER_ID));
        }));

    assertThat(refused.reasons()).extracting(CancellationReason::code)
        .containsExactly("None", "ConditionalCheckFailed", "ConditionalCheckFailed");
    CancellationReason create = refused.reasons().get(1);
    assertThat(create.failure()).get().isInstanceOf(ItemAlreadyExistsException.class);
    assertThat(create.item(Member.class)).get().extracting(Member::points).isEqualTo(10L);
    CancellationReason check = refused.reasons().get(2);
    assertThat(check.operation()).isEqualTo("check");
    assertThat(check.item()).isEmpty(); // no item at the key
    assertThat(refused).hasMessageContaining("USER#alice").hasMessageContaining("SESSION#nope");
    assertThat(coupons.get(CouponKeys.key("alice", "C1"))).isEmpty();
  }

  @Test
  void anUnreadableCurrentItemLeavesTheReasonsItemEmptyAndKeepsItsAttributes() {
    client.putItem(r -> r.tableName(ledger.tableName()).item(Map.of(
        "PK", AttributeValue.fromS("USER#mallory"), "SK", AttributeValue.fromS("PROFILE"),
        "entityType", AttributeValue.fromS("Member"), "points", AttributeValue.fromS("many"))));

    TransactionCanceledException refused = catchThrowableOfType(TransactionCanceledException.class,
        () -> ledger.transactWrite(tx -> tx.check(members, MemberKeys.key("mallory"),
            Condition.attributeNotExists(MemberAttributes.POINTS))));

    CancellationReason reason = refused.reasons().get(0);
    assertThat(reason.item()).isEmpty();
    assertThat(reason.currentValues()).containsEntry("points", AttributeValue.fromS("many"));
  }

  @Test
  void moreThanOneHundredActionsFailBeforeAnyRequestNamingTheCount() {
    use(LedgerSchema.table(client, "never-created-ledger")); // any request would fail: none is sent
    assertThatThrownBy(() -> ledger.transactWrite(tx -> {
      for (int i = 0; i < 101; i++) {
        tx.put(coupons, Coupon.of("u" + i, "C", i));
      }
    })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 101 actions")
        .hasMessageContaining("at most 100");
  }

  @Test
  void twoActionsOnOneItemFailBeforeAnyRequestNamingTheKey() {
    use(LedgerSchema.table(client, "never-created-ledger"));
    assertThatThrownBy(() -> ledger.transactWrite(tx -> {
      tx.put(coupons, Coupon.of("alice", "C", 1));
      tx.update(members.update(MemberKeys.key("alice")).add(MemberAttributes.POINTS, 1L));
      tx.delete(coupons, CouponKeys.key("alice", "C"));
    })).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two actions on the item at PK=USER#alice, SK=COUPON#C")
        .hasMessageContaining("action 0 (put Coupon) and action 2 (delete Coupon)");
  }

  @Test
  void anEntityOfAnotherTableIsRefused() {
    var other = LedgerSchema.table(client, "another-ledger").entity(Coupon.class);
    assertThatThrownBy(() -> ledger.transactWrite(tx -> tx.put(other, Coupon.of("a", "b", 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("it is an entity of table another-ledger");
  }

  @Test
  void aBodyThatThrowsSendsNothingAndTheTransactionCannotBeUsedAfterwards() {
    AtomicReference<WriteTransaction> escaped = new AtomicReference<>();
    assertThatThrownBy(() -> ledger.transactWrite(tx -> {
      escaped.set(tx);
      tx.put(coupons, Coupon.of("alice", "C", 1));
      throw new IllegalStateException("changed my mind");
    })).hasMessage("changed my mind");

    assertThat(coupons.get(CouponKeys.key("alice", "C"))).isEmpty();
    assertThatThrownBy(() -> escaped.get().put(coupons, Coupon.of("alice", "D", 1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("already sent");
    ledger.transactWrite(tx -> { }); // an empty transaction sends nothing
  }

  @Test
  void aClientRequestTokenAppliesARetriedTransactionOnce(DynamoDbServer server) {
    members.create(Member.of("alice", 0));
    for (int attempt = 0; attempt < 2; attempt++) {
      ledger.transactWrite(tx -> tx.clientRequestToken("award-2026-03-15-alice")
          .update(members.update(MemberKeys.key("alice")).add(MemberAttributes.POINTS, 50L)));
    }
    assertThat(points("alice")).isEqualTo(server.backend().deviatesOn(Deviation.CLIENT_REQUEST_TOKEN_IGNORED)
        ? 100 : 50); // moto 5.2.1 applies the retry again; DynamoDB and DynamoDB Local do not
    assertThatThrownBy(() -> ledger.transactWrite(tx -> tx.clientRequestToken("x".repeat(37))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 36 characters");
  }

  @Test
  void transactGetReturnsItemsOfAnyEntitiesInKeyOrderLeavingOutKeysWithoutItems() {
    members.create(Member.of("alice", 7));
    coupons.put(Coupon.of("alice", "C1", 3));
    sessions.put(new Session("s1", "alice", T0.plus(Duration.ofHours(1))));

    Items items = ledger.transactGet(SessionKeys.key("s1"), MemberKeys.key("nobody"), CouponKeys.key("alice", "C1"),
        MemberKeys.key("alice"));

    assertThat(items.list()).extracting(item -> item.getClass().getSimpleName())
        .containsExactly("Session", "Coupon", "Member");
    assertThat(items.first(Member.class)).get().extracting(Member::points).isEqualTo(7L);
  }

  @Test
  void transactGetRefusesMoreThanOneHundredKeysAndAKeyGivenTwice() {
    List<PrimaryKey> keys = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      keys.add(MemberKeys.key("u" + i));
    }
    assertThatThrownBy(() -> ledger.transactGet(keys)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 101 keys");
    assertThatThrownBy(() -> ledger.transactGet(MemberKeys.key("a"), MemberKeys.key("a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PK=USER#a, SK=PROFILE twice");
  }
}
