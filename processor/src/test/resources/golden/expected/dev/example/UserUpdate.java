package dev.example;

import dev.singletable.Assignment;
import dev.singletable.Update;
import dev.singletable.internal.SingletableGenerated;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Typed setters of {@link User} for {@link Update#set}: {@code set(UserUpdate.name(...))}.
 *
 * <p>Primary key properties have no setter: DynamoDB keys cannot change. All members are static
 * and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class UserUpdate {
  private UserUpdate() {
  }

  /**
   * Sets {@code name} of {@link User}; {@code null} removes it.
   */
  public static Assignment<User> name(String name) {
    return UserAttributes.NAME.set(name);
  }

  /**
   * Sets {@code email} of {@link User}; {@code null} removes it.
   *
   * <p>The keys of GSI1 follow the change in the same request; {@code null} takes the item out of them.
   */
  public static Assignment<User> email(String email) {
    return UserAttributes.EMAIL.set(email);
  }

  /**
   * Sets {@code createdAt} of {@link User}; {@code null} removes it.
   */
  public static Assignment<User> createdAt(Instant createdAt) {
    return UserAttributes.CREATED_AT.set(createdAt);
  }
}
