package dev.singletable;

import dev.singletable.internal.stream.StreamChange;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * One change of one item, read from a DynamoDB Streams record as a typed change of the right
 * entity: made by {@link SingleTable#changeEvent(Record)}, by {@link StreamReader#changeEvent(Record)}
 * without a client (and, for the records a Lambda function receives, by the
 * {@code singletable-lambda} module).
 *
 * <pre>{@code
 * ChangeEvent<?> event = shop.changeEvent(record);
 * event.as(Order.class).flatMap(ChangeEvent::newItem)
 *     .filter(order -> order.status() == OrderStatus.COMPLETED)
 *     .ifPresent(analytics::record);
 * if (event.kind() == ChangeEvent.Kind.REMOVE) {
 *   searchIndex.remove(event.key());
 * }
 * }</pre>
 *
 * <p><b>What a record holds</b> depends on the stream's view type: {@code NEW_AND_OLD_IMAGES}
 * gives {@link #oldItem()} on MODIFY and REMOVE and {@link #newItem()} on INSERT and MODIFY;
 * {@code NEW_IMAGE} only the new item, {@code OLD_IMAGE} only the old one; {@code KEYS_ONLY}
 * neither. Every record has the {@link #key()}, and the entity comes from the images' type
 * attribute or, with no image (or no type attribute), from the shape of the key.
 *
 * <p><b>Records that are not an entity's</b> never vanish. An image of no entity of the table (its
 * type names none, or its key fits no entity's templates) is handled by the table's
 * {@link TableOptions#unknownItems()} policy, an image that cannot be read as its entity by
 * {@link TableOptions#malformedItems()}: {@link ReadPolicy#FAIL} throws
 * {@link UnknownItemException} or {@link MalformedItemException}; {@link ReadPolicy#KEEP_RAW}
 * gives an unrecognized event ({@link #isRecognized()} false): its entity class is {@code Map},
 * its items are the raw images, {@link #as(Class)} of any entity is empty, and
 * {@link #failure()} holds the exception {@code FAIL} would have thrown. {@link ReadPolicy#SKIP}
 * leaves the record out of {@link SingleTable#changeEvents(java.util.List)}, with a warning
 * naming its key; a single {@link SingleTable#changeEvent(Record)} cannot leave its record out, so
 * there it acts as {@code KEEP_RAW}.
 *
 * <p>Immutable and thread-safe (the record and images are the SDK's immutable objects).
 *
 * @param <T> the entity class, or {@code Map<String, AttributeValue>} for an unrecognized event
 */
public final class ChangeEvent<T> {

  /** What happened to the item: DynamoDB Streams' {@code eventName}. */
  public enum Kind {
    /** A new item was written. */
    INSERT,
    /** An existing item was changed. */
    MODIFY,
    /** An item was deleted (by a delete, or by DynamoDB's TTL: see {@link #isTimeToLiveDelete()}). */
    REMOVE
  }

  /** The principal DynamoDB's TTL deletions carry in a stream record's {@code userIdentity}. */
  private static final String TTL_PRINCIPAL = "dynamodb.amazonaws.com";

  private final StreamChange change;
  private final Class<?> entityClass;
  private final T oldItem;
  private final T newItem;

  private ChangeEvent(StreamChange change, Class<?> entityClass, T oldItem, T newItem) {
    this.change = change;
    this.entityClass = entityClass;
    this.oldItem = oldItem;
    this.newItem = newItem;
  }

  /** Returns the event of a change read by the stream machinery. */
  static ChangeEvent<?> of(StreamChange change) {
    return change.failure() == null ? typed(change.entityClass(), change) : raw(change);
  }

  private static <T> ChangeEvent<T> typed(Class<T> entityClass, StreamChange change) {
    return new ChangeEvent<>(change, entityClass, entityClass.cast(change.oldItem()), entityClass.cast(change.newItem()));
  }

  private static ChangeEvent<Map<String, AttributeValue>> raw(StreamChange change) {
    return new ChangeEvent<Map<String, AttributeValue>>(change, Map.class, change.oldImage(), change.newImage());
  }

  /** Returns whether the item was inserted, modified or removed. */
  public Kind kind() {
    return change.kind();
  }

  /**
   * Returns the item's entity class, such as {@code Order.class} (the class of its items, also
   * after {@link #as(Class)} to a supertype); {@code Map.class} for an unrecognized event.
   */
  public Class<?> entityClass() {
    return entityClass;
  }

  /**
   * Returns the item before the change: present on MODIFY and REMOVE when the stream's view type
   * holds old images ({@code NEW_AND_OLD_IMAGES}, {@code OLD_IMAGE}).
   */
  public Optional<T> oldItem() {
    return Optional.ofNullable(oldItem);
  }

  /**
   * Returns the item after the change: present on INSERT and MODIFY when the stream's view type
   * holds new images ({@code NEW_AND_OLD_IMAGES}, {@code NEW_IMAGE}).
   */
  public Optional<T> newItem() {
    return Optional.ofNullable(newItem);
  }

  /** Returns the changed item's primary key, from the record's {@code Keys}. */
  public PrimaryKey key() {
    return change.key();
  }

  /**
   * Returns this event typed as a change of {@code type}'s items if its entity is {@code type}
   * (or a subtype, such as each entity of a sealed interface they implement); else empty.
   */
  @SuppressWarnings("unchecked") // the items are instances of entityClass, a subtype of type; the event is read-only
  public <U> Optional<ChangeEvent<U>> as(Class<U> type) {
    return type.isAssignableFrom(entityClass) ? Optional.of((ChangeEvent<U>) this) : Optional.empty();
  }

  /**
   * Returns whether the record's images were read as an entity; {@code false} for an unrecognized
   * event, kept raw by the table's read policy (see the class comment).
   */
  public boolean isRecognized() {
    return change.failure() == null;
  }

  /**
   * Returns why an unrecognized event's images are not an entity's: the
   * {@link UnknownItemException} or {@link MalformedItemException} the {@code FAIL} policy throws.
   * Empty for a recognized event.
   */
  public Optional<SingletableException> failure() {
    return Optional.ofNullable(change.failure());
  }

  /** Returns the record's old image as DynamoDB wrote it, if it has one. */
  public Optional<Map<String, AttributeValue>> oldImage() {
    return Optional.ofNullable(change.oldImage());
  }

  /** Returns the record's new image as DynamoDB wrote it, if it has one. */
  public Optional<Map<String, AttributeValue>> newImage() {
    return Optional.ofNullable(change.newImage());
  }

  /** Returns the stream's view type, as the record states it (empty if it does not). */
  public Optional<StreamViewType> viewType() {
    return Optional.ofNullable(change.record().dynamodb().streamViewType());
  }

  /**
   * Returns whether this is a removal by DynamoDB's time to live rather than by a request: its
   * {@code userIdentity} is the service principal {@code dynamodb.amazonaws.com}.
   */
  public boolean isTimeToLiveDelete() {
    Identity identity = change.record().userIdentity();
    return change.kind() == Kind.REMOVE && identity != null && "Service".equals(identity.type())
        && TTL_PRINCIPAL.equals(identity.principalId());
  }

  /**
   * Returns the stream record the event was read from, for what else it carries: its sequence
   * number, {@code eventID}, approximate creation time, size.
   */
  public Record record() {
    return change.record();
  }

  @Override
  public String toString() {
    return "ChangeEvent[" + kind() + " " + (isRecognized() ? entityClass.getSimpleName() : "unrecognized item")
        + " at " + key() + "]";
  }
}
