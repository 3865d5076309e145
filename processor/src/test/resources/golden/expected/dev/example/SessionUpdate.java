package dev.example;

import dev.singletable.Assignment;
import dev.singletable.Update;
import dev.singletable.internal.SingletableGenerated;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * Typed setters of {@link Session} for {@link Update#set}: {@code set(SessionUpdate.kind(...))}.
 *
 * <p>Primary key properties have no setter: DynamoDB keys cannot change. All members are static
 * and thread-safe.
 */
@Generated("dev.singletable.processor.SingletableProcessor")
@SingletableGenerated
public final class SessionUpdate {
  private SessionUpdate() {
  }

  /**
   * Sets {@code kind} of {@link Session}; {@code null} removes it.
   *
   * <p>The keys of GSI1 follow the change in the same request; {@code null} takes the item out of them.
   */
  public static Assignment<Session> kind(SessionKind kind) {
    return SessionAttributes.KIND.set(kind);
  }

  /**
   * Sets {@code startedAt} of {@link Session}; {@code null} removes it.
   *
   * <p>The keys of GSI1 follow the change in the same request; {@code null} takes the item out of them.
   */
  public static Assignment<Session> startedAt(Instant startedAt) {
    return SessionAttributes.STARTED_AT.set(startedAt);
  }

  /**
   * Sets {@code status} of {@link Session}; {@code null} removes it.
   *
   * <p>The keys of GSI1 follow the change in the same request; {@code null} takes the item out of them.
   */
  public static Assignment<Session> status(OrderStatus status) {
    return SessionAttributes.STATUS.set(status);
  }

  /**
   * Sets {@code views} of {@link Session}.
   *
   * <p>The keys of GSI2 follow the change in the same request.
   */
  public static Assignment<Session> views(long views) {
    return SessionAttributes.VIEWS.set(views);
  }

  /**
   * Sets {@code expiresAt} of {@link Session}; {@code null} removes it.
   *
   * <p>The keys of LSI1 follow the change in the same request; {@code null} takes the item out of them.
   */
  public static Assignment<Session> expiresAt(Instant expiresAt) {
    return SessionAttributes.EXPIRES_AT.set(expiresAt);
  }
}
