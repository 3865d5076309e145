package dev.singletable.it.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.ExpiredItems;
import dev.singletable.SingleTable;
import dev.singletable.SingletableException;
import dev.singletable.TableOptions;
import dev.singletable.testing.DynamoDbLocal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** {@code @Ttl}: stored as epoch seconds, enabled by createTable, and expired items left out on request. */
class TimeToLiveTest extends LedgerFixture {

  private TimeToLiveDescription timeToLive(String tableName) {
    return client.describeTimeToLive(r -> r.tableName(tableName)).timeToLiveDescription();
  }

  @Test
  void createTableEnablesTtlOnTheTtlAttribute() {
    assertThat(ledger.definition().ttlAttribute()).contains("expiresAt");
    TimeToLiveDescription ttl = timeToLive(ledger.tableName());
    assertThat(ttl.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
    assertThat(ttl.attributeName()).isEqualTo("expiresAt");
    ledger.createTable(); // again: the table has the design
  }

  /** Creates the ledger's table as other code would, without TTL. */
  private String createWithoutTtl(String hint) {
    String name = DynamoDbLocal.uniqueTableName(hint);
    client.createTable(r -> r.tableName(name).billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(a -> a.attributeName("PK").attributeType("S"), a -> a.attributeName("SK").attributeType("S"),
            a -> a.attributeName("GSI1PK").attributeType("S"), a -> a.attributeName("GSI1SK").attributeType("S"))
        .keySchema(k -> k.attributeName("PK").keyType("HASH"), k -> k.attributeName("SK").keyType("RANGE"))
        .globalSecondaryIndexes(g -> g.indexName("GSI1").projection(p -> p.projectionType("ALL"))
            .keySchema(k -> k.attributeName("GSI1PK").keyType("HASH"), k -> k.attributeName("GSI1SK").keyType("RANGE"))));
    return name;
  }

  @Test
  void anExistingTableWithTtlOffGetsIt() {
    String off = createWithoutTtl("ttl-off");
    LedgerSchema.table(client, off).createTable();
    assertThat(timeToLive(off).attributeName()).isEqualTo("expiresAt");
  }

  @Test
  void anExistingTableWithTtlOnAnotherAttributeIsReported() {
    String other = createWithoutTtl("ttl-other");
    client.updateTimeToLive(r -> r.tableName(other).timeToLiveSpecification(t -> t.attributeName("ttl").enabled(true)));

    assertThatThrownBy(() -> LedgerSchema.table(client, other).createTable())
        .isInstanceOf(SingletableException.class)
        .hasMessageContaining("Table " + other + " exists but differs from its design")
        .hasMessageContaining("TTL is enabled on attribute ttl, designed on expiresAt");
  }

  @Test
  void aDesignWithoutTtlLeavesTtlOff() {
    String name = DynamoDbLocal.uniqueTableName("no-ttl");
    dev.singletable.it.StoreHandles.table(client, name).createTable();
    assertThat(timeToLive(name).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
  }

  @Test
  void anInstantTtlIsStoredAsANumberOfEpochSeconds() {
    Instant expiry = T0.plus(Duration.ofDays(1)).plusMillis(750);
    sessions.put(new Session("s1", "alice", expiry));

    AttributeValue stored = client.getItem(r -> r.tableName(ledger.tableName())
        .key(SessionKeys.key("s1").toAttributeMap())).item().get("expiresAt");
    assertThat(stored).isEqualTo(AttributeValue.fromN(Long.toString(expiry.getEpochSecond())));
    assertThat(sessions.get(SessionKeys.key("s1")).orElseThrow().expiresAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
  }

  @Test
  void readsLeaveOutExpiredItemsPerTablePerQueryAndPerGet() {
    sessions.put(new Session("old", "alice", T0.minusSeconds(1)));
    sessions.put(new Session("now", "alice", T0)); // expires after T0: not yet expired
    sessions.put(new Session("forever", "alice", null));
    coupons.put(new Coupon("alice", "OLD", 1, T0.minusSeconds(60).getEpochSecond(), null, null));

    // By default reads return them, as DynamoDB does until it deletes them.
    assertThat(sessions.get(SessionKeys.key("old"))).isPresent();
    assertThat(sessions.query(SessionKeys.gsi1Pk("alice")).list()).hasSize(3);

    assertThat(sessions.get(SessionKeys.key("old"), ExpiredItems.SKIP)).isEmpty();
    assertThat(sessions.get(SessionKeys.key("now"), ExpiredItems.SKIP)).isPresent();
    assertThat(sessions.query(SessionKeys.gsi1Pk("alice")).onExpiredItems(ExpiredItems.SKIP).list())
        .extracting(Session::sessionId).containsExactly("forever", "now");
    assertThat(sessions.query(SessionKeys.gsi1Pk("alice")).onExpiredItems(ExpiredItems.SKIP).count()).isEqualTo(2);

    SingleTable skipping = ledger.withOptions(ledger.options().toBuilder().expiredItems(ExpiredItems.SKIP).build());
    use(skipping);
    assertThat(sessions.get(SessionKeys.key("old"))).isEmpty();
    assertThat(ledger.query(CouponKeys.pk("alice")).items().list()).isEmpty();
    assertThat(ledger.transactGet(SessionKeys.key("old"), SessionKeys.key("now")).list()).hasSize(1);
    assertThat(sessions.query(SessionKeys.gsi1Pk("alice")).onExpiredItems(ExpiredItems.KEEP).list()).hasSize(3);

    clock.advance(Duration.ofSeconds(1)); // now "now" has expired too
    assertThat(sessions.get(SessionKeys.key("now"))).isEmpty();
  }

  @Test
  void aTableWithoutTtlAcceptsTheOptionAndSkipsNothing() {
    SingleTable store = dev.singletable.it.StoreHandles.table(client, DynamoDbLocal.uniqueTableName("no-ttl"))
        .withOptions(TableOptions.builder().expiredItems(ExpiredItems.SKIP).build());
    store.createTable();
    assertThat(store.definition().ttlAttribute()).isEmpty();
    assertThat(store.query(dev.singletable.it.StoreHandles.purchaseSchema().primaryKey(
        dev.singletable.it.StoreHandles.purchase("u1", "2026-03-15", "o1", null)).partitionKey()).items().list())
        .isEmpty();
  }
}
