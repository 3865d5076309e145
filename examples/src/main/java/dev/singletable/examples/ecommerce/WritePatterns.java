package dev.singletable.examples.ecommerce;

import dev.singletable.CancellationReason;
import dev.singletable.Condition;
import dev.singletable.EntityTable;
import dev.singletable.ExpiredItems;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import dev.singletable.TransactionCanceledException;
import dev.singletable.VersionConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The seeds' writes that must lose nothing: seed 001's loyalty-point transfer in one transaction
 * (succeeding, then refused by its condition), seed 003's lost-update race closed by a version
 * attribute, and a session whose TTL has passed before DynamoDB deleted it.
 */
final class WritePatterns {

  private final SingleTable shop;
  private final Report report;
  private final EntityTable<User> users;

  WritePatterns(SingleTable shop, Report report) {
    this.shop = shop;
    this.report = report;
    this.users = shop.entity(User.class);
  }

  void runAll() {
    transferPoints();
    lostUpdateRace();
    expiredSession();
  }

  /** Seed 001's transferPoints: both updates or neither, the sender's points checked. */
  private void transfer(String from, String to, long points) {
    shop.transactWrite(tx -> {
      tx.update(users.update(UserKeys.key(from))
          .add(UserAttributes.POINTS, -points)
          .condition(Condition.ge(UserAttributes.POINTS, points)));
      tx.update(users.update(UserKeys.key(to)).add(UserAttributes.POINTS, points));
    });
  }

  private void transferPoints() {
    String alex = SampleData.ALEX.userId();
    String sam = SampleData.SAM.userId();
    report.pattern("Transfer loyalty points in one transaction (seed 001's transferPoints)",
        "TransactWriteItems: UpdateItem " + UserKeys.key(alex) + " ADD points -:pts IF points >= :pts;"
            + " UpdateItem " + UserKeys.key(sam) + " ADD points :pts");
    report.note("before: " + points());
    transfer(alex, sam, 200);
    report.note("transferred 200 from " + alex + " to " + sam + ": " + points());
    try {
      transfer(alex, sam, 1000);
    } catch (TransactionCanceledException e) {
      CancellationReason reason = e.failures().get(0);
      report.note("transferring 1000 is refused: action " + reason.index() + " (" + reason.key() + ") "
          + reason.code() + ", " + alex + " has " + reason.item(User.class).map(User::points).orElse(null)
          + " points; every action " + e.reasons().stream().map(CancellationReason::code).toList());
    }
    report.note("after:  " + points() + " (nothing written by the refused transfer)");
  }

  private String points() {
    return shop.transactGet(UserKeys.key(SampleData.ALEX.userId()), UserKeys.key(SampleData.SAM.userId()))
        .all(User.class).stream().map(u -> u.userId() + " " + u.points()).toList().toString();
  }

  /** Seed 003's race: two writers read the same user; the second write would undo the first. */
  private void lostUpdateRace() {
    PrimaryKey key = UserKeys.key(SampleData.SAM.userId());
    report.pattern("Two writers change one user at once (seed 003's lost-update race, closed by @Version)",
        "GetItem twice; PutItem IF version = :read; the loser reads again and retries");
    User seenByA = users.getConsistent(key).orElseThrow();
    User seenByB = users.getConsistent(key).orElseThrow();
    users.put(seenByA.withName("Samantha Lee"));
    report.note("writer A renamed the user: version " + seenByA.version() + " -> " + (seenByA.version() + 1));
    try {
      users.put(seenByB.withPoints(seenByB.points() + 50));
    } catch (VersionConflictException e) {
      report.note("writer B's put of version " + e.expectedVersion() + " conflicts: the stored version is "
          + e.currentVersion() + "; without the check it would have undone the rename");
      User current = e.currentItem(User.class).orElseThrow();
      users.put(current.withPoints(current.points() + 50));
      report.note("writer B applied +50 points to the current user and retried");
    }
    report.items(List.of(users.getConsistent(key).orElseThrow()));
  }

  /**
   * A session read after its TTL has passed, before DynamoDB deleted it: the table's clock is moved
   * two days ahead (DynamoDB, going by the real clock, has no reason to delete it meanwhile).
   */
  private void expiredSession() {
    Session session = new Session("sess-7a1b", SampleData.ALEX.userId(), Instant.now(),
        Instant.now().plus(Duration.ofHours(24)).getEpochSecond());
    shop.entity(Session.class).put(session);
    PrimaryKey key = SessionKeys.key(session.sessionId());
    SingleTable twoDaysLater = shop.withOptions(shop.options().toBuilder()
        .clock(Clock.offset(shop.options().clock(), Duration.ofDays(2))).build());
    EntityTable<Session> sessions = twoDaysLater.entity(Session.class);
    report.pattern("Two days later, a session whose TTL has passed (DynamoDB deletes up to 48 hours late)",
        "GetItem " + key + "; then the same, leaving out items whose ttl < now");
    report.note("get(key):                     " + sessions.get(key).map(s -> "returned, ttl " + s.ttl()).orElse("empty"));
    report.note("get(key, ExpiredItems.SKIP):  " + sessions.get(key, ExpiredItems.SKIP).map(s -> "returned").orElse("empty"));
  }
}
