package dev.example;

import dev.singletable.Attribute;
import dev.singletable.internal.SingletableGenerated;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Typed attribute handles of {@link User}, for conditions, filters, projections and updates.
 *
 * <p>A misspelt attribute or a value of the wrong type is a compile error. Immutable and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class UserAttributes {
  /**
   * Attribute {@code userId} of {@link User}.
   */
  public static final Attribute<User, String> USER_ID = Attribute.of(User.class, "userId");

  /**
   * Attribute {@code name} of {@link User}.
   */
  public static final Attribute<User, String> NAME = Attribute.of(User.class, "name");

  /**
   * Attribute {@code email_address} (property {@code email}) of {@link User}.
   */
  public static final Attribute<User, String> EMAIL = Attribute.of(User.class, "email_address");

  /**
   * Attribute {@code created_at} (property {@code createdAt}) of {@link User}.
   */
  public static final Attribute<User, Instant> CREATED_AT = Attribute.of(User.class, "created_at");

  private UserAttributes() {
  }
}
