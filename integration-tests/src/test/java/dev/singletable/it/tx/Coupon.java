package dev.singletable.it.tx;

import dev.singletable.annotation.CreatedAt;
import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import dev.singletable.annotation.Ttl;
import dev.singletable.annotation.UpdatedAt;
import java.time.Instant;

/** An unversioned entity with a TTL of epoch seconds ({@code Long}) and timestamps. */
@Entity
@Key(pk = "USER#<userId>", sk = "COUPON#<code>")
public record Coupon(String userId, String code, long amount, @Ttl Long expiresAt, @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt) {

  public static Coupon of(String userId, String code, long amount) {
    return new Coupon(userId, code, amount, null, null, null);
  }
}
