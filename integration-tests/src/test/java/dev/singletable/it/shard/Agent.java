package dev.singletable.it.shard;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/** A support agent, on GSI1 unsharded: {@code AGENT#<team>} partitions share the index with ticket queues. */
@Entity
@Key(pk = "AGENT#<agentId>", sk = "AGENT")
@Key(index = "GSI1", pk = "TEAM#<team>", sk = "AGENT#<agentId>")
public record Agent(String agentId, String team) {}
