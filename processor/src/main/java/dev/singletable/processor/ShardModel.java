package dev.singletable.processor;

/**
 * The shard of a sharded key ({@code @Key(..., shards = 10)}).
 *
 * @param property the placeholder's property: the entity's {@code int} property for a counter in
 *     the primary key's sort key, or a stand-in that no getter backs for a GSI partition key, whose
 *     shard is derived from the primary key
 * @param count the number of shards, from 2 to 100
 * @param derived whether the shard is derived from the item's primary key (a GSI partition key)
 */
record ShardModel(PropertyModel property, int count, boolean derived) {

  /** The placeholder that holds the shard. */
  String placeholder() {
    return property.name();
  }
}
