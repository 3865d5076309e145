package dev.singletable.it.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.singletable.CancellationReason;
import dev.singletable.SingleTable;
import dev.singletable.TransactionCanceledException;
import dev.singletable.testing.DynamoDbServer;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * DynamoDB's faults, injected through an {@code ExecutionInterceptor} on a real client of the test
 * server: a transaction cancelled by a {@code TransactionConflict} on one action, and throttling,
 * which the SDK retries and which surfaces unchanged when its retries run out.
 */
class FaultsTest extends LedgerFixture {

  private final Faults faults = new Faults();
  private DynamoDbClient faulty;

  private SingleTable faulty(DynamoDbServer server, Consumer<ClientOverrideConfiguration.Builder> config) {
    faulty = server.clientBuilder()
        .overrideConfiguration(o -> config.accept(o.addExecutionInterceptor(faults)))
        .build();
    return LedgerSchema.table(faulty, ledger.tableName()).withOptions(ledger.options());
  }

  @AfterEach
  void closeClient() {
    if (faulty != null) {
      faulty.close();
    }
  }

  @Test
  void aTransactionConflictOnOneActionCancelsTheTransactionAndIsRetryable(DynamoDbServer server) {
    members.create(Member.of("alice", 500));
    members.create(Member.of("bob", 100));
    SingleTable table = faulty(server, o -> { });
    faults.cancelNextTransaction = List.of("None", "TransactionConflict");

    TransactionCanceledException conflict = catchThrowableOfType(TransactionCanceledException.class,
        () -> table.transactWrite(tx -> tx
            .update(members.update(MemberKeys.key("alice")).add(MemberAttributes.POINTS, -200L))
            .update(members.update(MemberKeys.key("bob")).add(MemberAttributes.POINTS, 200L))));

    assertThat(conflict.reasons()).extracting(CancellationReason::code).containsExactly("None", "TransactionConflict");
    CancellationReason reason = conflict.reasons().get(1);
    assertThat(reason.key()).isEqualTo(MemberKeys.key("bob"));
    assertThat(reason.entityClass()).isEqualTo(Member.class);
    assertThat(reason.message()).isEqualTo("Transaction is ongoing for the item");
    assertThat(reason.item()).isEmpty();
    assertThat(reason.failure()).isEmpty();
    assertThat(conflict.isRetryable()).isTrue();
    assertThat(conflict).hasMessageContaining("action 1 (update Member at PK=USER#bob, SK=PROFILE): TransactionConflict")
        .hasMessageNotContaining("USER#alice");
    assertThat(members.get(MemberKeys.key("alice")).orElseThrow().points()).isEqualTo(500); // nothing written

    table.transactWrite(tx -> tx // the retry goes through
        .update(members.update(MemberKeys.key("alice")).add(MemberAttributes.POINTS, -200L))
        .update(members.update(MemberKeys.key("bob")).add(MemberAttributes.POINTS, 200L)));
    assertThat(members.get(MemberKeys.key("bob")).orElseThrow().points()).isEqualTo(300);
  }

  @Test
  void theSdkRetriesThrottlingWithItsDefaultRetryStrategy(DynamoDbServer server) {
    sessions.put(new Session("s1", "alice", null));
    SingleTable table = faulty(server, o -> { });
    faults.throttleGets.set(2);

    assertThat(table.entity(Session.class).get(SessionKeys.key("s1"))).isPresent();
    assertThat(faults.attempts).hasValue(3); // two throttled attempts, then the one that read the item
  }

  @Test
  void whenRetriesRunOutTheSdksThrottlingExceptionSurfaces(DynamoDbServer server) {
    SingleTable table = faulty(server, o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .maxAttempts(3).backoffStrategy(BackoffStrategy.retryImmediately())
        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()).build()));
    faults.throttleGets.set(Integer.MAX_VALUE);

    DynamoDbException throttled = catchThrowableOfType(DynamoDbException.class,
        () -> table.entity(Session.class).get(SessionKeys.key("s1")));

    assertThat(throttled.isThrottlingException()).isTrue();
    assertThat(throttled.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
    assertThat(faults.attempts).hasValue(3);
  }
}
