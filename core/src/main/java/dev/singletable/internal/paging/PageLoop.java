package dev.singletable.internal.paging;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Follows the pages of a Query or a Scan (of one scan segment) up to a limit: the loop both share.
 * <b>Not API.</b>
 *
 * <p>Each request asks for the items still missing, which reads no more than needed when most
 * items match. When a page comes back sparse (other entity types, a filter), the next request
 * asks for twice as many, up to {@link #MAX_REQUEST_LIMIT}, so that few matches among many items
 * cost a few requests rather than one per item; if a page then holds more matches than needed, the
 * list is cut and the next start key is the key of the last item kept, exactly where the next page
 * must start.
 */
public final class PageLoop {

  /** The largest DynamoDB {@code Limit} asked for while pages come back sparse. */
  public static final int MAX_REQUEST_LIMIT = 1000;

  private PageLoop() {}

  /**
   * What one request returned.
   *
   * @param items the items, or empty for a {@code Select = COUNT} request
   * @param count DynamoDB's {@code Count}: the items that passed the filter
   * @param lastKey the {@code LastEvaluatedKey}, or {@code null} (or empty) at the end
   */
  public record Response(List<Map<String, AttributeValue>> items, int count, Map<String, AttributeValue> lastKey) {}

  /** Sends one request from a start key ({@code null}: the beginning) with a {@code Limit} ({@code null}: none). */
  @FunctionalInterface
  public interface Requests {
    Response send(Map<String, AttributeValue> startKey, Integer limit);
  }

  /**
   * Where a loop stopped.
   *
   * @param accepted the items accepted (or counted)
   * @param next the start key of what follows, or {@code null} when the data ended
   */
  public record Outcome(long accepted, Map<String, AttributeValue> next) {}

  /**
   * Reads from {@code start} on until {@code limit} items ({@code null}: no limit) are accepted or
   * the data ends; with {@code onePage}, also stops after the first response when there is no
   * limit. Every accepted item goes to {@code sink}, in order.
   *
   * @param accept the client-side test of each item, or {@code null} to accept all
   * @param keyOf the exclusive start key after an item: its table (and index) key attributes
   */
  public static Outcome read(Requests requests, Map<String, AttributeValue> start, Integer limit, boolean onePage,
      Predicate<Map<String, AttributeValue>> accept, Function<Map<String, AttributeValue>, Map<String, AttributeValue>> keyOf,
      Consumer<Map<String, AttributeValue>> sink) {
    long total = 0;
    Map<String, AttributeValue> startKey = start;
    int floor = 0;
    do {
      Integer requestLimit = limit == null ? null : (int) Math.max(limit - total, floor);
      Response response = requests.send(startKey, requestLimit);
      Map<String, AttributeValue> cut = null;
      int accepted = 0;
      for (Map<String, AttributeValue> item : response.items()) {
        if (accept == null || accept.test(item)) {
          sink.accept(item);
          accepted++;
          total++;
          if (limit != null && total == limit) {
            cut = item;
            break;
          }
        }
      }
      startKey = cut != null ? keyOf.apply(cut) : lastKey(response);
      floor = grow(floor, requestLimit, accepted);
    } while (startKey != null && (limit == null ? !onePage : total < limit));
    return new Outcome(total, startKey);
  }

  /**
   * Counts with {@code Select = COUNT} requests from {@code start} on, following every page up to
   * {@code limit} ({@code null}: no limit); requests grow while pages are sparse, as in
   * {@link #read}. The count is at most {@code limit}.
   */
  public static Outcome count(Requests requests, Map<String, AttributeValue> start, Long limit) {
    long count = 0;
    Map<String, AttributeValue> startKey = start;
    int floor = 0;
    do {
      Integer requestLimit = limit == null ? null : (int) Math.max(Math.min(Integer.MAX_VALUE, limit - count), floor);
      Response response = requests.send(startKey, requestLimit);
      count += response.count();
      startKey = lastKey(response);
      floor = grow(floor, requestLimit, response.count());
    } while (startKey != null && (limit == null || count < limit));
    return new Outcome(limit == null ? count : Math.min(count, limit), startKey);
  }

  /** The next requests' smallest {@code Limit}: doubled after a sparse page. */
  private static int grow(int floor, Integer requestLimit, int accepted) {
    return requestLimit != null && accepted < requestLimit
        ? Math.min(MAX_REQUEST_LIMIT, Math.max(floor, requestLimit) * 2)
        : floor;
  }

  private static Map<String, AttributeValue> lastKey(Response response) {
    return response.lastKey() == null || response.lastKey().isEmpty() ? null : response.lastKey();
  }
}
