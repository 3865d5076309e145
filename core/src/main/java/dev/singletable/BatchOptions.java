package dev.singletable;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * How batch reads and writes ({@code batchPut}, {@code batchDelete}, {@code batchGet}) send their
 * chunks: how many requests are in flight at once, and the retry budget for what DynamoDB leaves
 * unprocessed. Set per table with {@link TableOptions.Builder#batchOptions} or per call with the
 * overloads that take it.
 *
 * <pre>{@code
 * shop.batchPut(items, BatchOptions.builder().parallelism(16).maxRetries(12).build());
 * }</pre>
 *
 * <p>A batch is cut into chunks of 25 writes ({@code BatchWriteItem}) or 100 keys
 * ({@code BatchGetItem}), DynamoDB's limits. Up to {@link #parallelism()} chunks are sent at
 * once. Items and keys DynamoDB returns as unprocessed ({@code UnprocessedItems},
 * {@code UnprocessedKeys}), and whole chunks refused with a throttling error after the SDK's own
 * retries, are sent again after a delay drawn uniformly from zero to
 * {@code min(maxDelay, baseDelay * 2^(retry - 1))} ("full jitter", the AWS Architecture Blog's
 * <i>Exponential Backoff and Jitter</i>), at most {@link #maxRetries()} times per chunk. When a
 * chunk spends its budget the batch stops sending and throws {@link UnprocessedItemsException}
 * carrying everything not done.
 *
 * <p>Threads: the calling thread sends chunks itself; with more than one chunk it is helped by
 * {@code parallelism - 1} threads, started for the call and stopped before it returns (named
 * {@code singletable-batch-<n>}), or taken from {@link #executor()} when one is set (the caller
 * then owns that executor's lifecycle; a rejected task, or one a busy executor starts only after
 * the calling thread is done, just leaves more work to the calling thread, which never waits for a
 * task that has not started). No thread the library starts outlives a call.
 *
 * <p>Defaults: parallelism 8, 8 retries, base delay 50 ms, maximum delay 5 s, no executor.
 * Immutable and thread-safe.
 */
public final class BatchOptions {

  private static final BatchOptions DEFAULTS = builder().build();

  private final int parallelism;
  private final int maxRetries;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Executor executor;

  private BatchOptions(Builder builder) {
    this.parallelism = builder.parallelism;
    this.maxRetries = builder.maxRetries;
    this.baseDelay = builder.baseDelay;
    this.maxDelay = builder.maxDelay;
    this.executor = builder.executor;
  }

  /** Returns the defaults: parallelism 8, 8 retries, base delay 50 ms, maximum delay 5 s, own threads. */
  public static BatchOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these options. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.parallelism = parallelism;
    builder.maxRetries = maxRetries;
    builder.baseDelay = baseDelay;
    builder.maxDelay = maxDelay;
    builder.executor = executor;
    return builder;
  }

  /** Returns how many chunk requests one call has in flight at most. */
  public int parallelism() {
    return parallelism;
  }

  /** Returns how many times a chunk's unprocessed or throttled part is sent again before the batch gives up. */
  public int maxRetries() {
    return maxRetries;
  }

  /** Returns the upper bound of the first retry's random delay; each further retry doubles it. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** Returns the largest upper bound of a retry's random delay. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** Returns the executor helper tasks run on, or empty when each call starts its own threads. */
  public Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  @Override
  public String toString() {
    return "BatchOptions[parallelism=" + parallelism + ", maxRetries=" + maxRetries + ", baseDelay=" + baseDelay
        + ", maxDelay=" + maxDelay + (executor == null ? "" : ", executor=" + executor) + "]";
  }

  /** Builds {@link BatchOptions}; not thread-safe. */
  public static final class Builder {
    private int parallelism = 8;
    private int maxRetries = 8;
    private Duration baseDelay = Duration.ofMillis(50);
    private Duration maxDelay = Duration.ofSeconds(5);
    private Executor executor;

    private Builder() {}

    /**
     * Sets how many chunk requests one call has in flight at most (default 8; 1 sends the chunks
     * one after the other on the calling thread).
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    /**
     * Sets how many times a chunk's unprocessed or throttled part is sent again (default 8; 0
     * sends each chunk once).
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative, not " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the upper bound of the first retry's random delay (default 50 ms; zero retries at once).
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = nonNegative(baseDelay, "baseDelay");
      return this;
    }

    /**
     * Sets the largest upper bound of a retry's random delay (default 5 s).
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative(maxDelay, "maxDelay");
      return this;
    }

    /**
     * Sets the executor that runs the calling thread's helpers, or {@code null} (the default) to
     * start {@code parallelism - 1} threads per call and stop them before it returns.
     */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /**
     * Builds the options.
     *
     * @throws IllegalArgumentException if the maximum delay is below the base delay
     */
    public BatchOptions build() {
      if (maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException("maxDelay " + maxDelay + " is below baseDelay " + baseDelay);
      }
      return new BatchOptions(this);
    }

    private static Duration nonNegative(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, not " + duration);
      }
      return duration;
    }
  }
}
