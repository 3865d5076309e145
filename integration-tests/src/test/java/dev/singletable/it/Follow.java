package dev.singletable.it;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.Instant;

/**
 * An inverted index: the Inverted GSI's keys are the table's SK and PK, so the entity gives them
 * the same templates, and a query of Inverted by FOLLOWS#<to> lists a user's followers.
 */
@Entity
@Key(pk = "USER#<from>", sk = "FOLLOWS#<to>")
@Key(index = "Inverted", pk = "FOLLOWS#<to>", sk = "USER#<from>")
public record Follow(String from, String to, Instant since) implements StoreItem {}
