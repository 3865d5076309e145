package dev.singletable.it.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.EntityTable;
import dev.singletable.Page;
import dev.singletable.PartitionKey;
import dev.singletable.PrimaryKey;
import dev.singletable.SingleTable;
import dev.singletable.TableOptions;
import dev.singletable.testing.DynamoDbServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * Seed 001's sharded GSI partition ({@code STATUS#active#3}): tickets of a queue spread over four
 * shards of GSI1 by their primary key, and one query of the queue that reads every shard in
 * parallel and merges them in rank order, page after page.
 */
class ShardedIndexTest extends HotFixture {

  private List<Ticket> support;

  @BeforeEach
  void fillTwoQueues() {
    support = new ArrayList<>();
    for (int rank = 0; rank < 24; rank++) {
      Ticket ticket = new Ticket("t" + rank, "support", rank * 10, "ticket " + rank);
      tickets.put(ticket);
      support.add(ticket);
      tickets.put(new Ticket("b" + rank, "billing", rank, "billing " + rank));
    }
    agents.put(new Agent("a1", "support"));
  }

  private Map<String, AttributeValue> raw(PrimaryKey key) {
    return client.getItem(GetItemRequest.builder().tableName(hot.tableName()).key(key.toAttributeMap()).build()).item();
  }

  private static String rendered(int shard) {
    return String.format("%010d", shard);
  }

