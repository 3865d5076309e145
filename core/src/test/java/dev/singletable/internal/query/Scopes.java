package dev.singletable.internal.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Cursor scopes of requests as {@link QueryRunner} builds them, for {@link CursorsTest}. Not a test itself. */
final class Scopes {

  private Scopes() {}

  /**
   * A query by its parts: table, index ({@code null}: the table), entity ({@code null}: mixed),
   * partition key, sort condition ({@code null}: none), direction, filter value ({@code null}: none).
   */
  record Query(String table, String index, String entity, String pk, String sortPrefix, boolean descending,
      String filter) {

    CursorScope scope() {
      String pkAttribute = index == null ? "PK" : index + "PK";
      Map<String, String> names = new LinkedHashMap<>(Map.of("#AMZN_MAPPED_PK", pkAttribute));
      Map<String, AttributeValue> values = new LinkedHashMap<>(Map.of(":AMZN_MAPPED_PK", AttributeValue.fromS(pk)));
      String condition = "#AMZN_MAPPED_PK = :AMZN_MAPPED_PK";
      if (sortPrefix != null) {
        names.put("#AMZN_MAPPED_SK", index == null ? "SK" : index + "SK");
        values.put(":AMZN_MAPPED_SK", AttributeValue.fromS(sortPrefix));
        condition += " AND begins_with(#AMZN_MAPPED_SK, :AMZN_MAPPED_SK)";
      }
      String filterText = null;
      if (filter != null) {
        names.put("#st0", "status");
        values.put(":st0", AttributeValue.fromS(filter));
        filterText = "#st0 = :st0";
      }
      QueryRequest request = QueryRequest.builder().tableName(table).indexName(index).keyConditionExpression(condition)
          .filterExpression(filterText).scanIndexForward(!descending).expressionAttributeNames(names)
          .expressionAttributeValues(values).build();
      return CursorScope.of(request, entity, attributes(), pkAttribute, pk,
          "the query of " + entity + " on table " + table + ", " + pkAttribute + " = \"" + pk + "\"");
    }

    List<String> attributes() {
      return index == null ? List.of("PK", "SK") : List.of("PK", "SK", index + "PK", index + "SK");
    }

    Map<String, AttributeValue> lastKey(String sk) {
      Map<String, AttributeValue> key = new LinkedHashMap<>();
      for (String attribute : attributes()) {
        key.put(attribute, AttributeValue.fromS(attribute.equals(index == null ? "PK" : index + "PK") ? pk : sk));
      }
      return key;
    }
  }

  static Arbitrary<Query> queries() {
    return Combinators.combine(
        Arbitraries.of("t", "u"),
        Arbitraries.of("GSI1", "GSI2").injectNull(0.5),
        Arbitraries.of("Order", "User").injectNull(0.3),
        Arbitraries.of("USER#u1", "USER#u2", "STATUS#X"),
        Arbitraries.of("ORDER#", "ORDER#2026").injectNull(0.4),
        Arbitraries.of(true, false),
        Arbitraries.of("PENDING", "SHIPPED").injectNull(0.6))
        .as(Query::new);
  }

  static CursorScope table(String pk) {
    return new Query("t", null, "Order", pk, null, false, null).scope();
  }

  static CursorScope gsi1(String pk) {
    return new Query("t", "GSI1", "Order", pk, null, false, null).scope();
  }

  /** A scope whose filter compares with {@code value}. */
  static CursorScope filtered(AttributeValue value) {
    QueryRequest request = QueryRequest.builder().tableName("t").keyConditionExpression("#p = :p")
        .filterExpression("#st0 = :st0").expressionAttributeNames(Map.of("#p", "PK", "#st0", "a"))
        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("x"), ":st0", value)).build();
    return CursorScope.of(request, null, List.of("PK", "SK"), "PK", "x", "the query");
  }
}
