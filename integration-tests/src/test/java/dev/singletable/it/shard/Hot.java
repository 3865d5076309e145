package dev.singletable.it.shard;

import dev.singletable.annotation.Index;
import dev.singletable.annotation.Projection;
import dev.singletable.annotation.Table;

/**
 * The design of the write sharding tests: seed 001's sharded page-view counter, tickets whose
 * queue partition on GSI1 is sharded by their primary key, and agents that share GSI1 unsharded.
 */
@Table(name = "hot", entities = {PageCounter.class, Ticket.class, Agent.class},
    indexes = {@Index(name = "GSI1"), @Index(name = "Keys-GSI", projection = Projection.KEYS_ONLY)})
public interface Hot {}