  @Test
  void itemsSpreadOverEveryShardByTheDocumentedHash() {
    Set<Integer> used = new java.util.HashSet<>();
    for (Ticket ticket : support) {
      PrimaryKey key = TicketKeys.key(ticket.ticketId());
      int shard = documentedShard(key.partitionKey().value(), key.sortKey().value(), TicketKeys.GSI1_SHARDS);
      Map<String, AttributeValue> item = raw(key);

      assertThat(item.get("GSI1PK").s()).isEqualTo("QUEUE#support#" + rendered(shard));
      assertThat(TicketKeys.gsi1Shard(key)).isEqualTo(shard);
      int bucket = documentedShard(key.partitionKey().value(), key.sortKey().value(), TicketKeys.KEYS_GSI_SHARDS);
      assertThat(item.get("Keys-GSIPK").s()).isEqualTo("Q#support#" + String.format("%02d", bucket));
      used.add(shard);
    }
    assertThat(used).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void theDocumentedHashIsCrc32OfTheKeysUtf8BytesWithAZeroByteBetween() {
    assertThat(crc32("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0xCBF43926L); // CRC-32's check value
    PrimaryKey key = TicketKeys.key("\u00e9\u20ac\ud83d\ude00 #");
    String pk = key.partitionKey().value();
    String sk = key.sortKey().value();

    assertThat(TicketKeys.gsi1Shard(key)).isEqualTo(documentedShard(pk, sk, 4))
        .isEqualTo((int) (crc32((pk + "\u0000" + sk).getBytes(StandardCharsets.UTF_8)) % 4));
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  @Test
  void aQueryReturnsExactlyTheLogicalPartitionInSortKeyOrderBothWays() {
    List<Ticket> ascending = tickets.query(TicketKeys.gsi1Pk("support")).list();
    List<Ticket> descending = tickets.query(TicketKeys.gsi1Pk("support")).descending().list();

    assertThat(ascending).containsExactlyElementsOf(support);
    assertThat(descending).containsExactlyElementsOf(reversed(support));
    assertThat(tickets.query(TicketKeys.gsi1Pk("support")).between(TicketKeys.gsi1Sk(50), TicketKeys.gsi1Sk(120))
        .descending().list()).extracting(Ticket::rank).containsExactly(120, 110, 100, 90, 80, 70, 60, 50);
    assertThat(tickets.query(TicketKeys.gsi1Pk("support")).limit(5).list()).containsExactlyElementsOf(support.subList(0, 5));
  }

  @Test
  void pagesOfASmallLimitAcrossShardsReturnEachItemOnce() {
    for (boolean descending : new boolean[] {false, true}) {
      List<Ticket> read = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        var query = tickets.query(TicketKeys.gsi1Pk("support")).limit(5).after(cursor);
        Page<Ticket> page = (descending ? query.descending() : query).page();
        read.addAll(page.items());
        cursor = page.cursor();
        pages++;
      } while (cursor != null);

      assertThat(read).containsExactlyElementsOf(descending ? reversed(support) : support);
      assertThat(pages).isBetween(5, 6); // 24 items: 5 pages, and an empty one if the last full page could not tell
    }
  }

  @Test
  void aCursorOfAnotherQueryIsRefusedBeforeAnyRequest(DynamoDbServer server) {
    String sharded = tickets.query(TicketKeys.gsi1Pk("support")).limit(3).page().cursor();
    PartitionKey shardZero = TicketKeys.gsi1Pk("support").shards().get(0);
    String single = tickets.query(shardZero).limit(1).page().cursor();
    assertThat(single).isNotNull();
    QueryProbe probe = new QueryProbe(0);
    try (DynamoDbClient probed = probe.client(server)) {
      EntityTable<Ticket> same = HotSchema.table(probed, hot.tableName()).entity(Ticket.class);

      assertThatThrownBy(() -> same.query(TicketKeys.gsi1Pk("billing")).limit(3).after(sharded).page())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to another query");
      assertThatThrownBy(() -> same.query(TicketKeys.gsi1Pk("support")).descending().limit(3).after(sharded).page())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to another query");
      assertThatThrownBy(() -> same.query(TicketKeys.gsi1Pk("support")).limit(3).after(single).page())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to another query");
      assertThatThrownBy(() -> same.query(shardZero).limit(3).after(sharded).page())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to another query");
      assertThat(same.query(TicketKeys.gsi1Pk("support")).limit(3).after(sharded).page().items())
          .containsExactlyElementsOf(support.subList(3, 6));
    }
    assertThat(probe.queries).hasSize(4); // the last query's four shards only
  }

  @Test
  void cursorsAreSealedWithTheApplicationKey() {
    byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    String checked = tickets.query(TicketKeys.gsi1Pk("support")).limit(4).page().cursor();
    use(hot.withOptions(TableOptions.builder().cursorKey(key).build()));

    Page<Ticket> first = tickets.query(TicketKeys.gsi1Pk("support")).limit(4).page();
    Page<Ticket> second = tickets.query(TicketKeys.gsi1Pk("support")).limit(4).after(first.cursor()).page();

    assertThat(second.items()).containsExactlyElementsOf(support.subList(4, 8));
    assertThat(first.cursor()).doesNotContain("support");
    assertThatThrownBy(() -> tickets.query(TicketKeys.gsi1Pk("support")).after(checked))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was made without a cursor key");
  }

  @Test
  void anUpdateThatMovesATicketToAnotherQueueKeepsItsShard() {
    PrimaryKey key = TicketKeys.key("t7");
    String before = raw(key).get("GSI1PK").s();
    String keysBefore = raw(key).get("Keys-GSIPK").s();

    // The sort key's <rank> is not in the primary key: the update states it (and checks it).
    Ticket moved = tickets.update(key).set(TicketUpdate.queue("escalated")).with(TicketAttributes.RANK, 70).execute();

    Map<String, AttributeValue> after = raw(key);
    assertThat(moved.queue()).isEqualTo("escalated");
    assertThat(before).isEqualTo("QUEUE#support#" + rendered(TicketKeys.gsi1Shard(key)));
    assertThat(after.get("GSI1PK").s()).isEqualTo("QUEUE#escalated#" + rendered(TicketKeys.gsi1Shard(key)));
    assertThat(after.get("Keys-GSIPK").s()).isEqualTo("Q#escalated#" + keysBefore.substring(keysBefore.length() - 2));
    assertThat(tickets.query(TicketKeys.gsi1Pk("escalated")).list()).containsExactly(moved);
    assertThat(tickets.query(TicketKeys.gsi1Pk("support")).list()).doesNotContain(support.get(7));
  }

  @Test
  void anUpsertWritesTheShardedKeyOfANewItem() {
    PrimaryKey key = TicketKeys.key("new");

    tickets.update(key).set(TicketUpdate.queue("support"), TicketUpdate.rank(5)).execute();

    assertThat(raw(key).get("GSI1PK").s()).isEqualTo("QUEUE#support#" + rendered(TicketKeys.gsi1Shard(key)));
    assertThat(tickets.query(TicketKeys.gsi1Pk("support")).eq(TicketKeys.gsi1Sk(5)).list())
        .extracting(Ticket::ticketId).containsExactly("new");
  }

  @Test
  void theShardsAreReadInParallel(DynamoDbServer server) {
    QueryProbe probe = new QueryProbe(TicketKeys.GSI1_SHARDS);
    try (DynamoDbClient probed = probe.client(server)) {
      List<Ticket> read = HotSchema.table(probed, hot.tableName()).entity(Ticket.class)
          .query(TicketKeys.gsi1Pk("support")).list();

      assertThat(read).containsExactlyElementsOf(support);
    }
    assertThat(probe.metAtTheBarrier()).isEqualTo(TicketKeys.GSI1_SHARDS);
    assertThat(probe.maxInFlight()).isEqualTo(TicketKeys.GSI1_SHARDS);
    assertThat(probe.queries).extracting(q -> q.expressionAttributeValues().values().stream()
            .map(AttributeValue::s).filter(v -> v != null && v.startsWith("QUEUE#")).findFirst().orElseThrow())
        .containsExactlyInAnyOrder("QUEUE#support#" + rendered(0), "QUEUE#support#" + rendered(1),
            "QUEUE#support#" + rendered(2), "QUEUE#support#" + rendered(3));
  }

  @Test
  void oneReadAtATimeWhenTheTableSaysSo(DynamoDbServer server) {
    QueryProbe probe = new QueryProbe(0);
    try (DynamoDbClient probed = probe.client(server)) {
      SingleTable table = HotSchema.table(probed, hot.tableName())
          .withOptions(TableOptions.builder().shardReads(1).build());

      assertThat(table.entity(Ticket.class).query(TicketKeys.gsi1Pk("support")).descending().list())
          .containsExactlyElementsOf(reversed(support));
    }
    assertThat(probe.maxInFlight()).isEqualTo(1);
    assertThat(probe.queries).hasSize(TicketKeys.GSI1_SHARDS);
  }

  @Test
  void countsMixedQueriesKeysAndOneShard() {
    assertThat(tickets.query(TicketKeys.gsi1Pk("support")).count()).isEqualTo(24);
    assertThat(tickets.query(TicketKeys.gsi1Pk("support")).limit(10).count()).isEqualTo(10);
    assertThat(tickets.query(TicketKeys.gsi1Pk("support")).ge(TicketKeys.gsi1Sk(200)).count()).isEqualTo(4);
    assertThat(hot.query(TicketKeys.gsi1Pk("support")).items().all(Ticket.class)).containsExactlyElementsOf(support);
    assertThat(hot.query(TicketKeys.gsi1Pk("support")).descending().list(Object.class))
        .containsExactlyElementsOf(reversed(support));
    assertThat(tickets.query(TicketKeys.keysGsiPk("support")).keys())
        .containsExactlyElementsOf(support.stream().map(t -> TicketKeys.key(t.ticketId())).toList());
    assertThat(tickets.query(TicketKeys.keysGsiPk("support")).descending().limit(3).hydrate())
        .containsExactlyElementsOf(reversed(support).subList(0, 3));

    PartitionKey shardTwo = TicketKeys.gsi1Pk("support").shards().get(2);
    PartitionKey byHand = PartitionKey.of("GSI1", "GSI1PK", "QUEUE#support#" + rendered(2));
    List<Ticket> inShardTwo = support.stream().filter(t -> TicketKeys.gsi1Shard(TicketKeys.key(t.ticketId())) == 2)
        .sorted(Comparator.comparingInt(Ticket::rank)).toList();
    assertThat(shardTwo.isSharded()).isFalse();
    assertThat(tickets.query(shardTwo).list()).containsExactlyElementsOf(inShardTwo);
    assertThat(tickets.query(byHand).list()).containsExactlyElementsOf(inShardTwo);
    assertThat(TicketKeys.gsi1Pk("support").value()).isEqualTo("QUEUE#support#<shard>");
    assertThat(TicketKeys.gsi1Pk("support").describe()).contains("4 shards");
  }

  @Test
  void aFilterAppliesToEveryShard() {
    List<Ticket> ones = tickets.query(TicketKeys.gsi1Pk("support"))
        .filter(dev.singletable.Condition.beginsWith(TicketAttributes.TITLE, "ticket 1")).limit(4).list();

    assertThat(ones).extracting(Ticket::ticketId).containsExactly("t1", "t10", "t11", "t12");
  }
}
