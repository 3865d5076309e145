package dev.singletable.it.interop;

import static dev.singletable.it.interop.JsonItems.plus;
import static dev.singletable.it.interop.JsonItems.shape;
import static dev.singletable.it.interop.Seed001Scenario.ANN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.Items;
import dev.singletable.it.interop.seed001.OrderItem;
import dev.singletable.it.interop.seed001.OrderItemKeys;
import dev.singletable.it.interop.seed001.Session;
import dev.singletable.it.interop.seed001.SessionKeys;
import dev.singletable.it.interop.seed001.User;
import dev.singletable.it.interop.seed001.UserKeys;
import dev.singletable.testing.DynamoDbLocalExtension;
import dev.singletable.testing.DynamoDbServer;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Seed 001's batchCreateOrderItems as one singletable batchPut of
 * 30 items (two requests of at most 25): each lands in the shape the JavaScript's batches write
 * (plus the key's orderId); a mixed batchGet reads items the JavaScript wrote, with and without a
 * type attribute.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class InteropBatchesTest {

  @Test
  void orderItemsInBatchesBothWays(DynamoDbServer server, DynamoDbClient client) {
    Seed001Scenario table = new Seed001Scenario(server, client);
    table.writeWithJavaScript();
    List<OrderItem> lines = IntStream.range(0, Seed001Scenario.ORDER_ITEMS)
        .mapToObj(i -> new OrderItem("STO-1", Seed001Scenario.productId(i), Seed001Scenario.quantity(i),
            Seed001Scenario.price(i)))
        .toList();

    table.shop.batchPut(lines);

    assertThat(table.orderItems.query(OrderItemKeys.pk("STO-1")).list()).containsExactlyElementsOf(lines);
    for (int i = 0; i < Seed001Scenario.ORDER_ITEMS; i++) {
      String sk = "ITEM#" + Seed001Scenario.productId(i);
      assertThat(shape(table.raw("ORDER#STO-1", sk))).isEqualTo(plus(shape(table.raw("ORDER#JSO-1", sk)), "S", "orderId"));
    }
    Items got = table.shop.batchGet(List.of(UserKeys.key(ANN), SessionKeys.key("S-1"), OrderItemKeys.key("JSO-1", "P-07")));
    assertThat(got.unrecognized()).isEmpty();
    assertThat(got.first(User.class)).isPresent();
    assertThat(got.first(Session.class)).isPresent();
    assertThat(got.first(OrderItem.class)).contains(new OrderItem("JSO-1", "P-07", Seed001Scenario.quantity(7),
        Seed001Scenario.price(7)));
  }
}
