package dev.singletable.it.shard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.EntityQuery;
import dev.singletable.EntityTable;
import dev.singletable.Page;
import dev.singletable.SingleTable;
import dev.singletable.testing.DynamoDbLocal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The merge of a sharded query, against DynamoDB Local: random tickets, with ranks that often tie
 * within and across shards, in random queues; then the pages of a random size, in either
 * direction, concatenated, are the whole query exactly (each item once), and the whole is the
 * queue's tickets in rank order, ties in shard order (the reverse when descending).
 */
class ShardMergePropertiesTest {

  private static final AtomicInteger QUEUES = new AtomicInteger();
  private static DynamoDbLocal local;
  private static EntityTable<Ticket> tickets;

  @BeforeContainer
  static void startTable() {
    local = DynamoDbLocal.start();
    SingleTable hot = HotSchema.table(local.client(), DynamoDbLocal.uniqueTableName("merge"));
    hot.createTable();
    tickets = hot.entity(Ticket.class);
  }

  @AfterContainer
  static void stop() {
    local.close();
  }

  /** A ticket's rank (0 to 5: many ties) and queue (0 to 2 of this try's three). */
  record Spec(int rank, int queue) {}

  @Provide
  Arbitrary<List<Spec>> tickets() {
    return Arbitraries.integers().between(0, 5).flatMap(rank -> Arbitraries.integers().between(0, 2)
        .map(queue -> new Spec(rank, queue))).list().ofMaxSize(30);
  }

  @Property(tries = 25)
  void theConcatenatedPagesAreTheSortedWhole(@ForAll("tickets") List<Spec> specs,
      @ForAll @IntRange(min = 1, max = 7) int pageSize, @ForAll boolean descending) {
    String run = "q" + QUEUES.incrementAndGet() + "-";
    List<Ticket> inQueue = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Ticket ticket = new Ticket(run + i, run + specs.get(i).queue(), specs.get(i).rank(), null);
      tickets.put(ticket);
      if (specs.get(i).queue() == 0) {
        inQueue.add(ticket);
      }
    }

    List<Ticket> whole = query(run + 0, descending).list();
    List<Ticket> paged = new ArrayList<>();
    String cursor = null;
    do {
      Page<Ticket> page = query(run + 0, descending).limit(pageSize).after(cursor).page();
      assertThat(page.items().size()).isLessThanOrEqualTo(pageSize);
      paged.addAll(page.items());
      cursor = page.cursor();
    } while (cursor != null);

    Comparator<Ticket> order = Comparator.comparingInt(Ticket::rank)
        .thenComparingInt(t -> TicketKeys.gsi1Shard(TicketKeys.key(t.ticketId())));
    assertThat(paged).containsExactlyElementsOf(whole);
    assertThat(whole).containsExactlyInAnyOrderElementsOf(inQueue)
        .isSortedAccordingTo(descending ? order.reversed() : order);
    assertThat(query(run + 0, descending).count()).isEqualTo(inQueue.size());
  }

  private static EntityQuery<Ticket> query(String queue, boolean descending) {
    EntityQuery<Ticket> query = tickets.query(TicketKeys.gsi1Pk(queue));
    return descending ? query.descending() : query;
  }
}
