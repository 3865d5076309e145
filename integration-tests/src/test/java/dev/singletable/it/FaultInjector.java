package dev.singletable.it;

import dev.singletable.testing.DynamoDbServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Makes a real client against the test server (DynamoDB Local, or moto) see the faults DynamoDB produces on batches, by
 * rewriting requests and responses in an SDK {@link ExecutionInterceptor}:
 *
 * <ul>
 *   <li><b>Unprocessed items and keys:</b> the elements the {@link Plan} picks are taken out of
 *       the {@code BatchWriteItem} or {@code BatchGetItem} request before it is sent, so DynamoDB
 *       Local neither writes nor reads them, and put back into the response's
 *       {@code UnprocessedItems} or {@code UnprocessedKeys}, exactly as DynamoDB returns them (for
 *       keys, with the request's {@code ConsistentRead}). When every element is picked, no request
 *       reaches a table: the response is an empty success plus the unprocessed elements.
 *   <li><b>Throttling:</b> the request goes to a table that does not exist (nothing is written)
 *       and every HTTP response the SDK sees for it is DynamoDB's 400
 *       {@code ProvisionedThroughputExceededException}, so the SDK's retry policy handles it as it
 *       would in AWS, then gives up.
 * </ul>
 *
 * <p>It also records what it saw: batch executions, the most in flight at once, and the threads
 * that sent them. Thread-safe.
 */
public final class FaultInjector implements ExecutionInterceptor {

  /** What DynamoDB does with one batch execution (numbered from 1, in the order they start). */
  public interface Plan {
    /**
     * Returns the positions of the request's elements DynamoDB leaves unprocessed.
     *
     * @param elements each element's item (a put), key (a delete) or key (a read)
     */
    default Set<Integer> unprocessed(int execution, List<Map<String, AttributeValue>> elements) {
      return Set.of();
    }

    /** Returns whether DynamoDB throttles the whole request, on every attempt the SDK makes. */
    default boolean throttled(int execution, List<Map<String, AttributeValue>> elements) {
      return false;
    }
  }

  /** DynamoDB as it is: no faults. */
  public static final Plan NONE = new Plan() {};

  private static final String MISSING_TABLE = "fault-injector-no-such-table";
  private static final ExecutionAttribute<List<WriteRequest>> DROPPED_WRITES = new ExecutionAttribute<>("droppedWrites");
  private static final ExecutionAttribute<KeysAndAttributes> DROPPED_KEYS = new ExecutionAttribute<>("droppedKeys");
  private static final ExecutionAttribute<String> TABLE = new ExecutionAttribute<>("table");
  private static final ExecutionAttribute<Replacement> REPLACEMENT = new ExecutionAttribute<>("replacement");
  private static final ExecutionAttribute<Boolean> BATCH = new ExecutionAttribute<>("batch");

  /** An HTTP response that replaces DynamoDB Local's. */
  private record Replacement(int status, String errorType, String body) {}

  private static final Replacement THROTTLED = new Replacement(400, "ProvisionedThroughputExceededException",
      "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\",\"message\":\"The level"
          + " of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning"
          + " level with the UpdateTable API.\"}");
  private static final Replacement EMPTY_SUCCESS = new Replacement(200, null, "{}");

  private volatile Plan plan = NONE;
  private final AtomicInteger executions = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicInteger throttledAttempts = new AtomicInteger();
  private final Set<String> threads = ConcurrentHashMap.newKeySet();

  /**
   * Returns a client of {@code server} whose requests go through {@code interceptors}, such as a
   * fault injector; the SDK retries a throttled request once, at once (AWS waits longer; the
   * test's time is not the point).
   */
  public static DynamoDbClient client(DynamoDbServer server, ExecutionInterceptor... interceptors) {
    return server.clientBuilder()
        .overrideConfiguration(o -> o.executionInterceptors(List.of(interceptors))
            .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(2)
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                .circuitBreakerEnabled(false).build()))
        .build();
  }

  /** Sets what DynamoDB does from now on. */
  public FaultInjector plan(Plan newPlan) {
    this.plan = newPlan;
    return this;
  }

  /** Returns how many batch executions started (the SDK's own retries not counted). */
  public int executions() {
    return executions.get();
  }

  /** Returns the most batch executions in flight at once. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  /** Returns how many HTTP attempts were answered with a throttling error (the SDK's retries counted). */
  public int throttledAttempts() {
    return throttledAttempts.get();
  }

  /** Returns the names of the threads batch executions ran on. */
  public Set<String> threads() {
    return Set.copyOf(threads);
  }

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    SdkRequest request = context.request();
    if (!(request instanceof BatchWriteItemRequest) && !(request instanceof BatchGetItemRequest)) {
      return request;
    }
    attributes.putAttribute(BATCH, true);
    threads.add(Thread.currentThread().getName());
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    int execution = executions.incrementAndGet();
    Plan current = plan;
    if (request instanceof BatchWriteItemRequest write) {
      String table = write.requestItems().keySet().iterator().next();
      List<WriteRequest> all = write.requestItems().get(table);
      List<Map<String, AttributeValue>> elements = all.stream()
          .map(w -> w.putRequest() != null ? w.putRequest().item() : w.deleteRequest().key()).toList();
      if (current.throttled(execution, elements)) {
        attributes.putAttribute(REPLACEMENT, THROTTLED);
        return redirect(request);
      }
      Set<Integer> dropped = current.unprocessed(execution, elements);
      List<WriteRequest> kept = new ArrayList<>();
      List<WriteRequest> out = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        (dropped.contains(i) ? out : kept).add(all.get(i));
      }
      attributes.putAttribute(TABLE, table);
      attributes.putAttribute(DROPPED_WRITES, out);
      if (kept.isEmpty()) {
        attributes.putAttribute(REPLACEMENT, EMPTY_SUCCESS);
        return redirect(request);
      }
      return write.toBuilder().requestItems(Map.of(table, kept)).build();
    }
    BatchGetItemRequest read = (BatchGetItemRequest) request;
    String table = read.requestItems().keySet().iterator().next();
    KeysAndAttributes all = read.requestItems().get(table);
    if (current.throttled(execution, all.keys())) {
      attributes.putAttribute(REPLACEMENT, THROTTLED);
      return redirect(request);
    }
    Set<Integer> dropped = current.unprocessed(execution, all.keys());
    List<Map<String, AttributeValue>> kept = new ArrayList<>();
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    for (int i = 0; i < all.keys().size(); i++) {
      (dropped.contains(i) ? out : kept).add(all.keys().get(i));
    }
    attributes.putAttribute(TABLE, table);
    attributes.putAttribute(DROPPED_KEYS, all.toBuilder().keys(out).build());
    if (kept.isEmpty()) {
      attributes.putAttribute(REPLACEMENT, EMPTY_SUCCESS);
      return redirect(request);
    }
    return read.toBuilder().requestItems(Map.of(table, all.toBuilder().keys(kept).build())).build();
  }

  @Override
  public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    Replacement replacement = attributes.getAttribute(REPLACEMENT);
    if (replacement == null) {
      return context.httpResponse();
    }
    if (replacement == THROTTLED) {
      throttledAttempts.incrementAndGet();
    }
    SdkHttpResponse.Builder response = context.httpResponse().toBuilder()
        .statusCode(replacement.status())
        .removeHeader("x-amz-crc32")
        .removeHeader("x-amzn-ErrorType")
        .putHeader("Content-Length", Integer.toString(replacement.body().getBytes(StandardCharsets.UTF_8).length));
    if (replacement.errorType() != null) {
      response.putHeader("x-amzn-ErrorType", replacement.errorType());
    }
    return response.build();
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
      ExecutionAttributes attributes) {
    Replacement replacement = attributes.getAttribute(REPLACEMENT);
    return replacement == null
        ? context.responseBody()
        : Optional.of(new ByteArrayInputStream(replacement.body().getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
    SdkResponse response = context.response();
    String table = attributes.getAttribute(TABLE);
    List<WriteRequest> writes = attributes.getAttribute(DROPPED_WRITES);
    if (response instanceof BatchWriteItemResponse write && writes != null && !writes.isEmpty()) {
      Map<String, List<WriteRequest>> unprocessed = new HashMap<>(write.unprocessedItems());
      List<WriteRequest> merged = new ArrayList<>(unprocessed.getOrDefault(table, List.of()));
      merged.addAll(writes);
      unprocessed.put(table, merged);
      return write.toBuilder().unprocessedItems(unprocessed).build();
    }
    KeysAndAttributes keys = attributes.getAttribute(DROPPED_KEYS);
    if (response instanceof BatchGetItemResponse read && keys != null && !keys.keys().isEmpty()) {
      Map<String, KeysAndAttributes> unprocessed = new HashMap<>(read.unprocessedKeys());
      KeysAndAttributes already = unprocessed.get(table);
      List<Map<String, AttributeValue>> merged = new ArrayList<>(already == null ? List.of() : already.keys());
      merged.addAll(keys.keys());
      unprocessed.put(table, keys.toBuilder().keys(merged).build());
      return read.toBuilder().unprocessedKeys(unprocessed).build();
    }
    return response;
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    finished(attributes);
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    finished(attributes);
  }

  private void finished(ExecutionAttributes attributes) {
    if (Boolean.TRUE.equals(attributes.getAttribute(BATCH))) {
      inFlight.decrementAndGet();
    }
  }

  /** The same request on a table that does not exist: it writes and reads nothing. */
  private static SdkRequest redirect(SdkRequest request) {
    if (request instanceof BatchWriteItemRequest write) {
      return write.toBuilder().requestItems(Map.of(MISSING_TABLE, write.requestItems().values().iterator().next()))
          .build();
    }
    BatchGetItemRequest read = (BatchGetItemRequest) request;
    return read.toBuilder().requestItems(Map.of(MISSING_TABLE, read.requestItems().values().iterator().next())).build();
  }
}
