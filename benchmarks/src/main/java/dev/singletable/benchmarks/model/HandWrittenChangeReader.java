package dev.singletable.benchmarks.model;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * A DynamoDB Streams record read as a careful person writes a stream handler without a library:
 * the images as {@code Map<String, AttributeValue>}, a switch on the type attribute, and the
 * entity's hand-written mapper ({@link HandWrittenOrderMapper}). The floor of the stream cold
 * start benchmark: no library can read a record with less.
 */
public final class HandWrittenChangeReader {

  /**
   * A change read from a record.
   *
   * @param kind {@code INSERT}, {@code MODIFY} or {@code REMOVE}
   * @param entityClass the entity the item is, or {@code null} for an item of no known type
   * @param oldItem the item before the change, or {@code null}
   * @param newItem the item after the change, or {@code null}
   */
  public record Change(String kind, Class<?> entityClass, Object oldItem, Object newItem) {}

  private HandWrittenChangeReader() {}

  /** Reads a record of table {@code bench}, whose only entity is {@link Order}. */
  public static Change read(Record record) {
    Map<String, AttributeValue> oldImage = record.dynamodb().oldImage();
    Map<String, AttributeValue> newImage = record.dynamodb().newImage();
    // A KEYS_ONLY or REMOVE record may lack an image; the SDK gives an empty map for a missing one.
    Map<String, AttributeValue> image = newImage.isEmpty() ? oldImage : newImage;
    AttributeValue type = image.get("entityType");
    switch (type == null ? "" : type.s()) {
      case "Order":
        return new Change(record.eventNameAsString(), Order.class,
            oldImage.isEmpty() ? null : HandWrittenOrderMapper.fromMap(oldImage),
            newImage.isEmpty() ? null : HandWrittenOrderMapper.fromMap(newImage));
      default:
        return new Change(record.eventNameAsString(), null, null, null);
    }
  }
}
