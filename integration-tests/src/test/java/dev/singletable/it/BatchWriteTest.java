package dev.singletable.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.singletable.BatchOptions;
import dev.singletable.ItemTooLargeException;
import dev.singletable.PrimaryKey;
import dev.singletable.UnprocessedItemsException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/** batchPut and batchDelete against DynamoDB Local, with the faults DynamoDB produces injected. */
class BatchWriteTest extends BatchFixture {

  @Test
  void putsMixedItemsOfAnyNumberInChunksOf25() {
    List<Object> items = mixedItems(60);

    store.batchPut(items);

    assertThat(faults.executions()).isEqualTo(3); // 25 + 25 + 10
    assertThat(storedKeys()).containsExactlyInAnyOrderElementsOf(keysOf(items));
    assertThat(store.batchGet(keysOf(items)).list()).containsExactlyElementsOf(items);
  }

  @Test
  void anEntityTableBatchPutWritesWhatASinglePutWrites() {
    Purchase flagged = Purchase.of("u1", "2026-03-15", "o1", Status.PENDING, 4200).flagged(java.time.Instant.parse("2026-03-16T08:00:00Z"));
    Purchase plain = Purchase.of("u1", "2026-03-16", "o2", Status.SHIPPED, 100);

    store.entity(Purchase.class).batchPut(List.of(flagged, plain));

    // The sparse GSI2 holds only the flagged order, as after single puts.
    assertThat(store.entity(Purchase.class).query(PurchaseKeys.gsi2Pk()).list()).containsExactly(flagged);
    assertThat(store.entity(Purchase.class).query(PurchaseKeys.gsi1Pk(Status.SHIPPED)).list()).containsExactly(plain);
  }

  @Test
  void duplicateKeysAreWrittenOnceAndTheLastItemGivenWins() {
    Customer first = new Customer("u1", "First", "a@example.com", null);
    Customer last = new Customer("u1", "Last", "b@example.com", null);
    Customer other = new Customer("u2", "Other", "c@example.com", null);

    store.batchPut(List.of(first, other, last)); // DynamoDB would refuse a request naming u1 twice

    assertThat(store.entity(Customer.class).get(CustomerKeys.key("u1"))).contains(last);
    assertThat(storedKeys()).hasSize(2);
    assertThat(faults.executions()).isEqualTo(1);
  }

  @Test
  void deletesKeysOfAnyEntityOnceEachWithoutCaringWhetherAnItemIsThere() {
    List<Object> items = mixedItems(40);
    store.batchPut(items);
    List<PrimaryKey> doomed = new ArrayList<>(keysOf(items.subList(0, 30)));
    doomed.add(doomed.get(0)); // twice
    doomed.add(CustomerKeys.key("nobody"));

    store.batchDelete(doomed);

    assertThat(storedKeys()).containsExactlyInAnyOrderElementsOf(keysOf(items.subList(30, 40)));
  }

  @Test
  void badItemsAreRefusedBeforeAnyRequestEveryOneListed() {
    List<Object> items = new ArrayList<>(mixedItems(3));
    items.add(null);
    items.add("not an entity");
    items.add(Purchase.of(null, "2026-03-15", null, Status.PENDING, 1));
    items.add(new Customer("big", "x".repeat(410_000), "big@example.com", null));

    IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class,
        () -> store.batchPut(items));

