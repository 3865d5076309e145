package dev.singletable.annotation;

/**
 * Which attributes DynamoDB projects (copies) into a secondary index, as in the
 * {@code Projection} of DynamoDB's {@code CreateTable}.
 */
public enum Projection {
  /** Every attribute of the item. Reads return complete items; writes cost the most. */
  ALL,
  /** Only the table's and the index's key attributes. */
  KEYS_ONLY,
  /** The key attributes plus {@link Index#nonKeyAttributes()} (and always the type attribute). */
  INCLUDE
}
