package dev.singletable.benchmarks.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Seed 001's {@code batchCreateOrderItems} on the raw client, for any of the load items: maps
 * written by hand (the same attributes the library writes; a test checks it), chunks of 25 sent
 * one after the other, and the seed's {@code retryUnprocessed}: what comes back unprocessed is
 * sent again after an exponential backoff, before the next chunk.
 */
public final class SeedLoader {

  private static final int CHUNK = 25;
  private static final long BASE_DELAY_MILLIS = 50;

  private SeedLoader() {}

  /** Writes the items to {@code tableName}, chunk after chunk; returns how many were sent. */
  public static int load(DynamoDbClient client, String tableName, List<Object> items) {
    List<WriteRequest> requests = new ArrayList<>(items.size());
    for (Object item : items) {
      requests.add(WriteRequest.builder().putRequest(PutRequest.builder().item(toMap(item)).build()).build());
    }
    for (int i = 0; i < requests.size(); i += CHUNK) {
      List<WriteRequest> chunk = requests.subList(i, Math.min(requests.size(), i + CHUNK));
      BatchWriteItemResponse result = client.batchWriteItem(r -> r.requestItems(Map.of(tableName, chunk)));
      List<WriteRequest> unprocessed = result.unprocessedItems().getOrDefault(tableName, List.of());
      if (!unprocessed.isEmpty()) {
        retryUnprocessed(client, tableName, unprocessed);
      }
    }
    return requests.size();
  }

  private static void retryUnprocessed(DynamoDbClient client, String tableName, List<WriteRequest> unprocessed) {
    List<WriteRequest> pending = unprocessed;
    for (int attempt = 0; !pending.isEmpty(); attempt++) {
      try {
        Thread.sleep(BASE_DELAY_MILLIS << Math.min(attempt, 6));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted with " + pending.size() + " items unprocessed", e);
      }
      List<WriteRequest> again = pending;
      pending = client.batchWriteItem(r -> r.requestItems(Map.of(tableName, again)))
          .unprocessedItems().getOrDefault(tableName, List.of());
    }
  }

  /** The item as seed 001 writes it: keys by string concatenation, then the attributes. */
  public static Map<String, AttributeValue> toMap(Object item) {
    Map<String, AttributeValue> m = new HashMap<>(16);
    if (item instanceof User user) {
      m.put("PK", s("USER#" + user.userId()));
      m.put("SK", s("PROFILE"));
      m.put("GSI1PK", s("USER#" + user.email()));
      m.put("GSI1SK", s("PROFILE"));
      m.put("entityType", s("User"));
      m.put("userId", s(user.userId()));
      m.put("name", s(user.name()));
      m.put("email", s(user.email()));
    } else if (item instanceof Order order) {
      String sk = "ORDER#" + order.date() + "#" + order.orderId();
      m.put("PK", s("USER#" + order.userId()));
      m.put("SK", s(sk));
      m.put("GSI1PK", s("STATUS#" + order.status()));
      m.put("GSI1SK", s(sk));
      m.put("entityType", s("Order"));
      m.put("userId", s(order.userId()));
      m.put("date", s(order.date().toString()));
      m.put("orderId", s(order.orderId()));
      m.put("status", s(order.status()));
      m.put("total", AttributeValue.fromN(Long.toString(order.total())));
    } else {
      OrderItem line = (OrderItem) item;
      m.put("PK", s("ORDER#" + line.orderId()));
      m.put("SK", s("ITEM#" + line.productId()));
      m.put("entityType", s("OrderItem"));
      m.put("orderId", s(line.orderId()));
      m.put("productId", s(line.productId()));
      m.put("quantity", AttributeValue.fromN(Integer.toString(line.quantity())));
      m.put("price", AttributeValue.fromN(Long.toString(line.price())));
    }
    return m;
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
