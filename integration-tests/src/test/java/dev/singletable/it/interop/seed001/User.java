package dev.singletable.it.interop.seed001;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.Instant;

/**
 * Seed 001's user, as {@code createUser} writes it; {@code transferPoints} moves {@code points},
 * which {@code createUser} does not write ({@code null} until something sets them).
 *
 * @param createdAt when the user was created: the JavaScript writes {@code toISOString()}, which
 *     the enhanced client's {@code Instant} converter reads and writes as ISO-8601 text
 */
@Entity
@Key(pk = "USER#<userId:raw>", sk = "PROFILE")
@Key(index = "GSI1", pk = "USER#<email:raw>", sk = "PROFILE")
public record User(String userId, String name, String email, Instant createdAt, Long points) {}
