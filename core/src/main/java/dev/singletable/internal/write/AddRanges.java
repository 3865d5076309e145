package dev.singletable.internal.write;

import dev.singletable.ConditionFailedException;
import dev.singletable.EntitySchema;
import dev.singletable.internal.expression.ExpressionContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keeps an atomic {@code ADD} on an {@code int}, {@code long}, {@code short} or {@code byte}
 * property inside the range of its Java type. DynamoDB stores numbers of up to 38 digits, so
 * {@code ADD} happily carries a {@code long} past {@code Long.MAX_VALUE}, and every later read of
 * the item fails. The update therefore carries a condition that the stored value leaves room for
 * the delta ({@code attribute_not_exists(a) OR a <= :max-delta}); when it does not, the update
 * writes nothing and fails with a message that says so. <b>Not API.</b>
 */
public final class AddRanges {

  private AddRanges() {}

  /** The condition that keeps {@code stored + delta} in range, or empty for unbounded types. */
  static Optional<String> guard(EntitySchema<?> schema, String attribute, Object delta, ExpressionContext context) {
    Optional<BigInteger[]> range = range(schema, attribute);
    if (range.isEmpty() || !(delta instanceof Number number)) {
      return Optional.empty();
    }
    BigInteger d = BigInteger.valueOf(number.longValue());
    if (d.signum() == 0) {
      return Optional.empty();
    }
    String name = context.name(attribute);
    BigInteger bound = d.signum() > 0 ? range.get()[1].subtract(d) : range.get()[0].subtract(d);
    return Optional.of("attribute_not_exists(" + name + ") OR " + name + (d.signum() > 0 ? " <= " : " >= ")
        + context.value(AttributeValue.fromN(bound.toString())));
  }

  /**
   * Returns a clearer exception when a failed update's current item shows that one of its adds
   * would have left the range of its type; otherwise {@code failure} itself.
   */
  public static ConditionFailedException explain(EntitySchema<?> schema, Map<String, Object> adds,
      ConditionFailedException failure) {
    Map<String, AttributeValue> current = failure.currentValues();
    for (Map.Entry<String, Object> add : adds.entrySet()) {
      Optional<BigInteger[]> range = range(schema, add.getKey());
      AttributeValue stored = current.get(add.getKey());
      if (range.isEmpty() || stored == null || stored.n() == null || !(add.getValue() instanceof Number delta)) {
        continue;
      }
      BigInteger result = new BigDecimal(stored.n()).toBigInteger().add(BigInteger.valueOf(delta.longValue()));
      if (result.compareTo(range.get()[0]) < 0 || result.compareTo(range.get()[1]) > 0) {
        return new ConditionFailedException("Cannot add " + delta + " to " + schema.entityClass().getSimpleName() + "."
            + add.getKey() + " at " + failure.key() + ": it holds " + stored.n() + ", and the sum " + result
            + " would not fit its Java type " + type(schema, add.getKey()).getSimpleName() + "; nothing was written",
            failure.key(), failure.currentItem(Object.class).orElse(null), current, failure);
      }
    }
    return failure;
  }

  private static Optional<BigInteger[]> range(EntitySchema<?> schema, String attribute) {
    Class<?> type = type(schema, attribute);
    if (type == Long.class) {
      return Optional.of(new BigInteger[] {BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)});
    }
    if (type == Integer.class) {
      return Optional.of(new BigInteger[] {BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)});
    }
    if (type == Short.class) {
      return Optional.of(new BigInteger[] {BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE)});
    }
    if (type == Byte.class) {
      return Optional.of(new BigInteger[] {BigInteger.valueOf(Byte.MIN_VALUE), BigInteger.valueOf(Byte.MAX_VALUE)});
    }
    return Optional.empty();
  }

  private static Class<?> type(EntitySchema<?> schema, String attribute) {
    return schema.tableSchema().converterForAttribute(attribute).type().rawClass();
  }
}
