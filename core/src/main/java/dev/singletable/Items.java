package dev.singletable;

import dev.singletable.internal.read.ItemReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of a mixed query, such as a user's profile and orders from one item collection, each
 * read into the class of its entity type, in the order DynamoDB returned them (sort-key order).
 *
 * <p>Items whose type attribute names no entity of the table (written by other code) are kept,
 * raw, in {@link #unrecognized()}: nothing is dropped silently. Immutable and thread-safe.
 */
public final class Items {

  private final List<Object> items;
  private final List<Map<String, AttributeValue>> unrecognized;

  Items(List<Object> items, List<Map<String, AttributeValue>> unrecognized) {
    this.items = List.copyOf(items);
    this.unrecognized = List.copyOf(unrecognized);
  }

  /**
   * Reads raw items through {@code reader}: entities in order, items kept raw by its policies in
   * {@link #unrecognized()}, skipped ones left out.
   */
  @SuppressWarnings("unchecked") // a raw item is the map DynamoDB returned
  static Items read(ItemReader reader, List<Map<String, AttributeValue>> rawItems) {
    List<Object> items = new ArrayList<>(rawItems.size());
    List<Map<String, AttributeValue>> unrecognized = new ArrayList<>();
    for (Map<String, AttributeValue> item : rawItems) {
      Object read = reader.readMixed(item);
      if (read instanceof Map<?, ?> raw) {
        unrecognized.add((Map<String, AttributeValue>) raw);
      } else if (read != null) {
        items.add(read);
      }
    }
    return new Items(items, unrecognized);
  }

  /** Returns every recognized item, in order. */
  public List<Object> list() {
    return items;
  }

  /** Returns the items that are instances of {@code type}, in order. */
  public <T> List<T> all(Class<T> type) {
    List<T> matching = new ArrayList<>();
    for (Object item : items) {
      if (type.isInstance(item)) {
        matching.add(type.cast(item));
      }
    }
    return List.copyOf(matching);
  }

  /** Returns the first item that is an instance of {@code type}. */
  public <T> Optional<T> first(Class<T> type) {
    for (Object item : items) {
      if (type.isInstance(item)) {
        return Optional.of(type.cast(item));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the items kept raw by the read policies ({@link ReadPolicy#KEEP_RAW}): by default the
   * items of no entity of the table (their type attribute names none, or they have none and their
   * key fits no entity's templates).
   */
  public List<Map<String, AttributeValue>> unrecognized() {
    return unrecognized;
  }

  /** Returns the number of recognized items. */
  public int size() {
    return items.size();
  }

  @Override
  public String toString() {
    return "Items" + items + (unrecognized.isEmpty() ? "" : " + " + unrecognized.size() + " unrecognized");
  }
}
