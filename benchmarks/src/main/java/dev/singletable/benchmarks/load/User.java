package dev.singletable.benchmarks.load;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/** Seed 001's user: {@code USER#<userId>} / {@code PROFILE}, found by email on GSI1. */
@Entity
@Key(pk = "USER#<userId>", sk = "PROFILE")
@Key(index = "GSI1", pk = "USER#<email>", sk = "PROFILE")
public record User(String userId, String name, String email) {}
