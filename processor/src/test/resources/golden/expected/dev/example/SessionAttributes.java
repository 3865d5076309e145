package dev.example;

import dev.singletable.Attribute;
import dev.singletable.NumberAttribute;
import dev.singletable.internal.SingletableGenerated;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Typed attribute handles of {@link Session}, for conditions, filters, projections and updates.
 *
 * <p>A misspelt attribute or a value of the wrong type is a compile error. Immutable and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class SessionAttributes {
  /**
   * Attribute {@code sessionId} of {@link Session}.
   */
  public static final Attribute<Session, String> SESSION_ID = Attribute.of(Session.class, "sessionId");

  /**
   * Attribute {@code shard} of {@link Session}.
   */
  public static final NumberAttribute<Session, Integer> SHARD = Attribute.primitiveNumber(Session.class, "shard");

  /**
   * Attribute {@code kind} of {@link Session}.
   */
  public static final Attribute<Session, SessionKind> KIND = Attribute.of(Session.class, "kind");

  /**
   * Attribute {@code startedAt} of {@link Session}.
   */
  public static final Attribute<Session, Instant> STARTED_AT = Attribute.of(Session.class, "startedAt");

  /**
   * Attribute {@code status} of {@link Session}.
   */
  public static final Attribute<Session, OrderStatus> STATUS = Attribute.of(Session.class, "status");

  /**
   * Attribute {@code views} of {@link Session}.
   */
  public static final NumberAttribute<Session, Long> VIEWS = Attribute.primitiveNumber(Session.class, "views");

  /**
   * Attribute {@code expiresAt} of {@link Session}.
   */
  public static final Attribute<Session, Instant> EXPIRES_AT = Attribute.of(Session.class, "expiresAt");

  private SessionAttributes() {
  }
}
