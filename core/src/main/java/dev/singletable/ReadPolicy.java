package dev.singletable;

/**
 * What a read does with an item it cannot return as an entity: an item whose type attribute names
 * no entity of the table (written by other code), or an item of a known entity that cannot be
 * mapped (an attribute of another DynamoDB type, a value its converter refuses, key attributes
 * that disagree with its properties). Chosen per table ({@link TableOptions}) and per query.
 *
 * <p>Defaults: unknown items are {@link #KEEP_RAW} (they stay visible in
 * {@link Items#unrecognized()}), malformed items {@link #FAIL}.
 */
public enum ReadPolicy {
  /**
   * The read throws: {@link MalformedItemException} naming the entity, the item's key, the
   * attribute, what was expected and what was found; or, for an item of no entity,
   * {@link UnknownItemException} naming its key and type.
   */
  FAIL,
  /**
   * The item is kept as DynamoDB returned it ({@code Map<String, AttributeValue>}): in
   * {@link Items#unrecognized()} for a mixed read, in its place in a mixed {@link Page}. An entity
   * read ({@code EntityQuery}, {@code get}) cannot return a raw map as an entity, so there it acts
   * as {@link #SKIP}.
   */
  KEEP_RAW,
  /** The item is left out, and a warning naming its key and the reason is logged through SLF4J. */
  SKIP
}
