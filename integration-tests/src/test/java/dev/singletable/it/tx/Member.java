package dev.singletable.it.tx;

import dev.singletable.annotation.CreatedAt;
import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import dev.singletable.annotation.UpdatedAt;
import dev.singletable.annotation.Version;
import java.time.Instant;

/** A loyalty member: points moved in transactions, versioned, with timestamps; found by tier on GSI1. */
@Entity
@Key(pk = "USER#<userId>", sk = "PROFILE")
@Key(index = "GSI1", pk = "TIER#<tier>", sk = "USER#<userId>")
public record Member(String userId, String name, String tier, long points, @Version long version,
    @CreatedAt Instant createdAt, @UpdatedAt Instant updatedAt) {

  /** A new member, not yet written: no version, no timestamps. */
  public static Member of(String userId, long points) {
    return new Member(userId, "Member " + userId, "SILVER", points, 0, null, null);
  }

  public Member withPoints(long newPoints) {
    return new Member(userId, name, tier, newPoints, version, createdAt, updatedAt);
  }
}
