package dev.singletable;

import java.time.Clock;
import java.util.Objects;

/**
 * Options of a {@link SingleTable}: how reads treat items that are not what the design expects
 * and items whose TTL has passed,
 * the clock the library reads time from, how batches send their chunks, and who hears the capacity
 * requests consume. Set with {@link SingleTable#withOptions}.
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
  private final BatchOptions batchOptions;
  private final CapacityListener capacityListener;
  private final ExpiredItems expiredItems;

  private TableOptions(Builder builder) {
    this.unknownItems = builder.unknownItems;
    this.malformedItems = builder.malformedItems;
    this.clock = builder.clock;
    this.batchOptions = builder.batchOptions;
    this.capacityListener = builder.capacityListener;
    this.expiredItems = builder.expiredItems;
  }

  /**
   * Returns the default options: unknown items kept raw, malformed items fail, the UTC system
   * clock, expired items kept, {@link BatchOptions#defaults()}, no capacity listener.
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
    builder.batchOptions = batchOptions;
    builder.capacityListener = capacityListener;
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

  /** Returns how batch reads and writes send their chunks and retry what DynamoDB leaves unprocessed. */
  public BatchOptions batchOptions() {
    return batchOptions;
  }

  /** Returns the listener of the capacity requests consume, or {@code null} when none is set. */
  public CapacityListener capacityListener() {
    return capacityListener;
  }

  /** Returns what reads do with items whose TTL has passed but that DynamoDB has not deleted yet. */
  public ExpiredItems expiredItems() {
    return expiredItems;
  }

  @Override
  public String toString() {
    return "TableOptions[unknownItems=" + unknownItems + ", malformedItems=" + malformedItems + ", clock=" + clock
        + ", expiredItems=" + expiredItems + ", batchOptions=" + batchOptions
        + (capacityListener == null ? "" : ", capacityListener=" + capacityListener) + "]";
  }

  /** Builds {@link TableOptions}; not thread-safe. */
  public static final class Builder {
    private ReadPolicy unknownItems = ReadPolicy.KEEP_RAW;
    private ReadPolicy malformedItems = ReadPolicy.FAIL;
    private Clock clock = Clock.systemUTC();
    private BatchOptions batchOptions = BatchOptions.defaults();
    private CapacityListener capacityListener;
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
     * Sets how batch reads and writes send their chunks and retry what DynamoDB leaves unprocessed
     * (default {@link BatchOptions#defaults()}); a call can pass its own.
     */
    public Builder batchOptions(BatchOptions options) {
      this.batchOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Sets the listener that receives the capacity each request consumes, as DynamoDB reports it
     * (default {@code null}: requests do not ask for it). See {@link CapacityListener}.
     */
    public Builder capacityListener(CapacityListener listener) {
      this.capacityListener = listener;
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
