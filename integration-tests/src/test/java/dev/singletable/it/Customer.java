package dev.singletable.it;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.time.Instant;

@Entity
@Key(pk = "USER#<userId>", sk = "PROFILE")
@Key(index = "GSI1", pk = "USER#<email>", sk = "PROFILE")
public record Customer(String userId, String name, String email, Instant createdAt) implements StoreItem {}
