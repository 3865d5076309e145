package dev.singletable.internal.query;

import dev.singletable.TableOptions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the requests of a sharded query in parallel, at most {@link TableOptions#shardReadParallelism()}
 * at once: the calling thread and up to {@code parallelism - 1} helpers on the table's executor
 * (singletable's own pool unless {@link TableOptions#shardReadExecutor()} names one) take the tasks
 * one by one from a shared counter. The caller waits for the tasks, never for a helper: a helper
 * the executor rejects or starts late finds no task left, so a saturated or single-threaded
 * executor (even the one the caller runs on) slows the query down but never blocks it.
 *
 * <p>The first task that throws stops the tasks not yet started, and its exception is thrown to the
 * caller once the running ones have finished (the others' exceptions are added as suppressed).
 * <b>Not API.</b> Thread-safe: static functions only.
 */
final class FanOut {

  /** The most threads of singletable's own pool, shared by every table of the JVM. */
  static final int POOL_THREADS = 64;

  private FanOut() {}

  /** Runs every task, in parallel where the options allow, and returns when all have finished. */
  static void run(List<Runnable> tasks, TableOptions options) {
    if (tasks.size() == 1 || options.shardReadParallelism() == 1) {
      tasks.forEach(Runnable::run);
      return;
    }
    Executor executor = options.shardReadExecutor().orElseGet(FanOut::pool);
    Work work = new Work(tasks);
    int helpers = Math.min(options.shardReadParallelism(), tasks.size()) - 1;
    for (int i = 0; i < helpers; i++) {
      try {
        executor.execute(work::drain);
      } catch (RejectedExecutionException busy) {
        break; // the caller takes the rest
      }
    }
    work.drain();
    work.await();
  }

  /** The tasks of one fan-out, taken in order by whoever runs {@link #drain}. */
  private static final class Work {
    private final List<Runnable> tasks;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch finished;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    Work(List<Runnable> tasks) {
      this.tasks = tasks;
      this.finished = new CountDownLatch(tasks.size());
    }

    void drain() {
      for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
        try {
          if (failure.get() == null) {
            tasks.get(i).run();
          }
        } catch (RuntimeException | Error e) {
          RuntimeException wrapped = e instanceof RuntimeException r ? r : new IllegalStateException(e);
          if (!failure.compareAndSet(null, wrapped)) {
            failure.get().addSuppressed(e);
          }
        } finally {
          finished.countDown();
        }
      }
    }

    void await() {
      boolean interrupted = false;
      while (true) {
        try {
          finished.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the running requests finish on their own; wait for them, then say so
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      RuntimeException e = failure.get();
      if (e != null) {
        throw e;
      }
    }
  }

  private static Executor pool() {
    return Pool.INSTANCE;
  }

  /** singletable's own pool, made when the first sharded query of the JVM runs. */
  private static final class Pool {
    static final ThreadPoolExecutor INSTANCE = new ThreadPoolExecutor(0, POOL_THREADS, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), new Daemons());
  }

  /** Daemon threads named {@code singletable-shard-reader-N}: they never keep a JVM alive. */
  private static final class Daemons implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "singletable-shard-reader-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
