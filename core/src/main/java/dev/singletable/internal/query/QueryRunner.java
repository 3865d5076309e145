package dev.singletable.internal.query;

import dev.singletable.internal.cost.CapacityReports;
import dev.singletable.internal.expression.ExpressionContext;
import dev.singletable.internal.expression.ExpressionPart;
import dev.singletable.internal.paging.PageLoop;
import dev.singletable.internal.paging.ReadExpressions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Runs a query: builds the {@code Query} request (key condition from the enhanced
 * client's {@code QueryConditional}, type and user filters, projection) and follows its pages.
 * <b>Not API.</b>
 */
public final class QueryRunner {

  private QueryRunner() {}

  /** Raw items of one run and the cursor after them. */
  public record RawPage(List<Map<String, AttributeValue>> items, String cursor) {}

  /**
   * What one run of the query reads: the entity type to filter on ({@code null}: every type), the
   * attributes to project ({@code null}: all), and a client-side test of each item ({@code null}:
   * all pass), needed where the type cannot be filtered on the server.
   */
  public record Reading(String typeName, Collection<String> projection, Predicate<Map<String, AttributeValue>> accept) {
    public static final Reading ALL = new Reading(null, null, null);
  }

  /**
   * Runs the query from the cursor on: follows DynamoDB pages until the limit ({@code null}: no
   * limit) is reached by accepted items, or the data ends; with {@code onePage}, also stops after
   * the first response when there is no limit. Requests grow while pages come back sparse, and a
   * page cut at the limit continues after its last item: see {@link PageLoop}.
   */
  public static RawPage fetch(QuerySpec spec, Reading reading, boolean onePage) {
    if (spec.partitionKey().isSharded()) {
      return ShardedQueries.fetch(spec, reading, onePage);
    }
    Query query = query(spec, reading, false);
    if (query == null) {
      return new RawPage(List.of(), null);
    }
    Chunk chunk = read(spec, query.request, reading, start(spec, query), spec.limit(), onePage);
    return new RawPage(chunk.items(), Cursors.encode(query.scope, chunk.next(), spec.cursorKeys()));
  }

  /**
   * Accepted items of one run and the exclusive start key after them ({@code null}: the data
   * ended): exactly where the next run starts.
   */
  record Chunk(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> next) {}

  /**
   * Follows the pages of {@code request} from {@code startKey} ({@code null}: the beginning) until
   * {@code limit} items ({@code null}: no limit) are accepted or the data ends; with
   * {@code onePage}, also stops after the first response when there is no limit ({@link PageLoop}).
   */
  static Chunk read(QuerySpec spec, QueryRequest.Builder request, Reading reading, Map<String, AttributeValue> startKey,
      Integer limit, boolean onePage) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    PageLoop.Outcome outcome = PageLoop.read(requests(spec, request), startKey, limit, onePage, reading.accept(),
        item -> keyOf(item, spec), items::add);
    return new Chunk(items, outcome.next());
  }

  /**
   * Counts the matching items with {@code Select = COUNT}, from the cursor on, following every
   * page (up to the limit); DynamoDB counts after the filter, so other entity types and filtered
   * items are not counted. Requests grow while pages are sparse, as in {@link #fetch}.
   */
  public static long count(QuerySpec spec, String typeName) {
    if (spec.partitionKey().isSharded()) {
      return ShardedQueries.count(spec, typeName);
    }
    Query query = query(spec, new Reading(typeName, null, null), true);
    return query == null ? 0 : count(spec, query.request, start(spec, query), spec.limit());
  }

  /** Counts from {@code startKey} ({@code null}: the beginning) up to {@code limit} ({@code null}: all). */
  static long count(QuerySpec spec, QueryRequest.Builder request, Map<String, AttributeValue> startKey, Integer limit) {
    return PageLoop.count(requests(spec, request), startKey, limit == null ? null : limit.longValue()).accepted();
  }

  private static PageLoop.Requests requests(QuerySpec spec, QueryRequest.Builder request) {
    return (startKey, limit) -> {
      QueryResponse response = spec.table().client().query(request.exclusiveStartKey(startKey).limit(limit).build());
      CapacityReports.report(spec.table(), "Query", response.consumedCapacity());
      return new PageLoop.Response(response.items(), response.count(),
          response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null);
    };
  }

  /** The start key of the cursor the query continues after, checked against the query before any request. */
  private static Map<String, AttributeValue> start(QuerySpec spec, Query query) {
    return spec.after() == null ? null : Cursors.decode(spec.after(), query.scope, spec.cursorKeys());
  }

  /** The exclusive start key after an item: its table and index key attributes. */
  static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, QuerySpec spec) {
    return spec.table().startKeyAfter(item, spec.indexName());
  }

  /**
   * A built request and what its cursors belong to; {@code null} from {@link #query} when the sort
   * condition matches no key.
   */
  record Query(QueryRequest.Builder request, CursorScope scope) {}

  static Query query(QuerySpec spec, Reading reading, boolean count) {
    QueryConditional conditional = SortRange.conditional(spec.sort(), spec.entityPrefix(), spec.partitionKey().value());
    if (conditional == null) {
      return null;
    }
    Expression keyCondition = conditional.expression(spec.table().keySchema().get(),
        spec.index() == null ? TableMetadata.primaryIndexName() : spec.index().name());
    ExpressionContext context = new ExpressionContext(spec.table().definition());
    QueryRequest.Builder request = request(spec, reading, keyCondition, spec.filter(), context)
        .consistentRead(spec.consistentRead() ? Boolean.TRUE : null);
    // Bound to the request without its projection, Select and TTL time, so that page(), keys(),
    // rows() and count() of one query take each other's cursors, page after page.
    QueryRequest scoped = request(spec, reading, keyCondition, spec.cursorFilter(),
        new ExpressionContext(spec.table().definition())).build();
    CursorScope scope = CursorScope.of(scoped, spec.entityType(), spec.table().cursorAttributes(spec.indexName()),
        spec.table().definition().partitionKeyOf(spec.indexName()), spec.partitionKey().value(), spec.describe());
    if (count) {
      request.select(Select.COUNT);
    } else if (reading.projection() != null) {
      request.projectionExpression(String.join(", ", reading.projection().stream().map(context::name).toList()));
      request.expressionAttributeNames(names(keyCondition, context));
    }
    return new Query(request, scope);
  }

  /**
   * The request of a key condition and a filter part, with the type filter an entity query needs:
   * what decides which items it reads and in which order.
   */
  private static QueryRequest.Builder request(QuerySpec spec, Reading reading, Expression keyCondition,
      ExpressionPart filter, ExpressionContext context) {
    // Items without a type attribute (written by other code) pass the type filter too: the
    // caller's accept test tells this entity's apart by the shape of their keys.
    QueryRequest.Builder request = QueryRequest.builder()
        .tableName(spec.table().tableName())
        .indexName(spec.indexName())
        .keyConditionExpression(keyCondition.expression())
        .scanIndexForward(!spec.descending())
        .returnConsumedCapacity(CapacityReports.mode(spec.table()))
        .filterExpression(ReadExpressions.of(context, spec.table().definition(), reading.typeName(), null, filter,
            false).filter());
    Map<String, AttributeValue> values = new HashMap<>(keyCondition.expressionValues());
    values.putAll(context.values());
    return request.expressionAttributeNames(names(keyCondition, context))
        .expressionAttributeValues(values.isEmpty() ? null : values);
  }

  private static Map<String, String> names(Expression keyCondition, ExpressionContext context) {
    Map<String, String> names = new HashMap<>(keyCondition.expressionNames());
    names.putAll(context.names());
    return names;
  }
}
