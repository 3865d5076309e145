package dev.singletable.internal.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Compares a table that already exists with the table {@link TableCreator} would create, so that
 * a design that moved on (a new index, another projection) fails at {@code SingleTable.createTable()}
 * with every difference listed, instead of later as a DynamoDB error on the first query. Indexes
 * the design does not know and projections wider than designed are fine: the library never reads
 * what it does not know, and reads no less than it designed.
 */
final class TableDesignCheck {

  /** What matters of a secondary index, from a request or a description. */
  private record IndexShape(List<KeySchemaElement> keys, Projection projection, boolean deleting) {}

  private TableDesignCheck() {}

  /** Returns every way {@code existing} falls short of {@code designed}; empty when it does not. */
  static List<String> differences(CreateTableRequest designed, TableDescription existing) {
    List<String> differences = new ArrayList<>();
    compareKeys("the table", designed.keySchema(), existing.keySchema(), differences);
    Map<String, String> types = existing.attributeDefinitions().stream()
        .collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeTypeAsString));
    for (AttributeDefinition attribute : designed.attributeDefinitions()) {
      String type = types.get(attribute.attributeName());
      if (type != null && !type.equals(attribute.attributeTypeAsString())) {
        differences.add("key attribute " + attribute.attributeName() + " has type " + type + ", designed "
            + attribute.attributeTypeAsString());
      }
    }
    Map<String, IndexShape> designedGsis = new LinkedHashMap<>();
    designed.globalSecondaryIndexes()
        .forEach(g -> designedGsis.put(g.indexName(), new IndexShape(g.keySchema(), g.projection(), false)));
    Map<String, IndexShape> existingGsis = new LinkedHashMap<>();
    existing.globalSecondaryIndexes().forEach(g -> existingGsis.put(g.indexName(),
        new IndexShape(g.keySchema(), g.projection(), g.indexStatus() == IndexStatus.DELETING)));
    compareIndexes("GSI", designedGsis, existingGsis, differences);
    Map<String, IndexShape> designedLsis = new LinkedHashMap<>();
    designed.localSecondaryIndexes()
        .forEach(l -> designedLsis.put(l.indexName(), new IndexShape(l.keySchema(), l.projection(), false)));
    Map<String, IndexShape> existingLsis = new LinkedHashMap<>();
    existing.localSecondaryIndexes()
        .forEach(l -> existingLsis.put(l.indexName(), new IndexShape(l.keySchema(), l.projection(), false)));
    compareIndexes("LSI", designedLsis, existingLsis, differences);
    compareStream(designed.streamSpecification(), existing.streamSpecification(), differences);
    return differences;
  }

  /**
   * A designed stream must exist with a view type whose records hold at least the designed ones;
   * a stream the design does not ask for is fine.
   */
  private static void compareStream(StreamSpecification designed, StreamSpecification existing,
      List<String> differences) {
    if (designed == null || !Boolean.TRUE.equals(designed.streamEnabled())) {
      return;
    }
    StreamViewType want = designed.streamViewType();
    if (existing == null || !Boolean.TRUE.equals(existing.streamEnabled())) {
      differences.add("the table has no stream, designed one of view type " + want
          + " (UpdateTable with a StreamSpecification enables it)");
    } else if (!covers(existing.streamViewType(), want)) {
      differences.add("the table's stream has view type " + existing.streamViewTypeAsString() + ", designed " + want
          + " (a stream's view type cannot change: disable it, then enable it with the designed view type)");
    }
  }

  /** Whether records of view type {@code have} hold everything records of {@code want} hold. */
  private static boolean covers(StreamViewType have, StreamViewType want) {
    return have == want || have == StreamViewType.NEW_AND_OLD_IMAGES || want == StreamViewType.KEYS_ONLY;
  }

  private static void compareIndexes(String kind, Map<String, IndexShape> designed, Map<String, IndexShape> existing,
      List<String> differences) {
    for (Map.Entry<String, IndexShape> entry : designed.entrySet()) {
      String name = kind + " " + entry.getKey();
      IndexShape want = entry.getValue();
      IndexShape have = existing.get(entry.getKey());
      if (have == null) {
        differences.add(name + " is missing");
      } else if (have.deleting()) {
        differences.add(name + " is being deleted"); // one being created is kept: it will serve
      } else {
        compareKeys(name, want.keys(), have.keys(), differences);
        if (!covers(have.projection(), want.projection())) {
          differences.add(name + " projects " + describe(have.projection()) + ", designed " + describe(want.projection()));
        }
      }
    }
  }

  private static void compareKeys(String where, List<KeySchemaElement> designed, List<KeySchemaElement> existing,
      List<String> differences) {
    if (!describeKeys(designed).equals(describeKeys(existing))) {
      differences.add(where + " has key schema " + describeKeys(existing) + ", designed " + describeKeys(designed));
    }
  }

  /** Whether projection {@code have} holds every attribute {@code want} holds. */
  private static boolean covers(Projection have, Projection want) {
    ProjectionType haveType = have.projectionType();
    ProjectionType wantType = want.projectionType();
    return haveType == ProjectionType.ALL
        || wantType == ProjectionType.KEYS_ONLY
        || haveType == ProjectionType.INCLUDE && wantType == ProjectionType.INCLUDE
            && new HashSet<>(have.nonKeyAttributes()).containsAll(want.nonKeyAttributes());
  }

  private static String describe(Projection projection) {
    return projection.projectionType() == ProjectionType.INCLUDE
        ? "INCLUDE " + projection.nonKeyAttributes()
        : projection.projectionTypeAsString();
  }

  private static String describeKeys(List<KeySchemaElement> keys) {
    return keys.stream().map(k -> k.attributeName() + " " + k.keyTypeAsString())
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /**
   * Compares the table's TTL with the design's TTL attribute: TTL enabled (or being enabled) on
   * another attribute, or being disabled, is a difference; TTL off is not (createTable enables it).
   */
  static Optional<String> ttlDifference(String designed, TimeToLiveDescription existing) {
    TimeToLiveStatus status = existing == null ? null : existing.timeToLiveStatus();
    if (status == TimeToLiveStatus.DISABLING) {
      return Optional.of("TTL is being disabled (on attribute " + existing.attributeName() + "), designed on "
          + designed + "; run createTable again once it is disabled");
    }
    if (ttlOn(existing) && !designed.equals(existing.attributeName())) {
      return Optional.of("TTL is " + status.toString().toLowerCase(java.util.Locale.ROOT) + " on attribute "
          + existing.attributeName() + ", designed on " + designed + " (DynamoDB expires items by one attribute per"
          + " table; UpdateTimeToLive can move it after disabling it)");
    }
    return Optional.empty();
  }

  /** Whether TTL is enabled or being enabled. */
  static boolean ttlOn(TimeToLiveDescription existing) {
    TimeToLiveStatus status = existing == null ? null : existing.timeToLiveStatus();
    return status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING;
  }

  /** The exception message: every difference, and what to do about them. */
  static String message(String tableName, List<String> differences) {
    return "Table " + tableName + " exists but differs from its design: " + String.join("; ", differences)
        + ". Change the table (UpdateTable can add or replace a GSI; the table's key schema and its LSIs need a new"
        + " table) or point the design at another table name";
  }
}
