package dev.singletable.internal.read;

import dev.singletable.EntitySchema;
import dev.singletable.MalformedItemException;
import dev.singletable.PartitionKey;
import dev.singletable.PrimaryKey;
import dev.singletable.ReadPolicy;
import dev.singletable.SortKey;
import dev.singletable.TableDefinition;
import dev.singletable.UnknownItemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads raw items under the read policies of a table or query: finds each item's entity
 * ({@link ItemDispatch}), maps it ({@link EntityMapping}), and applies the policy to items of no
 * entity and to items that cannot be mapped: fail, keep raw, or skip with a warning naming the key.
 * <b>Not API.</b> Immutable and thread-safe.
 */
public final class ItemReader {

  /** The logger, made on the first warning: starting SLF4J costs a cold start ~20 ms and ~130 classes. */
  private static final class Log {
    static final Logger LOGGER = LoggerFactory.getLogger(ItemReader.class);
  }

  private final TableDefinition definition;
  private final ItemDispatch dispatch;
  private final ReadPolicy unknownItems;
  private final ReadPolicy malformedItems;

  public ItemReader(TableDefinition definition, ReadPolicy unknownItems, ReadPolicy malformedItems) {
    this.definition = definition;
    this.dispatch = new ItemDispatch(definition);
    this.unknownItems = unknownItems;
    this.malformedItems = malformedItems;
  }

  /** Returns the entity of an item; see {@link ItemDispatch#of}. */
  public ItemDispatch.Match match(Map<String, AttributeValue> item) {
    return dispatch.of(item);
  }

  /**
   * Reads an item of a mixed result: its entity, the raw map ({@link ReadPolicy#KEEP_RAW}), or
   * {@code null} when the policy skips it.
   *
   * @throws UnknownItemException for an item of no entity under {@link ReadPolicy#FAIL}
   * @throws MalformedItemException for an unreadable item under {@link ReadPolicy#FAIL}
   */
  public Object readMixed(Map<String, AttributeValue> item) {
    ItemDispatch.Match match = dispatch.of(item);
    if (!match.isKnown()) {
      return unknown(item, match, unknownItems);
    }
    try {
      return EntityMapping.map(match.schema(), item, definition);
    } catch (MalformedItemException e) {
      return malformed(e, malformedItems, item);
    }
  }

  /**
   * Reads an item as an entity of {@code schema}. Returns {@code null} when the item is another
   * entity's (the caller decides whether that is an error), or when the policy skips it; the raw
   * policy also skips here, since a raw map cannot pose as an entity.
   *
   * @throws UnknownItemException for an item of no entity under {@link ReadPolicy#FAIL}
   * @throws MalformedItemException for an unreadable item under {@link ReadPolicy#FAIL}
   */
  public <T> T readAs(EntitySchema<T> schema, Map<String, AttributeValue> item) {
    ItemDispatch.Match match = dispatch.of(item);
    if (!match.isKnown()) {
      unknown(item, match, unknownItems == ReadPolicy.KEEP_RAW ? ReadPolicy.SKIP : unknownItems);
      return null;
    }
    if (match.schema() != schema) {
      return null;
    }
    try {
      return EntityMapping.map(schema, item, definition);
    } catch (MalformedItemException e) {
      malformed(e, malformedItems == ReadPolicy.KEEP_RAW ? ReadPolicy.SKIP : malformedItems, item);
      return null;
    }
  }

  /**
   * Returns the entity of an item known only by its key attributes (a keys-only stream record, a
   * removal in a stream of new images), found by the key's shape; {@code null} when it is of no
   * entity and the policy keeps or skips it (a skip is logged).
   *
   * @throws UnknownItemException for a key of no entity under {@link ReadPolicy#FAIL}
   */
  public EntitySchema<?> entityOfKey(Map<String, AttributeValue> key) {
    ItemDispatch.Match match = dispatch.of(key);
    if (match.isKnown()) {
      return match.schema();
    }
    unknown(key, match, unknownItems);
    return null;
  }

  /**
   * Reads the items of an entity read in order with {@link #readAs}, leaving out those it returns
   * {@code null} for.
   */
  public <T> List<T> readAllAs(EntitySchema<T> schema, List<Map<String, AttributeValue>> items) {
    List<T> read = new ArrayList<>(items.size());
    for (Map<String, AttributeValue> item : items) {
      T entity = readAs(schema, item);
      if (entity != null) {
        read.add(entity);
      }
    }
    return read;
  }

  private Object unknown(Map<String, AttributeValue> item, ItemDispatch.Match match, ReadPolicy policy) {
    String key = describeKey(item);
    switch (policy) {
      case FAIL:
        throw new UnknownItemException("The item at " + key + " is of no entity of the table: " + match.reason(), key, item);
      case SKIP:
        Log.LOGGER.warn("Skipping the item at {}: {}", key, match.reason());
        return null;
      default:
        return item;
    }
  }

  private static Object malformed(MalformedItemException e, ReadPolicy policy, Map<String, AttributeValue> item) {
    switch (policy) {
      case FAIL:
        throw e;
      case SKIP:
        Log.LOGGER.warn("Skipping an unreadable item: {}", e.getMessage());
        return null;
      default:
        return item;
    }
  }

  /** Returns the item's table key as text, such as {@code PK=USER#u1, SK=PROFILE}. */
  public String describeKey(Map<String, AttributeValue> item) {
    return AttributeText.key(item, definition.partitionKey(), definition.sortKey());
  }

  /** Returns the primary key of a raw item, which holds the table's key attributes as strings. */
  public static PrimaryKey primaryKey(Map<String, AttributeValue> item, TableDefinition definition) {
    return PrimaryKey.of(PartitionKey.of(null, definition.partitionKey(), item.get(definition.partitionKey()).s()),
        SortKey.of(null, definition.sortKey(), item.get(definition.sortKey()).s()));
  }
}
