package dev.singletable.benchmarks.load;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Waits before every HTTP request the client sends, as an application waits on a DynamoDB region
 * across a network: DynamoDB Local answers in the same JVM in about a millisecond, where a real
 * round trip takes several. The waiting thread sleeps, so concurrent requests wait concurrently.
 */
public final class RoundTripDelay implements ExecutionInterceptor {

  private final long millis;

  /** Waits {@code millis} milliseconds before each request. */
  public RoundTripDelay(long millis) {
    this.millis = millis;
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during a simulated round trip", e);
    }
  }
}
