package dev.singletable.internal.stream;

import dev.singletable.ChangeEvent;
import dev.singletable.EntitySchema;
import dev.singletable.MalformedItemException;
import dev.singletable.PrimaryKey;
import dev.singletable.ReadPolicy;
import dev.singletable.TableDefinition;
import dev.singletable.UnknownItemException;
import dev.singletable.internal.read.AttributeText;
import dev.singletable.internal.read.ItemReader;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * Reads one DynamoDB Streams record of a table: its kind, its key, and its images through the
 * runtime's one mapping path ({@link ItemReader}); a record without images (keys only, or a
 * removal in a stream of new images) gets its entity from the shape of its key. Images of no
 * entity, or that cannot be read, go by the table's read policies: {@code FAIL} throws,
 * {@code KEEP_RAW} keeps the record raw with the reason, {@code SKIP} leaves it out of a batch
 * (logged) and keeps it raw where it cannot be left out. <b>Not API.</b> Immutable and thread-safe.
 */
public final class ChangeReader {

  /** The logger, made on the first record left out: starting SLF4J costs a cold start ~20 ms and ~130 classes. */
  private static final class Log {
    static final Logger LOGGER = LoggerFactory.getLogger(ChangeReader.class);
  }

  private final TableDefinition definition;
  private final ItemReader strict;
  private final ReadPolicy unknownItems;
  private final ReadPolicy malformedItems;

  public ChangeReader(TableDefinition definition, ReadPolicy unknownItems, ReadPolicy malformedItems) {
    this.definition = definition;
    this.strict = new ItemReader(definition, ReadPolicy.FAIL, ReadPolicy.FAIL);
    this.unknownItems = unknownItems;
    this.malformedItems = malformedItems;
  }

  /**
   * Reads a record.
   *
   * @param mayLeaveOut whether the caller can do without the record: then {@code SKIP} returns
   *     {@code null}
   * @return the change, or {@code null} when the {@code SKIP} policy leaves it out
   * @throws IllegalArgumentException if the record is not a DynamoDB Streams record of a table
   *     with this design's keys (no {@code dynamodb} part, an unknown {@code eventName}, keys
   *     other than the table's string partition and sort keys)
   * @throws UnknownItemException for an image or key of no entity under {@code FAIL}
   * @throws MalformedItemException for an unreadable image under {@code FAIL}
   */
  public StreamChange read(Record record, boolean mayLeaveOut) {
    StreamRecord stream = record.dynamodb();
    if (stream == null) {
      throw new IllegalArgumentException("The stream record " + record.eventID() + " has no dynamodb part (keys, images)");
    }
    ChangeEvent.Kind kind = kind(record);
    Map<String, AttributeValue> keys = stream.hasKeys() ? stream.keys() : Map.of();
    PrimaryKey key = key(record, keys);
    Map<String, AttributeValue> oldImage = stream.hasOldImage() && !stream.oldImage().isEmpty() ? stream.oldImage() : null;
    Map<String, AttributeValue> newImage = stream.hasNewImage() && !stream.newImage().isEmpty() ? stream.newImage() : null;
    try {
      if (oldImage == null && newImage == null) {
        EntitySchema<?> schema = strict.entityOfKey(keys);
        return new StreamChange(record, kind, schema.entityClass(), key, null, null, null, null, null);
      }
      Object oldItem = oldImage == null ? null : strict.readMixed(oldImage);
      Object newItem = newImage == null ? null : strict.readMixed(newImage);
      // Both images are at the record's key, which fits one entity's templates only (the
      // processor proves no two entities render the same key), so both are of that entity.
      Class<?> entityClass = newItem != null ? newItem.getClass() : oldItem.getClass();
      return new StreamChange(record, kind, entityClass, key, oldItem, newItem, oldImage, newImage, null);
    } catch (UnknownItemException e) {
      return unread(new StreamChange(record, kind, null, key, null, null, oldImage, newImage, e), unknownItems, mayLeaveOut);
    } catch (MalformedItemException e) {
      return unread(new StreamChange(record, kind, null, key, null, null, oldImage, newImage, e), malformedItems, mayLeaveOut);
    }
  }

  private static StreamChange unread(StreamChange change, ReadPolicy policy, boolean mayLeaveOut) {
    switch (policy) {
      case FAIL:
        throw change.failure();
      case SKIP:
        if (mayLeaveOut) {
          Log.LOGGER.warn("Leaving out the {} stream record at {}: {}", change.kind(), change.key(), change.failure().getMessage());
          return null;
        }
        return change;
      default:
        return change;
    }
  }

  private static ChangeEvent.Kind kind(Record record) {
    OperationType name = record.eventName();
    if (name == null || name == OperationType.UNKNOWN_TO_SDK_VERSION) {
      throw new IllegalArgumentException("The stream record " + record.eventID() + " has the eventName "
          + record.eventNameAsString() + "; expected INSERT, MODIFY or REMOVE");
    }
    return ChangeEvent.Kind.valueOf(name.name());
  }

  private PrimaryKey key(Record record, Map<String, AttributeValue> keys) {
    AttributeValue partition = keys.get(definition.partitionKey());
    AttributeValue sort = keys.get(definition.sortKey());
    if (partition == null || partition.s() == null || sort == null || sort.s() == null) {
      throw new IllegalArgumentException("The stream record " + record.eventID() + " has the keys "
          + describe(keys) + ", but this table's keys are the strings " + definition.partitionKey() + " and "
          + definition.sortKey() + ": is it a record of another table's stream?");
    }
    return ItemReader.primaryKey(keys, definition);
  }

  private static String describe(Map<String, AttributeValue> keys) {
    return keys.isEmpty() ? "(none)" : String.join(", ", keys.entrySet().stream()
        .map(e -> e.getKey() + " " + AttributeText.describe(e.getValue())).toList());
  }
}
