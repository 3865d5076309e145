package dev.singletable.it.shard;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/**
 * A support ticket in a queue: a queue is one logical partition of GSI1 spread over four shards
 * by the ticket's primary key ({@code QUEUE#<queue>#<shard>}, the shard in its default form),
 * sorted by rank; Keys-GSI holds the same, sharded by eight, keys only.
 */
@Entity
@Key(pk = "TICKET#<ticketId>", sk = "TICKET")
@Key(index = "GSI1", pk = "QUEUE#<queue>#<shard>", sk = "RANK#<rank>", shards = 4)
@Key(index = "Keys-GSI", pk = "Q#<queue>#<bucket:padded(2)>", sk = "RANK#<rank>#<ticketId>", shards = 8,
    shard = "bucket")
public record Ticket(String ticketId, String queue, int rank, String title) {

  Ticket inQueue(String other) {
    return new Ticket(ticketId, other, rank, title);
  }
}
