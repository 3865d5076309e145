package dev.singletable.it;

import dev.singletable.testing.DynamoDbServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Records the Query requests a real client sends to the test backend and what it read for them
 * ({@code ScannedCount}: the items read, and paid for, before the filter): an SDK interceptor, not a
 * mock.
 */
final class RequestLog implements ExecutionInterceptor {

  final List<QueryRequest> queries = new CopyOnWriteArrayList<>();
  final List<QueryResponse> responses = new CopyOnWriteArrayList<>();

  /** Returns a client of {@code server} whose requests this log records; close it when done. */
  DynamoDbClient client(DynamoDbServer server) {
    return server.clientBuilder().overrideConfiguration(o -> o.addExecutionInterceptor(this)).build();
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    if (context.request() instanceof QueryRequest query) {
      queries.add(query);
    }
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    if (context.response() instanceof QueryResponse response) {
      responses.add(response);
    }
  }

  /** The items DynamoDB read for the recorded queries. */
  int scanned() {
    return responses.stream().mapToInt(QueryResponse::scannedCount).sum();
  }

  void clear() {
    queries.clear();
    responses.clear();
  }
}
