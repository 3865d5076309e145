package dev.singletable.it.shard;

import dev.singletable.testing.DynamoDbServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Records the Query requests a real client sends, how many were in flight at once, and, with a
 * barrier of n, holds each of the first n requests until all n are in flight: if they were sent one
 * after the other, the barrier would never open (each waits at most 30 s, then goes on and says so).
 * An SDK interceptor, not a mock.
 */
final class QueryProbe implements ExecutionInterceptor {

  final List<QueryRequest> queries = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final CountDownLatch barrier;
  private final AtomicInteger metAtTheBarrier = new AtomicInteger();

  /** @param barrier how many requests must be in flight together before any goes on; 0 for none */
  QueryProbe(int barrier) {
    this.barrier = new CountDownLatch(barrier);
  }

  DynamoDbClient client(DynamoDbServer server) {
    return server.clientBuilder().overrideConfiguration(o -> o.addExecutionInterceptor(this)).build();
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    if (!(context.request() instanceof QueryRequest query)) {
      return;
    }
    queries.add(query);
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    if (barrier.getCount() > 0) {
      barrier.countDown();
      try {
        if (barrier.await(30, TimeUnit.SECONDS)) {
          metAtTheBarrier.incrementAndGet();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    if (context.request() instanceof QueryRequest) {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    if (context.request() instanceof QueryRequest) {
      inFlight.decrementAndGet();
    }
  }

  /** The most requests that were in flight at one time. */
  int maxInFlight() {
    return maxInFlight.get();
  }

  /** How many requests waited at the barrier until all of its requests were in flight together. */
  int metAtTheBarrier() {
    return metAtTheBarrier.get();
  }
}
