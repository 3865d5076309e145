package dev.singletable;

/**
 * What reads do with items whose TTL has passed but that DynamoDB has not deleted yet (it deletes
 * them some time later: seed 001 says up to 48 hours). An item is expired when its {@code @Ttl}
 * attribute is a number of epoch seconds below the table clock's now
 * ({@link TableOptions#clock()}), as DynamoDB counts; an item without one never is.
 *
 * <p>Set per table ({@link TableOptions.Builder#expiredItems}), per query
 * ({@link KeyQuery#onExpiredItems}) or per get ({@link EntityTable#get(PrimaryKey, ExpiredItems)}).
 * Gets, queries (also {@code count()}, {@code keys()}, {@code rows}), {@code transactGet} and
 * scans ({@link Scan#onExpiredItems}) follow it. A query or scan leaves expired items out with a
 * filter expression, so they still cost read capacity, as DynamoDB's filters do. Stream records
 * ({@link ChangeEvent}) report changes, not what the table holds now, so it does not apply to
 * them; a removal by TTL is told by {@link ChangeEvent#isTimeToLiveDelete()}.
 */
public enum ExpiredItems {

  /** Return them, as DynamoDB does (the default). */
  KEEP,

  /** Leave them out, as if DynamoDB had deleted them already. */
  SKIP
}
