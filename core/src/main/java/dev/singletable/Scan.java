package dev.singletable;

import dev.singletable.internal.expression.ExpressionPart;
import dev.singletable.internal.query.QueryRunner.RawPage;
import dev.singletable.internal.query.QueryRunner.Reading;
import dev.singletable.internal.read.Expiry;
import dev.singletable.internal.read.ItemReader;
import dev.singletable.internal.scan.ScanCursor;
import dev.singletable.internal.scan.ScanRunner;
import dev.singletable.internal.scan.ScanSpec;
import dev.singletable.internal.table.TableContext;
import java.util.Objects;

/**
 * The options shared by {@link EntityScan} and {@link TableScan}: one DynamoDB Scan of the whole
 * table, optionally in parallel segments.
 *
 * <p><b>A scan reads every item of the table</b> and pays read capacity for all of them, whatever
 * the entity and the filter keep (seed 003: "reserve Scan strictly for one-off data migrations or
 * admin scripts"). Serve access patterns with queries; scan for exports, migrations, backfills.
 *
 * <p><b>Segments.</b> {@link #segments(int)} splits the table into DynamoDB's parallel scan
 * segments ({@code Segment}/{@code TotalSegments}) read at once on a pool of threads made for the
 * run (at most {@value #DEFAULT_THREADS} unless {@link #segments(int, int)} says otherwise) and
 * shut down after it. Each item comes once; items come in no particular order.
 *
 * <p><b>Limits and pages.</b> With a {@link #limit}, a list or page holds that many items unless
 * the table ends: the items still missing are shared out among the segments not yet done. A
 * {@link Page#cursor()} holds where every segment stands, so one cursor continues a parallel scan;
 * it continues only a scan of the same table, entity, filter and number of segments (any other is
 * an {@link IllegalArgumentException} before any request, and so is a changed cursor). With the
 * table's cursor key ({@link TableOptions.Builder#cursorKey}) it is sealed as query cursors are:
 * encrypted and authenticated. Page size may change from page to page. Without a limit,
 * {@code page()} returns one DynamoDB page (up to 1 MB read) of each segment not done.
 *
 * <p>Builders are not thread-safe; build and run a scan on one thread. Running it does not change
 * it, so it can be run again.
 *
 * @param <S> the concrete scan type, returned by every builder method
 */
public abstract class Scan<S extends Scan<S>> {

  /** The most segments read at once unless {@link #segments(int, int)} says otherwise. */
  public static final int DEFAULT_THREADS = 8;

  /** DynamoDB's largest {@code TotalSegments}. */
  public static final int MAX_SEGMENTS = 1_000_000;

  final TableContext table;
  private int segments = 1;
  private int threads = 1;
  private Integer limit;
  private String after;
  private boolean consistentRead;
  private Condition<?> filter;
  private ReadPolicy unknownItems;
  private ReadPolicy malformedItems;
  private ExpiredItems expiredItems;

  Scan(TableContext table) {
    this.table = table;
  }

  abstract S self();

  /**
   * Scans in {@code segments} parallel segments, reading up to {@value #DEFAULT_THREADS} of them at
   * once; 1 (the default) scans sequentially.
   *
   * @throws IllegalArgumentException if {@code segments} is not from 1 to {@value #MAX_SEGMENTS}
   */
  public S segments(int segments) {
    return segments(segments, Math.min(segments, DEFAULT_THREADS));
  }

  /**
   * Scans in {@code segments} parallel segments, reading up to {@code threads} of them at once.
   *
   * @throws IllegalArgumentException if {@code segments} is not from 1 to {@value #MAX_SEGMENTS}
   *     or {@code threads} is not positive
   */
  public S segments(int segments, int threads) {
    if (segments < 1 || segments > MAX_SEGMENTS) {
      throw new IllegalArgumentException("segments must be from 1 to " + MAX_SEGMENTS + " (DynamoDB's TotalSegments),"
          + " was " + segments);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive, was " + threads);
    }
    this.segments = segments;
    this.threads = threads;
    return self();
  }

  /**
   * Returns at most {@code limit} items: lists stop there, pages have this size.
   *
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public S limit(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    this.limit = limit;
    return self();
  }

  /**
   * Continues after the page whose {@link Page#cursor()} this is; {@code null} starts at the
   * beginning.
   *
   * @throws IllegalArgumentException if the cursor is not a scan's or was changed; when the scan
   *     runs, before any request, if it is another scan's (table, entity, filter, segments)
   */
  public S after(String cursor) {
    if (cursor != null) {
      ScanCursor.check(cursor, table.options().cursorKeys());
    }
    this.after = cursor;
    return self();
  }

  /** Reads with strong consistency ({@code ConsistentRead = true}, twice the read capacity). */
  public S consistentRead() {
    this.consistentRead = true;
    return self();
  }

  /**
   * Sets what this scan does with items of no entity of the table, instead of the table's
   * {@link TableOptions#unknownItems()}.
   */
  public S onUnknownItems(ReadPolicy policy) {
    this.unknownItems = Objects.requireNonNull(policy, "policy");
    return self();
  }

  /**
   * Sets what this scan does with items that cannot be read as their entity, instead of the
   * table's {@link TableOptions#malformedItems()}.
   */
  public S onMalformedItems(ReadPolicy policy) {
    this.malformedItems = Objects.requireNonNull(policy, "policy");
    return self();
  }

  /**
   * Sets whether this scan returns items whose TTL has passed but that DynamoDB has not deleted
   * yet, instead of the table's {@link TableOptions#expiredItems()}. {@link ExpiredItems#SKIP}
   * adds a filter expression on the table's TTL attribute (skipped items still cost read
   * capacity), evaluated against the table's clock when each page is read.
   */
  public S onExpiredItems(ExpiredItems policy) {
    this.expiredItems = Objects.requireNonNull(policy, "policy");
    return self();
  }

  /** Returns the filter as the request takes it; a scan of every type scopes it to its entities. */
  ExpressionPart filterPart(Condition<?> condition) {
    return condition.part();
  }

  /** Returns the filter, or {@code null}. */
  Condition<?> filter() {
    return filter;
  }

  /** Sets the filter; subclasses type it. */
  S withFilter(Condition<?> condition) {
    if (filter != null) {
      throw new IllegalStateException("A scan takes one filter; combine conditions with Condition.and: " + filter);
    }
    this.filter = Objects.requireNonNull(condition, "condition");
    return self();
  }

  /** Returns the reader of this scan's items, with its read policies. */
  ItemReader reader() {
    TableOptions options = table.options();
    return new ItemReader(table.definition(), unknownItems == null ? options.unknownItems() : unknownItems,
        malformedItems == null ? options.malformedItems() : malformedItems);
  }

  /** Runs the scan; see {@link ScanRunner#fetch}. */
  RawPage fetch(Reading reading, boolean onePage) {
    return ScanRunner.fetch(spec(reading), onePage);
  }

  /** Counts the scan's items; see {@link ScanRunner#count}. */
  long count(Reading reading) {
    return ScanRunner.count(spec(reading));
  }

  /** What is scanned, for messages. */
  abstract String label();

  private ScanSpec spec(Reading reading) {
    ExpressionPart notExpired = Expiry.of(table.definition(),
        expiredItems == null ? table.options().expiredItems() : expiredItems, table.options().clock()).notExpiredFilter();
    return new ScanSpec(table, reading, segments, threads, limit, after, filter == null ? null : filterPart(filter),
        notExpired, consistentRead, label(), table.options().cursorKeys());
  }
}
