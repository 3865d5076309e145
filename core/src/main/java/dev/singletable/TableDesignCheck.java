package dev.singletable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Compares a table that already exists with the table {@link TableCreator} would create, so that
 * a design that moved on (a new index, another projection) fails at {@link SingleTable#createTable()}
 * with every difference listed, instead of later as a DynamoDB error on the first query. Indexes
 * the design does not know and projections wider than designed are fine: the library never reads
 * what it does not know, and reads no less than it designed.
 */
final class TableDesignCheck {

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
    compareIndexes("GSI", byName(designed.globalSecondaryIndexes(), g -> g.indexName()),
        byName(existing.globalSecondaryIndexes(), g -> g.indexName()),
        g -> g.keySchema(), g -> g.projection(), g -> g.keySchema(), g -> g.projection(), differences);
    compareIndexes("LSI", byName(designed.localSecondaryIndexes(), l -> l.indexName()),
        byName(existing.localSecondaryIndexes(), l -> l.indexName()),
        l -> l.keySchema(), l -> l.projection(), l -> l.keySchema(), l -> l.projection(), differences);
    return differences;
  }

  private static <D, E> void compareIndexes(String kind, Map<String, D> designed, Map<String, E> existing,
      Function<D, List<KeySchemaElement>> designedKeys, Function<D, Projection> designedProjection,
      Function<E, List<KeySchemaElement>> existingKeys, Function<E, Projection> existingProjection,
      List<String> differences) {
    for (Map.Entry<String, D> entry : designed.entrySet()) {
      String name = entry.getKey();
      E found = existing.get(name);
      if (found == null) {
        differences.add(kind + " " + name + " is missing");
        continue;
      }
      compareKeys(kind + " " + name, designedKeys.apply(entry.getValue()), existingKeys.apply(found), differences);
      Projection want = designedProjection.apply(entry.getValue());
      Projection have = existingProjection.apply(found);
      if (!covers(have, want)) {
        differences.add(kind + " " + name + " projects " + describe(have) + ", designed " + describe(want));
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

  private static <T> Map<String, T> byName(List<T> indexes, Function<T, String> name) {
    return indexes.stream().collect(Collectors.toMap(name, Function.identity(), (a, b) -> a,
        java.util.LinkedHashMap::new));
  }

  static String message(String tableName, List<String> differences) {
    Objects.requireNonNull(tableName);
    return "Table " + tableName + " exists but differs from its design: " + String.join("; ", differences)
        + ". Change the table (UpdateTable can add or replace a GSI; the table's key schema and its LSIs need a new"
        + " table)"
        + " or point the design at another table name";
  }
}
