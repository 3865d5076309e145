package dev.singletable.it.shard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Seed 001's sharded counter: {@code incrementViewCount} adds one at a random shard, and
 * {@code getViewCount} reads the shards (one partition, one query) and sums them.
 */
class ShardedCounterTest extends HotFixture {

  private static final int THREADS = 8;
  private static final int INCREMENTS = 25;

  @Test
  void concurrentIncrementsLandInSeveralShardsAndSumExactly() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        writers.add(pool.submit(() -> {
          for (int i = 0; i < INCREMENTS; i++) {
            counters.update(PageCounterKeys.randomShardKey("home")).add(PageCounterAttributes.VIEWS, 1L).execute();
          }
        }));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
    } finally {
      pool.shutdown();
    }

    List<PageCounter> shards = counters.query(PageCounterKeys.pk("home")).list();

    assertThat(shards.stream().mapToLong(PageCounter::views).sum()).isEqualTo(THREADS * INCREMENTS);
    assertThat(shards).hasSizeGreaterThan(1).allSatisfy(shard -> assertThat(shard.shard()).isBetween(0, 9));
    assertThat(shards.stream().map(PageCounter::shard).distinct().count()).isEqualTo(shards.size());
  }

  @Test
  void theShardsAreOnePartitionReadWithOneQueryAndWrittenAsSeed001Does() {
    for (int shard = 0; shard < PageCounterKeys.SHARDS; shard++) {
      counters.put(new PageCounter("about", shard, shard + 1));
    }
    counters.put(new PageCounter("other", 3, 100));

    long total = counters.query(PageCounterKeys.pk("about")).list().stream().mapToLong(PageCounter::views).sum();

    assertThat(total).isEqualTo(55);
    List<Map<String, AttributeValue>> raw = client.query(QueryRequest.builder().tableName(hot.tableName())
        .keyConditionExpression("PK = :pk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("PAGE#about")))
        .build()).items();
    assertThat(raw).extracting(item -> item.get("SK").s())
        .containsExactly("VIEWS#0", "VIEWS#1", "VIEWS#2", "VIEWS#3", "VIEWS#4", "VIEWS#5", "VIEWS#6", "VIEWS#7",
            "VIEWS#8", "VIEWS#9");
  }

  @Test
  void aRandomShardKeyIsAKeyOfOneOfTheShards() {
    for (int i = 0; i < 50; i++) {
      String sk = PageCounterKeys.randomShardKey("p").sortKey().value();
      assertThat(sk).matches("VIEWS#[0-9]");
    }
    assertThat(PageCounterKeys.pk("p").isSharded()).isFalse();
  }
}
