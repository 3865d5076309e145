package dev.singletable.internal.batch;

import dev.singletable.BatchOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Sends the chunks of one batch call, up to {@link BatchOptions#parallelism()} at once, and sends
 * again what comes back unprocessed, with exponential backoff and full jitter ({@link Backoff}),
 * up to {@link BatchOptions#maxRetries()} times per chunk. A request refused with a throttling
 * error after the SDK's own retries counts as all of it unprocessed.
 *
 * <p>The calling thread sends chunks itself, helped by up to {@code parallelism - 1} helpers on
 * the options' executor or on threads started for this run and stopped before it returns. When a
 * chunk spends its budget, or a request fails otherwise, or the calling thread is interrupted, the
 * run stops: no new request is sent, requests in flight finish, and everything not known to be
 * done is returned in the {@link Outcome}, never dropped. <b>Not API.</b> One instance per run.
 *
 * @param <R> a request element: a {@code WriteRequest} or a key
 */
final class ChunkRunner<R> {

  /** Sends one request for some elements and returns those DynamoDB left unprocessed. */
  @FunctionalInterface
  interface Sender<R> {
    List<R> send(List<R> elements);
  }

  /**
   * What a run did not do.
   *
   * @param undone the elements not known to be done, in no particular order
   * @param failure what stopped the run: a failed request, the last throttling error of a chunk
   *     that spent its budget, an interrupt; {@code null} when done, or when the budget was spent
   *     on unprocessed elements
   * @param budgetSpent whether a chunk spent its retry budget
   */
  record Outcome<R>(List<R> undone, Throwable failure, boolean budgetSpent) {}

  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

  private final BatchOptions options;
  private final Sender<R> sender;
  private final ConcurrentLinkedQueue<List<R>> chunks;
  private final ConcurrentLinkedQueue<R> undone = new ConcurrentLinkedQueue<>();
  private final CountDownLatch stop = new CountDownLatch(1);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean budgetSpent;
  private final Object helperLock = new Object(); // guards closed and activeHelpers
  private boolean closed;
  private int activeHelpers;

  private ChunkRunner(List<List<R>> chunks, BatchOptions options, Sender<R> sender) {
    this.options = options;
    this.sender = sender;
    this.chunks = new ConcurrentLinkedQueue<>(chunks);
  }

  /** Returns {@code elements} cut into consecutive chunks of {@code size} (the last may be shorter). */
  static <R> List<List<R>> split(List<R> elements, int size) {
    List<List<R>> chunks = new ArrayList<>((elements.size() + size - 1) / size);
    for (int start = 0; start < elements.size(); start += size) {
      chunks.add(elements.subList(start, Math.min(elements.size(), start + size)));
    }
    return chunks;
  }

  /** Sends every chunk and returns what was not done. Blocks until no request of the run is in flight. */
  static <R> Outcome<R> run(List<List<R>> chunks, BatchOptions options, Sender<R> sender) {
    return new ChunkRunner<>(chunks, options, sender).run();
  }

  private Outcome<R> run() {
    int helpers = Math.min(options.parallelism(), chunks.size()) - 1;
    List<Thread> ownThreads = new ArrayList<>();
    for (int i = 0; i < helpers; i++) {
      if (options.executor().isPresent()) {
        try {
          options.executor().get().execute(this::help);
        } catch (RejectedExecutionException e) {
          // the calling thread does that helper's share
        }
      } else {
        Thread thread = new Thread(this::help, "singletable-batch-" + THREAD_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        ownThreads.add(thread);
      }
    }
    boolean interrupted;
    try {
      work();
    } finally {
      interrupted = awaitHelpers(ownThreads);
    }
    if (interrupted || Thread.interrupted()) {
      if (failure.get() == null) {
        stopWith(new InterruptedException("Interrupted while sending a batch"));
      }
      Thread.currentThread().interrupt();
    }
    return new Outcome<>(List.copyOf(new ArrayList<>(undone)), failure.get(), budgetSpent);
  }

  /**
   * A helper's task: takes chunks like the calling thread, unless it starts after the calling
   * thread finished (a busy executor ran it late), so that the call never waits for a task that a
   * saturated executor has not started.
   */
  private void help() {
    synchronized (helperLock) {
      if (closed) {
        return;
      }
      activeHelpers++;
    }
    try {
      work();
    } finally {
      synchronized (helperLock) {
        activeHelpers--;
        helperLock.notifyAll();
      }
    }
  }

  /** Takes chunks until none is left; after a stop, moves them to the undone elements unsent. */
  private void work() {
    List<R> chunk;
    while ((chunk = chunks.poll()) != null) {
      if (stopped()) {
        undone.addAll(chunk);
      } else {
        send(chunk);
      }
    }
  }

  /** Sends one chunk until done, stopped or out of budget; whatever is pending then is undone. */
  private void send(List<R> chunk) {
    List<R> pending = chunk;
    AwsServiceException throttled = null;
    try {
      for (int retry = 0; !pending.isEmpty() && !stopped(); retry++) {
        if (retry > options.maxRetries()) {
          budgetSpent = true;
          stopWith(throttled);
          break;
        }
        if (retry > 0 && !Backoff.pause(options, retry, stop)) {
          break; // stopped while waiting
        }
        try {
          pending = sender.send(pending);
          throttled = null;
        } catch (AwsServiceException e) {
          if (!e.isThrottlingException()) {
            throw e;
          }
          throttled = e; // the SDK's own retries gave up: the whole request is unprocessed
        }
      }
    } catch (InterruptedException e) {
      stopWith(e);
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      stopWith(e);
    } finally {
      undone.addAll(pending);
    }
  }

  private boolean stopped() {
    return stop.getCount() == 0;
  }

  /** Stops the run; the first failure is its cause, later ones are suppressed by it. */
  private void stopWith(Throwable cause) {
    if (cause != null && !failure.compareAndSet(null, cause) && failure.get() != cause) {
      failure.get().addSuppressed(cause);
    }
    stop.countDown();
  }

  /**
   * Waits for the helpers that started, which finish their requests in flight, and for the run's
   * own threads to end; returns whether the wait was interrupted (an interrupt stops the run, the
   * wait goes on).
   */
  private boolean awaitHelpers(List<Thread> ownThreads) {
    boolean interrupted = Thread.interrupted();
    if (interrupted) {
      stop.countDown();
    }
    synchronized (helperLock) {
      closed = true;
      while (activeHelpers > 0) {
        try {
          helperLock.wait();
        } catch (InterruptedException e) {
          interrupted = true;
          stop.countDown();
        }
      }
    }
    for (Thread thread : ownThreads) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
          stop.countDown();
        }
      }
    }
    return interrupted;
  }
}
