package dev.singletable.it;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.UUID;

/** One placeholder of every supported type, in keys of the table and of an index. */
@Entity
@Key(pk = "SAMPLE#<group>", sk = "<number>#<count>#<flag>#<at>#<local>#<month>#<year>#<id>#<status>")
@Key(index = "LSI1", sk = "N#<count>")
@Key(index = "GSI1", pk = "SAMPLE#<group>", sk = "AT#<at>")
public record Sample(
    String group,
    int number,
    Long count,
    boolean flag,
    Instant at,
    LocalDateTime local,
    YearMonth month,
    Year year,
    UUID id,
    Status status) implements StoreItem {}
