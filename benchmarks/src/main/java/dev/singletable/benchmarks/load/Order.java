package dev.singletable.benchmarks.load;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.LocalDate;

/** Seed 001's order: {@code USER#<userId>} / {@code ORDER#<date>#<orderId>}, by status on GSI1. */
@Entity
@Key(pk = "USER#<userId>", sk = "ORDER#<date>#<orderId>")
@Key(index = "GSI1", pk = "STATUS#<status>", sk = "ORDER#<date>#<orderId>")
public record Order(String userId, LocalDate date, String orderId, String status, long total) {}
