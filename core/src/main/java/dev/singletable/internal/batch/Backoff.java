package dev.singletable.internal.batch;

import dev.singletable.BatchOptions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"):
 * before retry {@code n} (from 1), wait a random time between zero and
 * {@code min(maxDelay, baseDelay * 2^(n - 1))}. <b>Not API.</b> Stateless.
 */
final class Backoff {

  private Backoff() {}

  /** Returns the upper bound of the wait before retry {@code retry}, in nanoseconds. */
  static long ceilingNanos(BatchOptions options, int retry) {
    long base = options.baseDelay().toNanos();
    long max = options.maxDelay().toNanos();
    int doublings = Math.min(retry - 1, 62);
    return base > (max >> doublings) ? max : base << doublings;
  }

  /** Returns a random wait before retry {@code retry}, in nanoseconds: uniform in {@code [0, ceiling]}. */
  static long delayNanos(BatchOptions options, int retry) {
    long ceiling = ceilingNanos(options, retry);
    return ceiling == 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1);
  }

  /**
   * Waits before retry {@code retry} unless {@code stop} is released first.
   *
   * @return {@code true} to retry, {@code false} when the batch was stopped meanwhile
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  static boolean pause(BatchOptions options, int retry, CountDownLatch stop) throws InterruptedException {
    long delay = delayNanos(options, retry);
    if (delay == 0) {
      return stop.getCount() > 0;
    }
    return !stop.await(delay, TimeUnit.NANOSECONDS);
  }
}
