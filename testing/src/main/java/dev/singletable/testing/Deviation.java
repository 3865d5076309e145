package dev.singletable.testing;

/**
 * A behaviour of DynamoDB, stated in its documentation, that a {@link Backend} does not follow.
 * A test that asserts such a behaviour checks {@link Backend#deviatesOn(Deviation)} and asserts
 * what that backend does instead, so that it still asserts the documented behaviour everywhere
 * else:
 *
 * <pre>{@code
 * if (server.backend().deviatesOn(Deviation.BATCH_WRITE_ACCEPTS_DUPLICATE_KEYS)) {
 *   assertThatCode(write).doesNotThrowAnyException();         // moto 5.2.1
 * } else {
 *   assertThatThrownBy(write).isInstanceOf(DynamoDbException.class);   // documented
 * }
 * }</pre>
 *
 * <p>Observed on moto 5.2.1 and DynamoDB Local 2.6.1; docs/testing.md has the table with links,
 * and the testing module's {@code BackendDeviationsTest} checks every constant on the backend of
 * each run. Thread-safe (immutable).
 */
public enum Deviation {

  /**
   * BatchWriteItem takes at most 25 requests; more is a {@code ValidationException} (API
   * reference, BatchWriteItem). moto writes them all.
   */
  BATCH_WRITE_ACCEPTS_MORE_THAN_25,

  /**
   * A BatchWriteItem with two requests on one key is a {@code ValidationException} (API reference,
   * BatchWriteItem). moto applies both, in order.
   */
  BATCH_WRITE_ACCEPTS_DUPLICATE_KEYS,

  /**
   * An attribute of an index key must have the type the table defines for it, else PutItem is a
   * {@code ValidationException} (API reference, PutItem, Item). moto stores a number in a
   * string-typed index key attribute, and the item is in no index.
   */
  INDEX_KEY_TYPE_NOT_CHECKED,

  /**
   * Numbers are stored without leading and trailing zeroes (Developer Guide, Supported data types,
   * Number): {@code 1.50} reads back as {@code 1.5}, {@code 1E+2} as {@code 100}. moto returns the
   * text it was sent.
   */
  NUMBERS_NOT_NORMALIZED,

  /**
   * Numbers have at most 38 digits of precision; more is a {@code ValidationException} (Developer
   * Guide, Supported data types, Number). moto stores 39 digits.
   */
  NUMBER_PRECISION_NOT_CHECKED,

  /**
   * A Query of a local secondary index with {@code Select=ALL_ATTRIBUTES} fetches the whole item
   * from the table when the index does not project every attribute (API reference, Query, Select).
   * moto returns only the projected attributes.
   */
  LSI_QUERY_DOES_NOT_FETCH_FROM_TABLE,

  /**
   * When a Query or Scan stops because it reached {@code Limit}, the response has a
   * {@code LastEvaluatedKey}, also when no further item matches (API reference, Query, Limit).
   * moto leaves it out when the last item evaluated is the last one that matches.
   */
  NO_LAST_EVALUATED_KEY_AT_LIMIT_ON_LAST_ITEM,

  /**
   * {@code begins_with} cannot be used in a key condition on a sort key of type Number (API
   * reference, Query, KeyConditionExpression): a {@code ValidationException}. moto accepts it.
   */
  BEGINS_WITH_ON_NUMBER_SORT_KEY_ACCEPTED,

  /**
   * The list of an {@code IN} comparison holds at most 100 values (Developer Guide, Comparison
   * operator and function reference); more is a {@code ValidationException}. moto accepts more.
   */
  IN_WITH_MORE_THAN_100_VALUES_ACCEPTED,

  /**
   * TransactWriteItems with the {@code ClientRequestToken} of a call made in the last ten minutes
   * succeeds without writing again (API reference, TransactWriteItems, ClientRequestToken). moto
   * writes again.
   */
  CLIENT_REQUEST_TOKEN_IGNORED,

  /**
   * TransactWriteItems with {@code ReturnConsumedCapacity} returns the capacity it consumed (API
   * reference, TransactWriteItems, ReturnConsumedCapacity and ConsumedCapacity). moto returns
   * none.
   */
  TRANSACT_WRITE_CONSUMED_CAPACITY_NOT_RETURNED
}
