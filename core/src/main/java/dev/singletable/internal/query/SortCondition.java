package dev.singletable.internal.query;

import dev.singletable.SortKey;
import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyLimits;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/**
 * One sort key condition of a query, with the prefix-as-range semantics of {@link KeyQuery}: a
 * prefix {@code P} stands for every sort key that starts with it, the keys from {@code P}
 * (inclusive) to {@code P + U+10FFFF} (exclusive; no key contains U+10FFFF, see
 * {@link KeyEncoding}). When {@code P + U+10FFFF} would exceed DynamoDB's 1,024-byte sort key
 * limit (a prefix of more than 1,020 bytes), which DynamoDB also applies to the values of a key
 * condition, the range ends at the highest key that fits, inclusive (see {@link #end(String)}).
 * <b>Not API.</b>
 */
public record SortCondition(Operator operator, SortKey first, SortKey second) {

  /** The sort key operators, named after the query builder methods. */
  public enum Operator {
    EQ("eq"), BEGINS_WITH("beginsWith"), BETWEEN("between"), GT("gt"), GE("ge"), LT("lt"), LE("le");

    private final String method;

    Operator(String method) {
      this.method = method;
    }
  }

  /**
   * Returns the enhanced client's conditional for partition key value {@code pk}, or {@code null}
   * when the condition can match no key (below an empty prefix).
   *
   * @throws IllegalArgumentException if a BETWEEN's lower bound is above its upper bound
   */
  public QueryConditional toConditional(String pk) {
    String value = first.value();
    boolean prefix = first.isPrefix();
    boolean all = prefix && value.isEmpty(); // the empty prefix: every sort key
    switch (operator) {
      case EQ:
      case BEGINS_WITH:
        if (all) {
          return QueryConditional.keyEqualTo(key(pk, null));
        }
        return prefix || operator == Operator.BEGINS_WITH
            ? QueryConditional.sortBeginsWith(key(pk, value))
            : QueryConditional.keyEqualTo(key(pk, value));
      case GT:
        return QueryConditional.sortGreaterThan(key(pk, prefix ? end(value) : value));
      case GE:
        return all ? QueryConditional.keyEqualTo(key(pk, null))
            : QueryConditional.sortGreaterThanOrEqualTo(key(pk, value));
      case LT:
        return all ? null : QueryConditional.sortLessThan(key(pk, value));
      case LE:
        return QueryConditional.sortLessThanOrEqualTo(key(pk, prefix ? end(value) : value));
      case BETWEEN:
        String high = second.isPrefix() ? end(second.value()) : second.value();
        if (compareUtf8(value, high) > 0) {
          throw new IllegalArgumentException("between(" + first.describe() + ", " + second.describe()
              + "): the lower bound sorts above the upper bound, which DynamoDB rejects");
        }
        if (all) {
          return QueryConditional.sortLessThanOrEqualTo(key(pk, high));
        }
        return QueryConditional.sortBetween(key(pk, value), key(pk, high));
      default:
        throw new AssertionError(operator);
    }
  }

  /**
   * The end of the range of sort keys that start with {@code prefix}: a value every such key sorts
   * at or below and every other key above {@code prefix} sorts above. Normally
   * {@code prefix + U+10FFFF}, which no key contains. With fewer than 4 of the sort key's 1,024
   * UTF-8 bytes left after the prefix, a key that starts with it has room for at most that many
   * bytes, so the highest such key (the prefix followed by the highest character of that many
   * bytes, or the prefix itself) is the end, and stays within the limit.
   */
  public static String end(String prefix) {
    int left = KeyLimits.SORT_KEY_BYTES - KeyEncoding.utf8Length(prefix);
    return switch (Math.max(left, 0)) {
      case 0 -> prefix;
      case 1 -> prefix + '\u007F';
      case 2 -> prefix + '\u07FF';
      case 3 -> prefix + '\uFFFF';
      default -> prefix + KeyEncoding.MAX_CHAR;
    };
  }

  /** The enhanced client's key of partition value {@code pk} and sort value {@code sk} ({@code null}: none). */
  static Key key(String pk, String sk) {
    Key.Builder key = Key.builder().partitionValue(pk);
    return sk == null ? key.build() : key.sortValue(sk).build();
  }

  /** Compares as DynamoDB does: by UTF-8 bytes, which is code point order. */
  public static int compareUtf8(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** Returns the condition as its builder call, such as {@code beginsWith(SK "ORDER#")}. */
  public String describe() {
    return operator.method + "(" + first.describe() + (second == null ? "" : ", " + second.describe()) + ")";
  }
}
