package dev.singletable.it.interop;

import static dev.singletable.it.interop.Seed001Scenario.ANN;
import static dev.singletable.it.interop.Seed001Scenario.BOB;
import static dev.singletable.it.interop.Seed001Scenario.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.CancellationReason;
import dev.singletable.Condition;
import dev.singletable.TransactionCanceledException;
import dev.singletable.it.interop.seed001.UserAttributes;
import dev.singletable.it.interop.seed001.UserKeys;
import dev.singletable.it.interop.seed001.UserUpdate;
import dev.singletable.testing.DynamoDbLocalExtension;
import dev.singletable.testing.DynamoDbServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Seed 001's transferPoints as a singletable transaction on the
 * users the JavaScript wrote: the JavaScript's getUser sees the points moved, a transfer of more
 * than the sender has is refused with one reason per action, and the JavaScript's own transfer
 * then works on the same items.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class InteropTransactionsTest {

  @Test
  void singletableTransfersPointsTheJavaScriptThenSees(DynamoDbServer server, DynamoDbClient client) {
    Seed001Scenario table = new Seed001Scenario(server, client);
    table.writeWithJavaScript();
    table.users.update(UserKeys.key(ANN)).set(UserUpdate.points(500L)).patch().execute();
    table.users.update(UserKeys.key(BOB)).set(UserUpdate.points(0L)).patch().execute();

    table.shop.transactWrite(tx -> {
      tx.update(table.users.update(UserKeys.key(ANN)).add(UserAttributes.POINTS, -100L)
          .condition(Condition.ge(UserAttributes.POINTS, 100L)));
      tx.update(table.users.update(UserKeys.key(BOB)).add(UserAttributes.POINTS, 100L));
    });
    assertThatThrownBy(() -> table.shop.transactWrite(tx -> {
      tx.update(table.users.update(UserKeys.key(BOB)).add(UserAttributes.POINTS, -1000L)
          .condition(Condition.ge(UserAttributes.POINTS, 1000L)));
      tx.update(table.users.update(UserKeys.key(ANN)).add(UserAttributes.POINTS, 1000L));
    })).isInstanceOfSatisfying(TransactionCanceledException.class, e -> assertThat(e.reasons())
        .extracting(CancellationReason::code).containsExactly("ConditionalCheckFailed", "None"));

    JsonNode read = table.readWithJavaScript(List.of(ANN, BOB), List.of(), List.of());
    assertThat(Seed001Scenario.user(at(read, "users", ANN)).points()).isEqualTo(400L);
    assertThat(Seed001Scenario.user(at(read, "users", BOB)).points()).isEqualTo(100L);
    table.javaScript.run("transfer", "{\"from\": \"" + BOB + "\", \"to\": \"" + ANN + "\", \"points\": 30}");
    assertThat(table.users.get(UserKeys.key(ANN)).orElseThrow().points()).isEqualTo(430L);
    assertThat(table.users.get(UserKeys.key(BOB)).orElseThrow().points()).isEqualTo(70L);
  }
}
