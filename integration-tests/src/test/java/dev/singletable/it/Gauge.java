package dev.singletable.it;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/** A floating-point reading, for values DynamoDB cannot store (NaN, infinities). */
@Entity
@Key(pk = "GAUGE#<id>", sk = "READING")
public record Gauge(String id, double ratio, Double peak) {}
