package dev.singletable;

import dev.singletable.internal.cost.ItemSize;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An item is larger than DynamoDB's limit of 400 KB (409,600 bytes, attribute names and values
 * counted by the rules of the DynamoDB Developer Guide's "DynamoDB item sizes and formats"), so no
 * request could write it. Thrown before any request by every write of a whole item: {@code put},
 * {@code create}, puts in transactions and batches, and {@code writeUnits}. The message names the
 * entity, the item's key, its size and its largest attributes; keep large values elsewhere (such as
 * S3) and store a reference.
 */
public class ItemTooLargeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String key;
  private final long sizeBytes;
  private final Map<String, Long> largestAttributes;

  /**
   * Creates the exception.
   *
   * @param entity the entity class's simple name
   * @param key the item's key as text, such as {@code PK=USER#u1, SK=PROFILE}
   * @param sizeBytes the item's size in bytes
   * @param largestAttributes its largest attributes, largest first, each with its size in bytes
   *     (name and value)
   */
  public ItemTooLargeException(String entity, String key, long sizeBytes, Map<String, Long> largestAttributes) {
    super(entity + " at " + key + " is " + sizeBytes + " bytes, over DynamoDB's limit of "
        + ItemSize.MAX_ITEM_BYTES + " bytes (400 KB) per"
        + " item; its largest attributes: " + largestAttributes.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue() + " bytes").collect(Collectors.joining(", "))
        + ". Keep large values elsewhere, such as S3, and store a reference");
    this.entity = entity;
    this.key = key;
    this.sizeBytes = sizeBytes;
    this.largestAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(largestAttributes));
  }

  /** Returns the entity class's simple name. */
  public String entity() {
    return entity;
  }

  /** Returns the item's key as text, such as {@code PK=USER#u1, SK=PROFILE}. */
  public String key() {
    return key;
  }

  /** Returns the item's size in bytes. */
  public long sizeBytes() {
    return sizeBytes;
  }

  /** Returns the item's largest attributes (at most five), largest first, each with its size in bytes (name and value). */
  public Map<String, Long> largestAttributes() {
    return largestAttributes;
  }
}
