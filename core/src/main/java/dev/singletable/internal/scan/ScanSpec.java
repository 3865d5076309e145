package dev.singletable.internal.scan;

import dev.singletable.internal.expression.ExpressionContext;
import dev.singletable.internal.expression.ExpressionPart;
import dev.singletable.internal.query.CursorKeys;
import dev.singletable.internal.query.QueryRunner.Reading;
import dev.singletable.internal.table.TableContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a scan builder holds when it runs: everything {@link ScanRunner} needs. <b>Not API.</b>
 *
 * @param table the table
 * @param reading the entity type to filter on and the client-side test ({@code Reading.ALL}: every item)
 * @param segments the number of segments, 1 for a sequential scan
 * @param threads the most segments read at once
 * @param limit the most items to return, or {@code null}
 * @param after the cursor to continue after, or {@code null}
 * @param filter the user's filter, or {@code null}
 * @param notExpired the filter that leaves out items whose TTL has passed, or {@code null} to keep them
 * @param consistentRead whether to read with strong consistency
 * @param label what is scanned, for messages ({@code scan of Order items of table shop})
 * @param cursorKeys the table's keys that seal cursors, or {@code null} for checked cursors
 */
public record ScanSpec(
    TableContext table,
    Reading reading,
    int segments,
    int threads,
    Integer limit,
    String after,
    ExpressionPart filter,
    ExpressionPart notExpired,
    boolean consistentRead,
    String label,
    CursorKeys cursorKeys) {

  /** Returns the filter of the requests: the user's and the one on expiry, either, or {@code null}. */
  public ExpressionPart requestFilter() {
    if (filter == null || notExpired == null) {
      return filter == null ? notExpired : filter;
    }
    return context -> ExpressionContext.and(List.of(filter.render(context), notExpired.render(context)));
  }

  /**
   * Returns what a cursor of this scan is bound to: the table, the entity type (or every type),
   * the filter with its values, and whether expired items are left out (not the time they are
   * compared with, which moves from page to page). The limit is not part of it: pages of any size
   * continue each other.
   */
  public String identity() {
    StringBuilder identity = new StringBuilder("scan\n").append(table.tableName()).append('\n')
        .append(reading.typeName() == null ? "*" : reading.typeName()).append('\n')
        .append(notExpired == null ? "expired kept" : "expired skipped").append('\n');
    if (filter != null) {
      ExpressionContext context = new ExpressionContext(table.definition());
      identity.append(filter.render(context)).append('\n').append(new TreeMap<>(context.names())).append('\n');
      context.values().forEach((name, value) -> identity.append(name).append('=').append(value).append('\n'));
    }
    return identity.toString();
  }

  /** Returns the table's key attributes: what a scan's start keys hold. */
  public Set<String> keyAttributes() {
    return table.cursorAttributes(null);
  }

  /** The exclusive start key after an item: its table key attributes. */
  public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    return table.startKeyAfter(item, null);
  }
}
