package dev.singletable;

import java.time.Clock;
import java.util.Objects;

/**
 * Options of a {@link SingleTable}: how reads treat items that are not what the design expects,
 * and the clock the library reads time from. Set with {@link SingleTable#withOptions}.
 *
 * <pre>{@code
 * SingleTable shop = ShopSchema.table(client)
 *     .withOptions(TableOptions.builder().malformedItems(ReadPolicy.SKIP).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TableOptions {

  private static final TableOptions DEFAULTS = builder().build();

  private final ReadPolicy unknownItems;
  private final ReadPolicy malformedItems;
  private final Clock clock;
  private final ExpiredItems expiredItems;

  private TableOptions(Builder builder) {
    this.unknownItems = builder.unknownItems;
    this.malformedItems = builder.malformedItems;
    this.clock = builder.clock;
    this.expiredItems = builder.expiredItems;
  }

  /**
   * Returns the default options: unknown items kept raw, malformed items fail, the UTC system
   * clock, expired items kept.
   */
  public static TableOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a builder with the default options. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these options. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.unknownItems = unknownItems;
    builder.malformedItems = malformedItems;
    builder.clock = clock;
    builder.expiredItems = expiredItems;
    return builder;
  }

  /** Returns what reads do with items whose type names no entity of the table. */
  public ReadPolicy unknownItems() {
    return unknownItems;
  }

  /** Returns what reads do with items of a known entity that cannot be mapped. */
  public ReadPolicy malformedItems() {
    return malformedItems;
  }

  /** Returns the clock timestamps and expiry checks read. */
  public Clock clock() {
    return clock;
  }

  /** Returns what reads do with items whose TTL has passed but that DynamoDB has not deleted yet. */
  public ExpiredItems expiredItems() {
    return expiredItems;
  }

  @Override
  public String toString() {
    return "TableOptions[unknownItems=" + unknownItems + ", malformedItems=" + malformedItems + ", clock=" + clock
        + ", expiredItems=" + expiredItems + "]";
  }

  /** Builds {@link TableOptions}; not thread-safe. */
  public static final class Builder {
    private ReadPolicy unknownItems = ReadPolicy.KEEP_RAW;
    private ReadPolicy malformedItems = ReadPolicy.FAIL;
    private Clock clock = Clock.systemUTC();
    private ExpiredItems expiredItems = ExpiredItems.KEEP;

    private Builder() {}

    /** Sets what reads do with items whose type names no entity of the table (default {@code KEEP_RAW}). */
    public Builder unknownItems(ReadPolicy policy) {
      this.unknownItems = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Sets what reads do with items of a known entity that cannot be mapped (default {@code FAIL}). */
    public Builder malformedItems(ReadPolicy policy) {
      this.malformedItems = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Sets the clock (default {@link Clock#systemUTC()}); tests pass a fixed one. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets what gets, queries and {@code transactGet} do with items whose TTL has passed (default
     * {@code KEEP}, as DynamoDB returns them until it deletes them). See {@link ExpiredItems}.
     */
    public Builder expiredItems(ExpiredItems policy) {
      this.expiredItems = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Builds the options. */
    public TableOptions build() {
      return new TableOptions(this);
    }
  }
}
