package dev.singletable.internal.scan;

import dev.singletable.internal.cost.CapacityReports;
import dev.singletable.internal.expression.ExpressionContext;
import dev.singletable.internal.paging.PageLoop;
import dev.singletable.internal.paging.ReadExpressions;
import dev.singletable.internal.query.QueryRunner.RawPage;
import dev.singletable.internal.query.QueryRunner.Reading;
import dev.singletable.internal.scan.ScanCursor.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Runs a scan: builds the {@code Scan} request (type and user filters, projection, segment) and
 * reads its segments, in parallel when there are several, each with the paging loop queries use
 * ({@link PageLoop}). <b>Not API.</b>
 *
 * <p>With a limit, the items still missing are shared out among the segments not yet done (the
 * first ones get one more when it does not divide), each reads its share, and rounds repeat while
 * segments run out before their share: a page holds exactly the limit unless the scan ends, and
 * its cursor ({@link ScanCursor}) holds where every segment stands. Items come in segment order
 * within a round; a scan has no other order.
 */
public final class ScanRunner {

  private ScanRunner() {}

  /**
   * Runs the scan from its cursor on: every segment to its end when there is neither limit nor
   * {@code onePage}; one DynamoDB page of each segment not done with {@code onePage} and no limit;
   * else up to the limit.
   */
  public static RawPage fetch(ScanSpec spec, boolean onePage) {
    List<Position> positions = start(spec);
    ScanRequest request = request(spec, spec.reading(), false);
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    long missing = spec.limit() == null ? -1 : spec.limit();
    do {
      List<Integer> segments = new ArrayList<>();
      List<Callable<Read>> tasks = new ArrayList<>();
      List<Integer> shares = shares(positions, missing);
      for (int segment = 0; segment < positions.size(); segment++) {
        Integer share = shares.get(segment);
        if (share == null || share == 0) {
          continue;
        }
        int s = segment;
        Map<String, AttributeValue> from = positions.get(segment).start();
        Integer limit = share < 0 ? null : share;
        segments.add(segment);
        tasks.add(() -> {
          List<Map<String, AttributeValue>> read = new ArrayList<>();
          PageLoop.Outcome outcome = PageLoop.read(requests(spec, request, s), from, limit, onePage,
              spec.reading().accept(), spec::keyOf, read::add);
          return new Read(read, outcome.next());
        });
      }
      List<Read> reads = ParallelSegments.run(tasks, spec.threads());
      for (int i = 0; i < reads.size(); i++) {
        items.addAll(reads.get(i).items());
        positions.set(segments.get(i), Position.after(reads.get(i).next()));
        if (missing > 0) {
          missing -= reads.get(i).items().size();
        }
      }
    } while (missing > 0 && !allDone(positions));
    return new RawPage(items, ScanCursor.encode(spec.identity(), positions, spec.cursorKeys()));
  }

  /**
   * Counts the scan's items from its cursor on, every segment at once, up to the limit: with
   * {@code Select = COUNT} for a scan of every type; for one entity's items by reading only their
   * keys and type, so that items other code wrote without a type attribute count when their key
   * is the entity's (the same read capacity: a scan pays for what it reads, not what it returns).
   */
  public static long count(ScanSpec spec) {
    List<Position> positions = start(spec);
    boolean server = spec.reading().accept() == null;
    Reading reading = server ? spec.reading() : keysAndType(spec);
    ScanRequest request = request(spec, reading, server);
    Long limit = spec.limit() == null ? null : spec.limit().longValue();
    List<Callable<Long>> tasks = new ArrayList<>();
    for (int segment = 0; segment < positions.size(); segment++) {
      if (positions.get(segment).done()) {
        continue;
      }
      int s = segment;
      Map<String, AttributeValue> from = positions.get(segment).start();
      tasks.add(() -> server
          ? PageLoop.count(requests(spec, request, s), from, limit).accepted()
          : PageLoop.read(requests(spec, request, s), from, spec.limit(), false, reading.accept(), spec::keyOf,
              item -> { }).accepted());
    }
    long count = ParallelSegments.run(tasks, spec.threads()).stream().mapToLong(Long::longValue).sum();
    return limit == null ? count : Math.min(count, limit);
  }

  private record Read(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> next) {}

  /**
   * Each segment's share of the {@code missing} items: {@code null} for a segment done, {@code -1}
   * for all of it when there is no limit ({@code missing} negative).
   */
  private static List<Integer> shares(List<Position> positions, long missing) {
    List<Integer> open = new ArrayList<>();
    for (int segment = 0; segment < positions.size(); segment++) {
      if (!positions.get(segment).done()) {
        open.add(segment);
      }
    }
    List<Integer> shares = new ArrayList<>(Collections.nCopies(positions.size(), (Integer) null));
    for (int i = 0; i < open.size(); i++) {
      shares.set(open.get(i), missing < 0 ? -1 : (int) (missing / open.size() + (i < missing % open.size() ? 1 : 0)));
    }
    return shares;
  }

  private static boolean allDone(List<Position> positions) {
    return positions.stream().allMatch(Position::done);
  }

  private static List<Position> start(ScanSpec spec) {
    return spec.after() == null
        ? ScanCursor.fresh(spec.segments())
        : ScanCursor.decode(spec.after(), spec.identity(), spec.segments(), spec.keyAttributes(), spec.label(),
            spec.cursorKeys());
  }

  /** Reads the table keys and the type attribute: enough to tell an entity's items apart. */
  private static Reading keysAndType(ScanSpec spec) {
    Set<String> projection = new LinkedHashSet<>(spec.keyAttributes());
    projection.add(spec.table().definition().typeAttribute());
    return new Reading(spec.reading().typeName(), projection, spec.reading().accept());
  }

  private static PageLoop.Requests requests(ScanSpec spec, ScanRequest request, int segment) {
    return (startKey, limit) -> {
      ScanRequest.Builder builder = request.toBuilder().exclusiveStartKey(startKey).limit(limit);
      if (spec.segments() > 1) {
        builder.segment(segment).totalSegments(spec.segments());
      }
      ScanResponse response = spec.table().client().scan(builder.build());
      CapacityReports.report(spec.table(), "Scan", response.consumedCapacity());
      return new PageLoop.Response(response.items(), response.count(),
          response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null);
    };
  }

  private static ScanRequest request(ScanSpec spec, Reading reading, boolean count) {
    ExpressionContext context = new ExpressionContext(spec.table().definition());
    ReadExpressions read = ReadExpressions.of(context, spec.table().definition(), reading.typeName(),
        reading.projection(), spec.requestFilter(), count);
    return ScanRequest.builder()
        .tableName(spec.table().tableName())
        .consistentRead(spec.consistentRead() ? Boolean.TRUE : null)
        .returnConsumedCapacity(CapacityReports.mode(spec.table()))
        .filterExpression(read.filter())
        .projectionExpression(read.projection())
        .select(read.select())
        .expressionAttributeNames(context.names().isEmpty() ? null : Map.copyOf(context.names()))
        .expressionAttributeValues(context.values().isEmpty() ? null : Map.copyOf(context.values()))
        .build();
  }
}
