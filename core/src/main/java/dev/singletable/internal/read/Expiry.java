package dev.singletable.internal.read;

import dev.singletable.ExpiredItems;
import dev.singletable.TableDefinition;
import dev.singletable.internal.expression.ExpressionPart;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Whether an item's TTL has passed, as DynamoDB decides it: the table's TTL attribute holds a
 * number of epoch seconds below now. An item without it, or with a value of another type, never
 * expires (DynamoDB's TTL ignores it too). DynamoDB deletes expired items some time later, so reads
 * that follow {@link ExpiredItems#SKIP} leave them out meanwhile: gets and transaction reads with
 * {@link #isExpired}, queries with the filter of {@link #notExpiredFilter}. Scans and stream
 * records can use the same two. <b>Not API.</b> Immutable and thread-safe.
 */
public final class Expiry {

  private static final Expiry NEVER = new Expiry(null, null);

  private final String attribute;
  private final Clock clock;

  private Expiry(String attribute, Clock clock) {
    this.attribute = attribute;
    this.clock = clock;
  }

  /**
   * Returns the expiry check of a table's reads: one that skips nothing when the policy keeps
   * expired items or no entity has a TTL.
   */
  public static Expiry of(TableDefinition definition, ExpiredItems policy, Clock clock) {
    if (policy == ExpiredItems.KEEP || definition.ttlAttribute().isEmpty()) {
      return NEVER;
    }
    return new Expiry(definition.ttlAttribute().get(), clock);
  }

  /** Returns whether {@code item} has expired and is to be left out. */
  public boolean isExpired(Map<String, AttributeValue> item) {
    return attribute != null && isExpired(item, attribute, clock.instant().getEpochSecond());
  }

  /** Returns whether the item's {@code ttlAttribute} is a number of epoch seconds below {@code nowEpochSeconds}. */
  public static boolean isExpired(Map<String, AttributeValue> item, String ttlAttribute, long nowEpochSeconds) {
    AttributeValue value = item.get(ttlAttribute);
    if (value == null || value.n() == null) {
      return false;
    }
    try {
      return new BigDecimal(value.n()).compareTo(BigDecimal.valueOf(nowEpochSeconds)) < 0;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }

  /**
   * Returns the filter expression that keeps items not expired now:
   * {@code NOT attribute_type(ttl, N) OR ttl >= :now}; {@code null} when this check skips nothing.
   */
  public ExpressionPart notExpiredFilter() {
    if (attribute == null) {
      return null;
    }
    long now = clock.instant().getEpochSecond();
    return context -> {
      String name = context.name(attribute);
      return "NOT attribute_type(" + name + ", " + context.value(AttributeValue.fromS("N")) + ") OR " + name
          + " >= " + context.value(AttributeValue.fromN(Long.toString(now)));
    };
  }
}
