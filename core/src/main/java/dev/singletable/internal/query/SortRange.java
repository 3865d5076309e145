package dev.singletable.internal.query;

import static dev.singletable.internal.query.SortCondition.compareUtf8;
import static dev.singletable.internal.query.SortCondition.key;

import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyLimits;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/**
 * Keeps an entity query inside its entity's key range. An entity whose sort key template on the
 * queried index starts with literal text {@code L} (such as {@code ORDER#} in
 * {@code ORDER#<date>#<orderId>}) has every sort key in {@code [L, end(L)]}; a condition that reaches
 * outside it ({@code ge(OrderKeys.skPrefix(since))} also reaches the profile sorted after the orders)
 * is narrowed to the part inside, so DynamoDB never reads, and never charges for, items of the
 * entities around it:
 *
 * <ul>
 *   <li>no condition becomes {@code begins_with(SK, L)};
 *   <li>a condition inside the range is sent as written;
 *   <li>any other becomes {@code BETWEEN low AND high} of the intersection, or no request at all when
 *       the intersection is empty.
 * </ul>
 *
 * <p>A condition is first read as a closed interval of sort keys, with the prefix-as-range meaning of
 * {@link SortCondition}. Exclusive bounds become inclusive ones: {@code > x} is {@code >= x + U+0000}
 * (the next string in UTF-8 order), and {@code < x} is {@code <= pred(x)}, {@code x} with its last
 * code point lowered by one and U+10FFFF appended, the highest string below {@code x} that contains
 * no U+10FFFF, which no key does ({@link KeyEncoding}). Where such a bound would not fit DynamoDB's
 * 1,024-byte sort key limit, the condition is sent as written. <b>Not API.</b>
 *
 * @param low the lowest sort key, inclusive, or {@code null} for none
 * @param high the highest sort key, inclusive, or {@code null} for none
 */
record SortRange(String low, String high) {

  private static final SortRange ALL = new SortRange(null, null);

  /**
   * Returns the key condition of {@code condition} ({@code null}: none) under partition key value
   * {@code pk}, narrowed to the sort keys that start with {@code entityPrefix} ({@code null} or
   * empty: not narrowed); {@code null} when it selects no key.
   */
  static QueryConditional conditional(SortCondition condition, String entityPrefix, String pk) {
    QueryConditional asWritten = condition == null
        ? QueryConditional.keyEqualTo(key(pk, null))
        : condition.toConditional(pk);
    if (entityPrefix == null || entityPrefix.isEmpty()) {
      return asWritten;
    }
    SortRange range = condition == null ? ALL : of(condition);
    if (range == null) {
      return asWritten; // a bound beyond the key size limit: read as written
    }
    String entityEnd = SortCondition.end(entityPrefix);
    if (range.low != null && range.high != null && compareUtf8(range.low, entityPrefix) >= 0
        && compareUtf8(range.high, entityEnd) <= 0) {
      return asWritten;
    }
    String low = range.low == null || compareUtf8(range.low, entityPrefix) < 0 ? entityPrefix : range.low;
    String high = range.high == null || compareUtf8(range.high, entityEnd) > 0 ? entityEnd : range.high;
    if (compareUtf8(low, high) > 0) {
      return null;
    }
    if (low.equals(entityPrefix) && high.equals(entityEnd)) {
      return QueryConditional.sortBeginsWith(key(pk, entityPrefix));
    }
    return QueryConditional.sortBetween(key(pk, low), key(pk, high));
  }

  /**
   * Returns the sort keys a condition selects; {@code low > high} when none; {@code null} when an
   * inclusive bound does not fit the key size limit.
   */
  static SortRange of(SortCondition condition) {
    String value = condition.first().value();
    boolean prefix = condition.first().isPrefix();
    String end = prefix ? SortCondition.end(value) : value; // the last key the first operand stands for
    return switch (condition.operator()) {
      case EQ -> prefix ? (value.isEmpty() ? ALL : new SortRange(value, end)) : new SortRange(value, value);
      case BEGINS_WITH -> value.isEmpty() ? ALL : new SortRange(value, SortCondition.end(value));
      case GT -> above(successor(end));
      case GE -> value.isEmpty() ? ALL : above(value);
      case LT -> value.isEmpty() ? new SortRange(KeyEncoding.MAX_CHAR, "") : below(predecessor(value));
      case LE -> new SortRange(null, end);
      case BETWEEN -> new SortRange(value.isEmpty() ? null : value,
          condition.second().isPrefix() ? SortCondition.end(condition.second().value()) : condition.second().value());
    };
  }

  private static SortRange above(String low) {
    return low == null ? null : new SortRange(low, null);
  }

  private static SortRange below(String high) {
    return high == null ? null : new SortRange(null, high);
  }

  /** The next string in UTF-8 order, or {@code null} if it would not fit a sort key. */
  static String successor(String value) {
    return KeyEncoding.utf8Length(value) < KeyLimits.SORT_KEY_BYTES ? value + '\u0000' : null;
  }

  /**
   * The highest string below {@code value} that holds no U+10FFFF, or {@code null} if it would not
   * fit a sort key; {@code value} is not empty.
   */
  static String predecessor(String value) {
    int last = value.codePointBefore(value.length());
    String head = value.substring(0, value.length() - Character.charCount(last));
    if (last == 0) {
      return head;
    }
    int lower = last - 1;
    if (lower >= Character.MIN_SURROGATE && lower <= Character.MAX_SURROGATE) {
      lower = Character.MIN_SURROGATE - 1; // surrogates are no code points of their own
    }
    String result = head + new String(Character.toChars(lower)) + KeyEncoding.MAX_CHAR;
    return KeyEncoding.utf8Length(result) <= KeyLimits.SORT_KEY_BYTES ? result : null;
  }
}
