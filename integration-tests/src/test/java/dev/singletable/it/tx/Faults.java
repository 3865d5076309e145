package dev.singletable.it.tx;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Injects DynamoDB's faults into a real client, the way DynamoDB sends them: an HTTP 400 with
 * DynamoDB's JSON error body. A cancelled transaction is first turned into condition checks that
 * hold, so that DynamoDB Local writes nothing, as DynamoDB would not; throttling is injected on
 * reads only, which change nothing whether or not they reach the server. Thread-safe.
 */
final class Faults implements ExecutionInterceptor {

  private static final ExecutionAttribute<String> FAULT = new ExecutionAttribute<>("singletable.fault");

  /** The cancellation codes of the next {@code TransactWriteItems}, one per action; {@code null}: none. */
  volatile List<String> cancelNextTransaction;
  /** How many more {@code GetItem} attempts are answered with a {@code ThrottlingException}. */
  final AtomicInteger throttleGets = new AtomicInteger();
  /** Every attempt the client sent. */
  final AtomicInteger attempts = new AtomicInteger();

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    List<String> codes = cancelNextTransaction;
    if (codes != null && context.request() instanceof TransactWriteItemsRequest request) {
      cancelNextTransaction = null;
      attributes.putAttribute(FAULT, cancellation(codes));
      return request.toBuilder().transactItems(request.transactItems().stream().map(Faults::harmless).toList()).build();
    }
    return context.request();
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    attempts.incrementAndGet();
    if (context.request() instanceof GetItemRequest && throttleGets.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      attributes.putAttribute(FAULT, error("ThrottlingException", "Rate of requests exceeds the allowed throughput.", ""));
    }
  }

  @Override
  public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    if (attributes.getAttribute(FAULT) == null) {
      return context.httpResponse();
    }
    return context.httpResponse().toBuilder().statusCode(400).statusText("Bad Request")
        .removeHeader("x-amz-crc32").removeHeader("Content-Length").build();
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
      ExecutionAttributes attributes) {
    String fault = attributes.getAttribute(FAULT);
    if (fault == null) {
      return context.responseBody();
    }
    attributes.putAttribute(FAULT, null); // the next attempt is answered by the server again
    return Optional.of(new ByteArrayInputStream(fault.getBytes(StandardCharsets.UTF_8)));
  }

  private static String cancellation(List<String> codes) {
    String reasons = codes.stream().map(code -> "{\"Code\":\"" + code + "\""
        + (code.equals("None") ? "" : ",\"Message\":\"Transaction is ongoing for the item\"") + "}")
        .collect(Collectors.joining(","));
    return error("TransactionCanceledException", "Transaction cancelled, please refer cancellation reasons for"
        + " specific reasons " + codes, ",\"CancellationReasons\":[" + reasons + "]");
  }

  private static String error(String type, String message, String more) {
    return "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + type + "\",\"message\":\"" + message + "\"" + more + "}";
  }

  /** A condition check of the same item that always holds: it writes nothing. */
  private static TransactWriteItem harmless(TransactWriteItem item) {
    Map<String, AttributeValue> key;
    String table;
    if (item.put() != null) {
      key = Map.of("PK", item.put().item().get("PK"), "SK", item.put().item().get("SK"));
      table = item.put().tableName();
    } else if (item.update() != null) {
      key = item.update().key();
      table = item.update().tableName();
    } else if (item.delete() != null) {
      key = item.delete().key();
      table = item.delete().tableName();
    } else {
      key = item.conditionCheck().key();
      table = item.conditionCheck().tableName();
    }
    return TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(key)
        .conditionExpression("attribute_exists(#k) OR attribute_not_exists(#k)")
        .expressionAttributeNames(Map.of("#k", "PK"))).build();
  }
}