    assertThat(refused).hasMessageContaining("batchPut refused 4 of 7 items, so it sent nothing")
        .hasMessageContaining("item 3: null")
        .hasMessageContaining("item 4: a java.lang.String, which is not an entity of table")
        .hasMessageContaining("item 5: ").hasMessageContaining("userId").hasMessageContaining("orderId")
        .hasMessageContaining("item 6: Customer at PK=USER#big, SK=PROFILE is 410109 bytes, over DynamoDB's limit")
        .hasMessageContaining("largest attributes: name 410004 bytes, GSI1PK 26 bytes");
    assertThat(refused.getCause()).isInstanceOf(dev.singletable.InvalidKeyException.class);
    assertThat(refused.getSuppressed()).singleElement().isInstanceOf(ItemTooLargeException.class);
    assertThat(faults.executions()).isZero();
    assertThat(storedKeys()).isEmpty();
  }

  @Test
  void anEntityTableRefusesKeysOfOtherEntitiesBeforeAnyRequest() {
    assertThatThrownBy(() -> store.entity(Purchase.class).batchDelete(
        List.of(CustomerKeys.key("u1"), PurchaseKeys.key("u1", java.time.LocalDate.parse("2026-03-15"), "o1"),
            ProductKeys.key("p1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refused 2 of 3 keys")
        .hasMessageContaining("key 0: PK=USER#u1, SK=PROFILE is not a key of Purchase")
        .hasMessageContaining("key 2: PK=PRODUCT#p1, SK=METADATA is not a key of Purchase");
    assertThat(faults.executions()).isZero();
  }

  @Test
  void unprocessedItemsAreSentAgainUntilWritten() {
    List<Object> items = mixedItems(60);
    faults.plan(everyOtherUnprocessedAtFirst(6));

    store.batchPut(items, FAST);

    assertThat(storedKeys()).containsExactlyInAnyOrderElementsOf(keysOf(items));
    assertThat(faults.executions()).isGreaterThan(3);
  }

  @Test
  void unprocessedDeletesAreSentAgainUntilDone() {
    List<Object> items = mixedItems(60);
    store.batchPut(items);
    faults.plan(everyOtherUnprocessedAtFirst(8));

    store.batchDelete(keysOf(items), FAST);

    assertThat(storedKeys()).isEmpty();
  }

  @Test
  void aSpentBudgetThrowsExactlyTheItemsNotWritten() {
    List<Object> items = mixedItems(60);
    Object stuckCustomer = items.get(54);
    Object stuckProduct = items.get(59);
    faults.plan(stuck(keysOf(List.of(stuckCustomer, stuckProduct))));
    BatchOptions oneAtATime = FAST.toBuilder().parallelism(1).maxRetries(3).build();

    UnprocessedItemsException e = catchThrowableOfType(UnprocessedItemsException.class,
        () -> store.batchPut(items, oneAtATime));

    assertThat(e.unprocessedItems()).containsExactly(stuckCustomer, stuckProduct);
    assertThat(e.unprocessedKeys()).isEmpty();
    assertThat(e).hasMessageContaining("left 2 of 60 items not done")
        .hasMessageContaining("after 3 retries (BatchOptions.maxRetries)")
        .hasMessageContaining("Customer at PK=USER#c54, SK=PROFILE").hasNoCause();
    List<Object> written = new ArrayList<>(items);
    written.removeAll(List.of(stuckCustomer, stuckProduct));
    assertThat(storedKeys()).containsExactlyInAnyOrderElementsOf(keysOf(written));
    assertThat(faults.executions()).isEqualTo(2 + 4); // two whole chunks, then the last one and 3 retries
  }

  @Test
  void aSpentBudgetStopsEveryChunkAndThrowsAllThatWasNotWritten() {
    List<Object> items = mixedItems(200);
    faults.plan(stuck(List.of(CustomerKeys.key("c0"))));

    UnprocessedItemsException e = catchThrowableOfType(UnprocessedItemsException.class,
        () -> store.batchPut(items, FAST.toBuilder().parallelism(4).maxRetries(2).build()));

    Set<PrimaryKey> notWritten = new HashSet<>(keysOf(e.unprocessedItems()));
    assertThat(notWritten).contains(CustomerKeys.key("c0"));
    assertThat(storedKeys()).noneMatch(notWritten::contains);
    Set<PrimaryKey> all = new HashSet<>(storedKeys());
    all.addAll(notWritten);
    assertThat(all).containsExactlyInAnyOrderElementsOf(keysOf(items));
    assertThat(e.unprocessedItems()).isSortedAccordingTo((a, b) -> items.indexOf(a) - items.indexOf(b));
  }

  @Test
  void aSpentBudgetOnADeleteThrowsExactlyTheKeysNotDeleted() {
    List<Object> items = mixedItems(30);
    store.batchPut(items);
    faults.plan(stuck(List.of(CustomerKeys.key("c3"))));

    UnprocessedItemsException e = catchThrowableOfType(UnprocessedItemsException.class,
        () -> store.batchDelete(keysOf(items), FAST.toBuilder().maxRetries(1).build()));

    assertThat(e.unprocessedKeys()).containsExactly(CustomerKeys.key("c3"));
    assertThat(e.unprocessedItems()).isEmpty();
    assertThat(storedKeys()).containsExactly(CustomerKeys.key("c3"));
  }

  @Test
  void throttledRequestsAreRetriedByTheSdkThenByTheBatch() {
    List<Object> items = mixedItems(30);
    faults.plan(new FaultInjector.Plan() {
      @Override
      public boolean throttled(int execution, List<Map<String, AttributeValue>> elements) {
        return execution <= 2;
      }
    });

    store.batchPut(items, FAST.toBuilder().parallelism(1).build());

    assertThat(storedKeys()).containsExactlyInAnyOrderElementsOf(keysOf(items));
    assertThat(faults.throttledAttempts()).isEqualTo(4); // two executions, each tried twice by the SDK
  }

  @Test
  void whenTheSdkAndTheBudgetGiveUpOnThrottlingTheChunksItemsAreThrown() {
    List<Object> items = mixedItems(30);
    PrimaryKey inLastChunk = keyOf(items.get(25));
    faults.plan(new FaultInjector.Plan() {
      @Override
      public boolean throttled(int execution, List<Map<String, AttributeValue>> elements) {
        return elements.stream().anyMatch(e -> e.get("PK").s().equals(inLastChunk.partitionKey().value())
            && e.get("SK").s().equals(inLastChunk.sortKey().value())); // the second chunk, always
      }
    });

    UnprocessedItemsException e = catchThrowableOfType(UnprocessedItemsException.class,
        () -> store.batchPut(items, FAST.toBuilder().parallelism(1).maxRetries(2).build()));

    assertThat(e.unprocessedItems()).containsExactlyElementsOf(items.subList(25, 30));
    assertThat(e).hasCauseInstanceOf(ProvisionedThroughputExceededException.class)
        .hasMessageContaining("still throttled after the SDK's retries and 2 retries");
    assertThat(storedKeys()).containsExactlyInAnyOrderElementsOf(keysOf(items.subList(0, 25)));
    assertThat(faults.throttledAttempts()).isEqualTo(3 * 2); // the chunk and 2 retries, each tried twice by the SDK
  }

  @Test
  void chunksInFlightStayWithinTheBoundAndNoThreadOutlivesTheCall() {
    List<Object> items = mixedItems(200);

    store.batchPut(items, BatchOptions.builder().parallelism(3).build());

    assertThat(faults.maxInFlight()).isBetween(1, 3);
    assertThat(faults.executions()).isEqualTo(8);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("singletable-batch-"));
    assertThat(storedKeys()).hasSize(200);
  }

  @Test
  void helpersRunOnTheExecutorGiven() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2, task -> new Thread(task, "app-pool"));
    try {
      store.batchPut(mixedItems(100), BatchOptions.builder().parallelism(3).executor(pool).build());
    } finally {
      pool.shutdown();
    }
    assertThat(faults.threads()).isSubsetOf(Thread.currentThread().getName(), "app-pool");
    assertThat(storedKeys()).hasSize(100);
  }

  @Test
  void aSaturatedExecutorNeverBlocksTheCall() {
    ExecutorService busy = Executors.newSingleThreadExecutor(task -> new Thread(task, "busy"));
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    try {
      busy.execute(() -> {
        try {
          release.await(); // occupied until the batch is done: its helper tasks wait in the queue
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      store.batchPut(mixedItems(100), BatchOptions.builder().parallelism(4).executor(busy).build());
    } finally {
      release.countDown();
      busy.shutdown();
    }
    assertThat(faults.threads()).containsOnly(Thread.currentThread().getName());
    assertThat(storedKeys()).hasSize(100);
  }

  @Test
  void anEmptyBatchSendsNothing() {
    store.batchPut(List.of());
    store.batchDelete(List.of());
    assertThat(store.batchGet(List.of()).list()).isEmpty();
    assertThat(faults.executions()).isZero();
  }

  @Test
  void anInterruptedCallerStopsAndThrowsWhatItDidNotWrite() {
    List<Object> items = mixedItems(60);
    Thread.currentThread().interrupt();
    UnprocessedItemsException e;
    try {
      e = catchThrowableOfType(UnprocessedItemsException.class, () -> store.batchPut(items, FAST));
    } finally {
      assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
    }

    Set<PrimaryKey> notWritten = new HashSet<>(keysOf(e.unprocessedItems()));
    assertThat(notWritten).isNotEmpty();
    assertThat(storedKeys()).noneMatch(notWritten::contains);
    Set<PrimaryKey> all = new HashSet<>(storedKeys());
    all.addAll(notWritten);
    assertThat(all).containsExactlyInAnyOrderElementsOf(keysOf(items));
  }

  @Test
  void aKeyOfAnotherTableDesignIsRefused() {
    PrimaryKey foreign = PrimaryKey.of(dev.singletable.PartitionKey.of(null, "pk", "USER#u1"),
        dev.singletable.SortKey.of(null, "sk", "PROFILE"));

    assertThatThrownBy(() -> store.batchDelete(List.of(foreign)))
        .hasMessageContaining("key 0: pk=USER#u1, sk=PROFILE names other key attributes than the table's PK and SK");
  }
}
