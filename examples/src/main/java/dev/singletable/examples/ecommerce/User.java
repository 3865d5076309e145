package dev.singletable.examples.ecommerce;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import dev.singletable.annotation.Version;
import java.time.Instant;

/**
 * A customer profile; found by id and, through GSI1, by email. Its loyalty {@code points} move in
 * transactions (seed 001's transferPoints); its {@code version} closes seed 003's lost-update race.
 */
@Entity
@Key(pk = "USER#<userId>", sk = "PROFILE")
@Key(index = "GSI1", pk = "USER#<email>", sk = "PROFILE")
public record User(String userId, String name, String email, Instant createdAt, long points, @Version long version)
    implements ShopItem {

  /** Returns this user with another name. */
  public User withName(String newName) {
    return new User(userId, newName, email, createdAt, points, version);
  }

  /** Returns this user with other points. */
  public User withPoints(long newPoints) {
    return new User(userId, name, email, createdAt, newPoints, version);
  }
}
