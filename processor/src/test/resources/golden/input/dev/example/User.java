package dev.example;
import dev.singletable.annotation.AttributeName;
import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Index;
import dev.singletable.annotation.Key;
import dev.singletable.annotation.Table;
import java.time.Instant;
@Entity
@Key(pk = "USER#<userId>", sk = "PROFILE")
@Key(index = "GSI1", pk = "USER#<email>", sk = "PROFILE")
public record User(String userId, String name, @AttributeName("email_address") String email,
    @AttributeName("created_at") Instant createdAt) {}
