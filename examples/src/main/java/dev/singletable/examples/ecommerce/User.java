package dev.singletable.examples.ecommerce;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.Instant;

/** A customer profile; found by id and, through GSI1, by email. */
@Entity
@Key(pk = "USER#<userId>", sk = "PROFILE")
@Key(index = "GSI1", pk = "USER#<email>", sk = "PROFILE")
public record User(String userId, String name, String email, Instant createdAt) implements ShopItem {}
