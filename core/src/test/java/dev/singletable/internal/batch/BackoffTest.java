package dev.singletable.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.BatchOptions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Exponential backoff with full jitter: the ceiling doubles from the base delay up to the maximum, the wait is uniform below it. */
class BackoffTest {

  private static final BatchOptions OPTIONS = BatchOptions.builder()
      .baseDelay(Duration.ofMillis(50)).maxDelay(Duration.ofSeconds(5)).build();

  @Test
  void theCeilingDoublesFromTheBaseDelayUpToTheMaximum() {
    assertThat(Backoff.ceilingNanos(OPTIONS, 1)).isEqualTo(Duration.ofMillis(50).toNanos());
    assertThat(Backoff.ceilingNanos(OPTIONS, 2)).isEqualTo(Duration.ofMillis(100).toNanos());
    assertThat(Backoff.ceilingNanos(OPTIONS, 7)).isEqualTo(Duration.ofMillis(3200).toNanos());
    assertThat(Backoff.ceilingNanos(OPTIONS, 8)).isEqualTo(Duration.ofSeconds(5).toNanos());
    assertThat(Backoff.ceilingNanos(OPTIONS, 1000)).isEqualTo(Duration.ofSeconds(5).toNanos());
  }

  @Property(tries = 300)
  void everyWaitIsBetweenZeroAndTheCeiling(@ForAll @IntRange(min = 1, max = 100) int retry) {
    assertThat(Backoff.delayNanos(OPTIONS, retry)).isBetween(0L, Backoff.ceilingNanos(OPTIONS, retry));
  }

  @Test
  void aZeroDelayRetriesAtOnceUnlessStopped() throws InterruptedException {
    BatchOptions now = BatchOptions.builder().baseDelay(Duration.ZERO).maxDelay(Duration.ZERO).build();
    CountDownLatch stop = new CountDownLatch(1);
    assertThat(Backoff.pause(now, 5, stop)).isTrue();
    stop.countDown();
    assertThat(Backoff.pause(now, 5, stop)).isFalse();
    assertThat(Backoff.pause(OPTIONS, 30, stop)).as("a stopped batch does not wait").isFalse();
  }
}
