package dev.singletable.it.tx;

import dev.singletable.EntityTable;
import dev.singletable.SingleTable;
import dev.singletable.TableOptions;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Gives each test a fresh {@link Ledger} table on the shared DynamoDB Local, with a clock the test sets. */
@ExtendWith(DynamoDbLocalExtension.class)
abstract class LedgerFixture {

  /**
   * The tests' now: far ahead of the real clock, so that DynamoDB Local, which deletes expired
   * items by the real clock, never deletes an item the tests' clock calls expired.
   */
  static final Instant T0 = Instant.parse("2100-03-15T10:00:00Z");

  DynamoDbClient client;
  MutableClock clock;
  SingleTable ledger;
  EntityTable<Member> members;
  EntityTable<Counter> counters;
  EntityTable<Session> sessions;
  EntityTable<Coupon> coupons;

  @BeforeEach
  void createTable(DynamoDbClient client) {
    this.client = client;
    this.clock = new MutableClock(T0);
    use(LedgerSchema.table(client, DynamoDbLocal.uniqueTableName("ledger"))
        .withOptions(TableOptions.builder().clock(clock).build()));
    ledger.createTable();
  }

  /** Points the fixture's handles at {@code table}. */
  void use(SingleTable table) {
    this.ledger = table;
    this.members = table.entity(Member.class);
    this.counters = table.entity(Counter.class);
    this.sessions = table.entity(Session.class);
    this.coupons = table.entity(Coupon.class);
  }
}
