package dev.singletable.internal.scan;

import dev.singletable.SingletableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.exception.AbortedException;

/**
 * Runs the reads of a scan's segments at once on a bounded pool of daemon threads made for the
 * run and shut down after it; one task runs on the caller's thread. The first failure cancels the
 * other tasks and is thrown as it was (a {@code RuntimeException} such as the SDK's or a
 * {@code MalformedItemException}). <b>Not API.</b>
 */
final class ParallelSegments {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private ParallelSegments() {}

  /** Runs {@code tasks} on at most {@code threads} threads; returns their results in task order. */
  static <R> List<R> run(List<Callable<R>> tasks, int threads) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    if (tasks.size() == 1) {
      return List.of(call(tasks.get(0)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), daemons());
    try {
      CompletionService<R> completion = new ExecutorCompletionService<>(pool);
      List<Future<R>> futures = new ArrayList<>();
      for (Callable<R> task : tasks) {
        futures.add(completion.submit(task));
      }
      for (int i = 0; i < tasks.size(); i++) {
        completion.take().get(); // the first failure ends the wait
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw AbortedException.builder().message("Interrupted while scanning").cause(e).build();
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R call(Callable<R> task) {
    try {
      return task.call();
    } catch (Exception e) {
      throw rethrow(e);
    }
  }

  private static RuntimeException rethrow(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new SingletableException("A scan segment failed: " + failure, failure);
  }

  private static ThreadFactory daemons() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "singletable-scan-" + pool + "-" + thread.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
