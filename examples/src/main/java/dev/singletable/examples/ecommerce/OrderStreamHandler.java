package dev.singletable.examples.ecommerce;

import dev.singletable.ChangeEvent;
import dev.singletable.PrimaryKey;
import java.util.Optional;

/**
 * Seed 001's stream handler, typed: a delivered order (the seed's "completed") goes to analytics
 * and into the search index; a removed item goes out of the search index.
 *
 * <pre>{@code
 * // seed 001, on the raw stream record
 * if (eventName === 'INSERT' || eventName === 'MODIFY') {
 *   const newItem = unmarshall(dynamodb.NewImage);
 *   if (newItem.entityType === 'Order' && newItem.status === 'completed') {
 *     await updateAnalytics(newItem);
 *     await indexInElasticsearch(newItem);
 *   }
 * }
 * if (eventName === 'REMOVE') {
 *   await removeFromElasticsearch(unmarshall(dynamodb.OldImage));
 * }
 * }</pre>
 *
 * <p>Here the event is already an {@link Order} or not, its status an enum, and the old image
 * tells an order that just became delivered from one modified again after it was (which the
 * seed's handler would send to analytics twice). A removal is handled by its key, which every
 * view type carries. Feed it {@code ShopSchema.streamReader().changeEvents(records)} from
 * {@code DynamoDbStreamsClient}, or {@code DynamodbEvents.changeEvents(ShopSchema.streamReader(), event)}
 * in a Lambda function ({@code singletable-lambda}); neither needs a {@code DynamoDbClient}.
 */
final class OrderStreamHandler {

  /** Where delivered orders go for reporting. */
  interface Analytics {
    void record(Order order);
  }

  /** The full-text search index of the shop's items. */
  interface SearchIndex {
    void index(Order order);

    void remove(PrimaryKey key, Optional<?> item);
  }

  private final Analytics analytics;
  private final SearchIndex search;

  OrderStreamHandler(Analytics analytics, SearchIndex search) {
    this.analytics = analytics;
    this.search = search;
  }

  void handle(ChangeEvent<?> event) {
    switch (event.kind()) {
      case INSERT, MODIFY -> event.as(Order.class)
          .filter(OrderStreamHandler::justDelivered)
          .flatMap(ChangeEvent::newItem)
          .ifPresent(order -> {
            analytics.record(order);
            search.index(order);
          });
      case REMOVE -> search.remove(event.key(), event.oldItem());
    }
  }

  /** Whether the order is delivered now and was not before the change. */
  private static boolean justDelivered(ChangeEvent<Order> change) {
    return change.newItem().map(Order::status).orElse(null) == OrderStatus.DELIVERED
        && change.oldItem().map(Order::status).orElse(null) != OrderStatus.DELIVERED;
  }
}
