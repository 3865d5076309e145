package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.EntityTable;
import dev.singletable.SingleTable;
import dev.singletable.TableOptions;
import dev.singletable.testing.Deviation;
import dev.singletable.testing.DynamoDbLocal;
import dev.singletable.testing.DynamoDbLocalExtension;
import dev.singletable.testing.DynamoDbServer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The table's capacity listener hears every request's consumed capacity; without one, no request asks for it. */
@ExtendWith(DynamoDbLocalExtension.class)
class CapacityListenerTest {

  /** What each operation's request asked for: ReturnConsumedCapacity, by the SDK's operation name. */
  private final Map<String, String> asked = new ConcurrentHashMap<>();
  private final ExecutionInterceptor recorder = new ExecutionInterceptor() {
    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      String operation = context.request().getClass().getSimpleName().replace("Request", "");
      asked.put(operation, context.request().getValueForField("ReturnConsumedCapacity", String.class).orElse("(none)"));
    }
  };

  @Test
  void everyOperationReportsWhatItConsumedToTheListener(DynamoDbServer server) {
    List<String> heard = new CopyOnWriteArrayList<>();
    List<Double> units = new CopyOnWriteArrayList<>();
    try (DynamoDbClient client = FaultInjector.client(server, recorder)) {
      SingleTable store = StoreSchema.table(client, DynamoDbLocal.uniqueTableName("capacity"))
          .withOptions(TableOptions.builder().capacityListener((operation, capacity) -> {
            heard.add(operation);
            units.add(capacity.capacityUnits());
          }).build());
      store.createTable();
      EntityTable<Purchase> purchases = store.entity(Purchase.class);
      Purchase order = Purchase.of("u1", "2026-03-15", "o1", Status.PENDING, 1250);

      purchases.put(order);
      purchases.get(PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "o1"));
      purchases.query(PurchaseKeys.pk("u1")).list();
      purchases.update(PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "o1"))
          .set(PurchaseUpdate.status(Status.SHIPPED)).patch().execute();
      store.batchPut(List.of(order, new Customer("u1", "One", "one@example.com", null)));
      store.batchGet(List.of(CustomerKeys.key("u1")));
      store.batchDelete(List.of(CustomerKeys.key("u1")));
      purchases.delete(PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "o1"));
      store.transactWrite(tx -> tx.put(purchases, order));
      store.transactGet(PurchaseKeys.key("u1", LocalDate.parse("2026-03-15"), "o1"));
    }

    List<String> expected = new ArrayList<>(List.of("PutItem", "GetItem", "Query", "UpdateItem", "BatchWriteItem",
        "BatchGetItem", "BatchWriteItem", "DeleteItem", "TransactWriteItems", "TransactGetItems"));
    if (server.backend().deviatesOn(Deviation.TRANSACT_WRITE_CONSUMED_CAPACITY_NOT_RETURNED)) {
      expected.remove("TransactWriteItems"); // nothing reported, nothing heard
    }
    assertThat(heard).containsExactlyElementsOf(expected);
    assertThat(units).allMatch(u -> u > 0);
    assertThat(asked).containsEntry("PutItem", "INDEXES").containsEntry("BatchWriteItem", "INDEXES")
        .containsEntry("Query", "INDEXES");
  }

  @Test
  void withoutAListenerNoRequestAsksForIt(DynamoDbServer server) {
    try (DynamoDbClient client = FaultInjector.client(server, recorder)) {
      SingleTable store = StoreSchema.table(client, DynamoDbLocal.uniqueTableName("no-capacity"));
      store.createTable();
      store.entity(Customer.class).put(new Customer("u1", "One", "one@example.com", null));
      store.batchGet(List.of(CustomerKeys.key("u1")));
      store.entity(Customer.class).query(CustomerKeys.pk("u1")).list();
    }
    assertThat(asked).containsEntry("PutItem", "(none)").containsEntry("BatchGetItem", "(none)")
        .containsEntry("Query", "(none)");
  }
}
