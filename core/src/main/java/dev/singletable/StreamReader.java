package dev.singletable;

import dev.singletable.internal.stream.ChangeReader;
import dev.singletable.internal.stream.StreamChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Reads the DynamoDB Streams records of one table design as typed changes, without a
 * {@code DynamoDbClient}: for a stream handler that only reads the records it is given. Obtained
 * from the generated {@code TSchema.streamReader()}, from {@link #of(TableDefinition)}, or from
 * {@link SingleTable#streamReader()} (with that table's options).
 *
 * <pre>{@code
 * private static final StreamReader SHOP = ShopSchema.streamReader();
 *
 * void handle(List<Record> records) {
 *   for (ChangeEvent<?> event : SHOP.changeEvents(records)) {
 *     event.as(Order.class).flatMap(ChangeEvent::newItem).ifPresent(analytics::record);
 *   }
 * }
 * }</pre>
 *
 * <p>It reads records exactly as {@link SingleTable#changeEvent(Record)} does (the same mapping
 * path and read policies), but holds no client and has no request method, so a handler's cold
 * start builds no HTTP client, credentials or region chain (a {@code DynamoDbClient} costs a
 * fresh JVM about 2,350 classes and 280 to 470 ms of CPU; see docs/performance.md, B6). A handler
 * that also writes or queries makes a {@link SingleTable} with its client instead.
 *
 * <p>Immutable and thread-safe; create one per table design and share it.
 */
public final class StreamReader {

  private final TableDefinition definition;
  private final TableOptions options;

  private StreamReader(TableDefinition definition, TableOptions options) {
    this.definition = definition;
    this.options = options;
  }

  /** Returns the reader of {@code definition}'s records, with the default {@link TableOptions}. */
  public static StreamReader of(TableDefinition definition) {
    return new StreamReader(Objects.requireNonNull(definition, "definition"), TableOptions.defaults());
  }

  /**
   * Returns this reader with other options; of them, reading records uses the read policies
   * ({@link TableOptions#unknownItems()}, {@link TableOptions#malformedItems()}). This reader is
   * unchanged.
   */
  public StreamReader withOptions(TableOptions options) {
    return new StreamReader(definition, Objects.requireNonNull(options, "options"));
  }

  /** Returns the table's design. */
  public TableDefinition definition() {
    return definition;
  }

  /** Returns the options, whose read policies apply to records of no entity or that cannot be read. */
  public TableOptions options() {
    return options;
  }

  /**
   * Reads a DynamoDB Streams record of the table as a typed change of the right entity, for every
   * view type: see {@link ChangeEvent}. Records of no entity, or whose images cannot be read, go
   * by the read policies as described at {@link SingleTable#changeEvent(Record)}.
   *
   * @throws IllegalArgumentException if the record has no {@code dynamodb} part, an unknown
   *     {@code eventName}, or keys other than the table's string partition and sort keys
   * @throws UnknownItemException for an image or key of no entity under the {@code FAIL} policy
   * @throws MalformedItemException for an image that cannot be read under the {@code FAIL} policy
   */
  public ChangeEvent<?> changeEvent(Record record) {
    return ChangeEvent.of(reader().read(Objects.requireNonNull(record, "record"), false));
  }

  /**
   * Reads records in order, as {@link #changeEvent(Record)} does, except that a record the
   * {@code SKIP} policy leaves out is left out of the list, with a warning naming its key logged
   * through SLF4J.
   *
   * @throws IllegalArgumentException as {@link #changeEvent(Record)} does, for the first record at fault
   * @throws UnknownItemException as {@link #changeEvent(Record)} does
   * @throws MalformedItemException as {@link #changeEvent(Record)} does
   */
  public List<ChangeEvent<?>> changeEvents(List<Record> records) {
    ChangeReader reader = reader();
    List<ChangeEvent<?>> events = new ArrayList<>(records.size());
    for (Record record : records) {
      StreamChange change = reader.read(Objects.requireNonNull(record, "record"), true);
      if (change != null) {
        events.add(ChangeEvent.of(change));
      }
    }
    return events;
  }

  private ChangeReader reader() {
    return new ChangeReader(definition, options.unknownItems(), options.malformedItems());
  }

  @Override
  public String toString() {
    return "StreamReader[design " + definition.defaultTableName() + "]"; // no physical table: no client, no name
  }
}
