package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.singletable.Items;
import dev.singletable.PrimaryKey;
import dev.singletable.UnprocessedItemsException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** batchGet on the table (mixed entities) and on an entity table, with the faults DynamoDB produces injected. */
class BatchGetTest extends BatchFixture {

  @Test
  void readsItemsOfEveryEntityInKeyOrderEachOnce() {
    List<Object> items = mixedItems(150);
    store.batchPut(items);
    List<PrimaryKey> keys = new ArrayList<>(keysOf(items));
    java.util.Collections.reverse(keys);
    keys.add(keys.get(0)); // asked for twice
    keys.add(1, CustomerKeys.key("nobody")); // no item there
    int before = faults.executions();

    Items read = store.batchGet(keys);

    List<Object> expected = new ArrayList<>(items);
    java.util.Collections.reverse(expected);
    assertThat(read.list()).containsExactlyElementsOf(expected);
    assertThat(read.all(Customer.class)).hasSize(50);
    assertThat(faults.executions() - before).isEqualTo(2); // 100 + 50 distinct keys
  }

  @Test
  void anItemOfNoEntityIsKeptRawAsInAMixedQuery() {
    client.putItem(r -> r.tableName(store.tableName()).item(Map.of(
        "PK", AttributeValue.fromS("LEGACY#1"), "SK", AttributeValue.fromS("X"),
        "entityType", AttributeValue.fromS("Legacy"))));
    store.batchPut(List.of(new Customer("u1", "One", "one@example.com", null)));

    Items read = store.batchGet(List.of(CustomerKeys.key("u1"),
        PrimaryKey.of(dev.singletable.PartitionKey.of(null, "PK", "LEGACY#1"), dev.singletable.SortKey.of(null, "SK", "X"))));

    assertThat(read.list()).containsExactly(new Customer("u1", "One", "one@example.com", null));
    assertThat(read.unrecognized()).singleElement().satisfies(raw -> assertThat(raw.get("PK").s()).isEqualTo("LEGACY#1"));
  }

  @Test
  void anEntityTableReadsItsOwnItemsAndRefusesKeysOfOthers() {
    List<Object> items = mixedItems(30);
    store.batchPut(items);
    List<Purchase> purchases = items.stream().filter(Purchase.class::isInstance).map(Purchase.class::cast).toList();

    assertThat(store.entity(Purchase.class).batchGet(keysOf(purchases))).containsExactlyElementsOf(purchases);
    assertThatThrownBy(() -> store.entity(Purchase.class).batchGet(List.of(CustomerKeys.key("c0"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key 0: PK=USER#c0, SK=PROFILE is not a key of Purchase: it does not fit PK \"USER#<userId>\","
            + " SK \"ORDER#<date>#<orderId>\"");
  }

  @Test
  void unprocessedKeysAreAskedForAgainUntilRead() {
    List<Object> items = mixedItems(150);
    store.batchPut(items);
    faults.plan(everyOtherUnprocessedAtFirst(faults.executions() + 6));

    assertThat(store.batchGet(keysOf(items), FAST).list()).containsExactlyElementsOf(items);
  }

  @Test
  void aSpentBudgetThrowsExactlyTheKeysNotRead() {
    List<Object> items = mixedItems(150);
    store.batchPut(items);
    PrimaryKey stuck = PurchaseKeys.key("c120", LocalDate.parse("2026-03-" + (10 + 121 % 19)), "o121");
    faults.plan(stuck(List.of(stuck)));

    UnprocessedItemsException e = catchThrowableOfType(UnprocessedItemsException.class,
        () -> store.batchGet(keysOf(items), FAST.toBuilder().parallelism(1).maxRetries(2).build()));

    assertThat(e.unprocessedKeys()).containsExactly(stuck);
    assertThat(e.unprocessedItems()).isEmpty();
    assertThat(e).hasMessageContaining("batchGet on table " + store.tableName() + " left 1 of 150 keys not done");
  }

  @Test
  void throttledReadsAreRetried() {
    List<Object> items = mixedItems(120);
    store.batchPut(items);
    int written = faults.executions();
    faults.plan(new FaultInjector.Plan() {
      @Override
      public boolean throttled(int execution, List<Map<String, AttributeValue>> elements) {
        return execution <= written + 2;
      }
    });

    assertThat(store.batchGet(keysOf(items), FAST.toBuilder().parallelism(1).build()).list())
        .containsExactlyElementsOf(items);
    assertThat(faults.throttledAttempts()).isEqualTo(4);
  }

  @Test
  void queryHydrationReadsThroughTheSameBatches() {
    List<Object> items = mixedItems(30);
    store.batchPut(items);
    faults.plan(everyOtherUnprocessedAtFirst(faults.executions() + 2));

    List<Purchase> pending = store.withOptions(store.options().toBuilder().batchOptions(FAST).build())
        .entity(Purchase.class).query(PurchaseKeys.gsi1Pk(Status.PENDING)).hydrate();

    assertThat(pending).isNotEmpty().allMatch(p -> p.status() == Status.PENDING)
        .containsExactlyInAnyOrderElementsOf(items.stream().filter(Purchase.class::isInstance).map(Purchase.class::cast)
            .filter(p -> p.status() == Status.PENDING).toList());
  }
}
