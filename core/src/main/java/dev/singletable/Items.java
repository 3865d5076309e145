package dev.singletable;

import dev.singletable.internal.read.ItemReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of a mixed read, such as a user's profile and orders from one item collection, each
 * read into the class of its entity type, in the order DynamoDB returned them (sort-key order).
 *
 * <pre>{@code
 * Items items = shop.query(UserKeys.pk("u1")).items();
 * User profile = items.first(User.class).orElseThrow();
 * List<Order> orders = items.all(Order.class);
 * Map<Class<?>, Integer> counts = items.counts();          // {Order=2, User=1}
 * List<String> lines = items.visit(new ShopVisitor<>() { ... }); // one typed method per entity
 * for (ShopItem item : items.list(ShopItem.class)) { ... }     // Java 21: switch (item) { case User u -> ... }
 * }</pre>
 *
 * <p>Items whose type attribute names no entity of the table (written by other code) are kept,
 * raw, in {@link #unrecognized()} and visited by {@link ItemVisitor#visitUnrecognized}: nothing is
 * dropped silently (unless a read policy says {@link ReadPolicy#SKIP}, which logs a warning).
 * Immutable and thread-safe.
 */
public final class Items {

  /** Every item in order: entities, and raw maps where the read policies kept an item raw. */
  private final List<Object> entries;
  private final List<Object> items;
  private final List<Map<String, AttributeValue>> unrecognized;

  private Items(List<Object> entries) {
    this.entries = List.copyOf(entries);
    List<Object> recognized = new ArrayList<>(entries.size());
    List<Map<String, AttributeValue>> raw = new ArrayList<>();
    for (Object entry : entries) {
      if (entry instanceof Map<?, ?>) {
        raw.add(rawItem(entry));
      } else {
        recognized.add(entry);
      }
    }
    this.items = List.copyOf(recognized);
    this.unrecognized = List.copyOf(raw);
  }

  /**
   * Reads raw items through {@code reader}: entities in order, items kept raw by its policies in
   * their places, skipped ones left out.
   */
  static Items read(ItemReader reader, List<Map<String, AttributeValue>> rawItems) {
    List<Object> entries = new ArrayList<>(rawItems.size());
    for (Map<String, AttributeValue> item : rawItems) {
      Object read = reader.readMixed(item);
      if (read != null) {
        entries.add(read);
      }
    }
    return new Items(entries);
  }

  /**
   * Returns the items of a page of a mixed query ({@link TableQuery#page()}): its entities, and the
   * items kept raw in its place as {@code Map<String, AttributeValue>}, in order.
   */
  public static Items of(Page<?> page) {
    return new Items(new ArrayList<>(page.items()));
  }

  /** Every item in order, raw ones as their maps: what a mixed page holds. */
  List<Object> entries() {
    return entries;
  }

  /** Returns every recognized item, in order. */
  public List<Object> list() {
    return items;
  }

  /**
   * Returns every recognized item as {@code type}, in order: typically a sealed interface that every
   * entity of the table implements, so that a Java 21 {@code switch} over each item needs no
   * {@code default}.
   *
   * @throws IllegalStateException if an item is not a {@code type}, naming its class
   */
  public <S> List<S> list(Class<S> type) {
    List<S> typed = new ArrayList<>(items.size());
    for (Object item : items) {
      if (!type.isInstance(item)) {
        throw new IllegalStateException("Item " + item + " is a " + item.getClass().getName() + ", which is not a "
            + type.getName() + "; let every entity of the table implement it, or read with all(Class)");
      }
      typed.add(type.cast(item));
    }
    return Collections.unmodifiableList(typed);
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
   * Returns the recognized items grouped by entity class, each group in order, the groups in the
   * order their first item came. Read a group typed with {@link #all(Class)}.
   */
  public Map<Class<?>, List<Object>> byType() {
    Map<Class<?>, List<Object>> groups = new LinkedHashMap<>();
    for (Object item : items) {
      groups.computeIfAbsent(item.getClass(), type -> new ArrayList<>()).add(item);
    }
    groups.replaceAll((type, group) -> List.copyOf(group));
    return Collections.unmodifiableMap(groups);
  }

  /**
   * Returns how many items there are of each entity class, in the order of {@link #byType()};
   * {@link #unrecognized()} has the raw ones.
   */
  public Map<Class<?>, Integer> counts() {
    Map<Class<?>, Integer> counts = new LinkedHashMap<>();
    for (Object item : items) {
      counts.merge(item.getClass(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** Returns how many items are instances of {@code type}. */
  public int count(Class<?> type) {
    return (int) items.stream().filter(type::isInstance).count();
  }

  /**
   * Visits every item in order, raw ones included in their places, and returns what each visit
   * returned; see {@link ItemVisitor} and the generated {@code TVisitor}.
   */
  public <R> List<R> visit(ItemVisitor<R> visitor) {
    List<R> results = new ArrayList<>(entries.size());
    for (Object entry : entries) {
      results.add(entry instanceof Map<?, ?> ? visitor.visitUnrecognized(rawItem(entry)) : visitor.visit(entry));
    }
    return Collections.unmodifiableList(results);
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

  /** Returns whether there is no item, recognized or raw. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public String toString() {
    return "Items" + items + (unrecognized.isEmpty() ? "" : " + " + unrecognized.size() + " unrecognized");
  }

  @SuppressWarnings("unchecked") // a raw item is the map DynamoDB returned
  private static Map<String, AttributeValue> rawItem(Object entry) {
    return (Map<String, AttributeValue>) entry;
  }
}
