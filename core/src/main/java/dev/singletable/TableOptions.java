package dev.singletable;

import dev.singletable.internal.query.CursorKeys;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Options of a {@link SingleTable}: how reads treat items that are not what the design expects
 * and items whose TTL has passed, the clock the library reads time from, the application key that
 * seals query cursors, how batches send their chunks, how a query of a sharded partition reads its
 * shards, who hears the capacity requests consume, and the stream {@link SingleTable#createTable()}
 * enables. Set with {@link SingleTable#withOptions}.
 *
 * <pre>{@code
 * SingleTable shop = ShopSchema.table(client)
 *     .withOptions(TableOptions.builder().malformedItems(ReadPolicy.SKIP).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TableOptions {

  /** The default most requests in flight of one sharded query: a typical shard count. */
  public static final int DEFAULT_SHARD_READ_PARALLELISM = 10;

  private static final TableOptions DEFAULTS = builder().build();

  private final ReadPolicy unknownItems;
  private final ReadPolicy malformedItems;
  private final Clock clock;
  private final BatchOptions batchOptions;
  private final CapacityListener capacityListener;
  private final CursorKeys cursorKeys;
  private final StreamViewType streamViewType;
  private final ExpiredItems expiredItems;
  private final int shardReadParallelism;
  private final Executor shardReadExecutor;

  private TableOptions(Builder builder) {
    this.unknownItems = builder.unknownItems;
    this.malformedItems = builder.malformedItems;
    this.clock = builder.clock;
    this.batchOptions = builder.batchOptions;
    this.capacityListener = builder.capacityListener;
    this.cursorKeys = builder.cursorKeys;
    this.streamViewType = builder.streamViewType;
    this.expiredItems = builder.expiredItems;
    this.shardReadParallelism = builder.shardReadParallelism;
    this.shardReadExecutor = builder.shardReadExecutor;
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
    builder.cursorKeys = cursorKeys;
    builder.streamViewType = streamViewType;
    builder.expiredItems = expiredItems;
    builder.shardReadParallelism = shardReadParallelism;
    builder.shardReadExecutor = shardReadExecutor;
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
    return batchOptions == null ? BatchOptions.defaults() : batchOptions;
  }

  /** Returns the listener of the capacity requests consume, or {@code null} when none is set. */
  public CapacityListener capacityListener() {
    return capacityListener;
  }

  /** Returns what reads do with items whose TTL has passed but that DynamoDB has not deleted yet. */
  public ExpiredItems expiredItems() {
    return expiredItems;
  }

  /**
   * Returns the most requests one query of a sharded partition key has in flight at once
   * ({@link Builder#shardReads}).
   */
  public int shardReadParallelism() {
    return shardReadParallelism;
  }

  /**
   * Returns the executor that runs the requests of a sharded query besides the calling thread, if
   * one was set; empty for singletable's own pool ({@link Builder#shardReads}).
   */
  public Optional<Executor> shardReadExecutor() {
    return Optional.ofNullable(shardReadExecutor);
  }

  /**
   * Returns whether query cursors are sealed with an application key ({@link Builder#cursorKey}):
   * encrypted and authenticated, instead of readable and checked.
   */
  public boolean sealsCursors() {
    return cursorKeys != null;
  }

  /** The keys that seal cursors, or {@code null}; for the query builders of this package. */
  CursorKeys cursorKeys() {
    return cursorKeys;
  }

  /**
   * Returns the view type of the DynamoDB stream the table has: {@link SingleTable#createTable()}
   * creates the table with it and refuses an existing table without it. Empty (the default): the
   * library neither creates nor checks a stream.
   */
  public Optional<StreamViewType> streamViewType() {
    return Optional.ofNullable(streamViewType);
  }

  @Override
  public String toString() {
    return "TableOptions[unknownItems=" + unknownItems + ", malformedItems=" + malformedItems + ", clock=" + clock
        + ", expiredItems=" + expiredItems
        + ", cursors=" + (cursorKeys == null ? "checked" : "sealed with " + cursorKeys.size() + " key(s)")
        + ", batchOptions=" + batchOptions() + (capacityListener == null ? "" : ", capacityListener=" + capacityListener)
        + (streamViewType == null ? "" : ", streamViewType=" + streamViewType)
        + ", shardReadParallelism=" + shardReadParallelism + "]";
  }

  /** Builds {@link TableOptions}; not thread-safe. */
  public static final class Builder {
    private ReadPolicy unknownItems = ReadPolicy.KEEP_RAW;
    private ReadPolicy malformedItems = ReadPolicy.FAIL;
    private Clock clock = Clock.systemUTC();
    private BatchOptions batchOptions; // null: BatchOptions.defaults(), loaded by the first batch, not by every table
    private CapacityListener capacityListener;
    private CursorKeys cursorKeys;
    private StreamViewType streamViewType;
    private ExpiredItems expiredItems = ExpiredItems.KEEP;
    private int shardReadParallelism = DEFAULT_SHARD_READ_PARALLELISM;
    private Executor shardReadExecutor;

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
     * Seals query cursors with an application key: each {@link Page#cursor()} is encrypted and
     * authenticated (AES-256-GCM under keys derived with HKDF-SHA256, its nonce an HMAC-SHA256 of the
     * cursor and its query), so a client that holds a cursor can neither read the key values in it
     * (a user's email in an index key) nor make or change one to read elsewhere. Cursors sealed with
     * {@code previous} keys are still accepted, so a key can be rotated: seal with the new key, keep
     * the old one in {@code previous} as long as clients may hold its cursors. Without a key (the
     * default), cursors are readable and carry a check that refuses changed cursors and cursors of
     * other queries, but anyone who knows the query can compute one.
     *
     * <p>Every instance that serves the same clients needs the same keys. Keep them secret (a
     * secrets manager, not the code); the arrays are copied.
     *
     * @param current the key that seals new cursors: at least 16 random bytes, 32 recommended
     * @param previous keys whose cursors are still accepted, newest first
     * @throws IllegalArgumentException if a key is shorter than 16 bytes
     */
    public Builder cursorKey(byte[] current, byte[]... previous) {
      Objects.requireNonNull(current, "current");
      this.cursorKeys = CursorKeys.of(current, previous);
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

    /**
     * Sets how a query of a sharded partition key ({@code OrderKeys.gsi1Pk(status)} of a key with
     * {@code shards = 10}) reads its shards: at most {@code parallelism} requests in flight at once
     * (default {@value TableOptions#DEFAULT_SHARD_READ_PARALLELISM}; 1 reads the shards one after
     * the other), the calling thread running one of them. The others run on singletable's own
     * pool of daemon threads, shared by every table of the JVM and holding no thread while no
     * sharded query runs.
     *
     * @throws IllegalArgumentException if {@code parallelism} is not from 1 to 100
     */
    public Builder shardReads(int parallelism) {
      if (parallelism < 1 || parallelism > 100) {
        throw new IllegalArgumentException("Shard read parallelism is from 1 to 100, not " + parallelism);
      }
      this.shardReadParallelism = parallelism;
      return this;
    }

    /**
     * Sets how a sharded query reads its shards, as {@link #shardReads(int)} does, running the
     * requests besides the calling thread's on {@code executor} (a pool of your own; on Java 21,
     * {@code Executors.newVirtualThreadPerTaskExecutor()}). A request the executor rejects runs on
     * the calling thread. The executor is not shut down by singletable.
     */
    public Builder shardReads(int parallelism, Executor executor) {
      shardReads(parallelism);
      this.shardReadExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Gives the table a DynamoDB stream with this view type ({@code null}, the default: none).
     * {@link SingleTable#createTable()} creates the table with the stream enabled
     * ({@code StreamSpecification}); on an existing table it reports a missing stream, or one whose
     * records hold less than {@code viewType} asks for, like any other difference from the design
     * ({@code NEW_AND_OLD_IMAGES} serves every view type, {@code NEW_IMAGE} and {@code OLD_IMAGE}
     * serve {@code KEYS_ONLY}). Read its records with {@link SingleTable#changeEvent}.
     *
     * @throws IllegalArgumentException if {@code viewType} is {@code UNKNOWN_TO_SDK_VERSION}
     */
    public Builder streamViewType(StreamViewType viewType) {
      if (viewType == StreamViewType.UNKNOWN_TO_SDK_VERSION) {
        throw new IllegalArgumentException("streamViewType must be one of NEW_AND_OLD_IMAGES, NEW_IMAGE, OLD_IMAGE,"
            + " KEYS_ONLY, was " + viewType);
      }
      this.streamViewType = viewType;
      return this;
    }

    /** Builds the options. */
    public TableOptions build() {
      return new TableOptions(this);
    }
  }
}
