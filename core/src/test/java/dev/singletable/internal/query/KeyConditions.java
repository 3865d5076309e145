package dev.singletable.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.singletable.TableDefinition;
import dev.singletable.internal.KeyArbitraries;
import dev.singletable.internal.table.KeyAttributesSchema;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the key condition expression that a {@link SortCondition} gives the enhanced client back
 * into an operator and bound values, and evaluates it as DynamoDB would. Not a test itself.
 */
final class KeyConditions {

  static final String PK = "USER#u1";

  private static final TableSchema<?> SCHEMA = KeyAttributesSchema.of(TableDefinition.builder("t").build());
  private static final Pattern PK_ONLY = Pattern.compile("(#\\S+) = (:\\S+)");
  private static final Pattern BEGINS_WITH = Pattern.compile("(#\\S+) = (:\\S+) AND begins_with\\((#\\S+), (:\\S+)\\)");
  private static final Pattern BETWEEN = Pattern.compile("(#\\S+) = (:\\S+) AND (#\\S+) BETWEEN (:\\S+) AND (:\\S+)");
  private static final Pattern COMPARISON = Pattern.compile("(#\\S+) = (:\\S+) AND (#\\S+) (=|<|<=|>|>=) (:\\S+)");

  /** A sort key condition: {@code ALL} (partition key only), {@code NONE} (no query) or an operator. */
  record Condition(String operator, List<String> bounds) {

    /** Evaluates the condition on a sort key value, comparing by UTF-8 bytes as DynamoDB does. */
    boolean matches(String sk) {
      return switch (operator) {
        case "ALL" -> true;
        case "NONE" -> false;
        case "begins_with" -> sk.startsWith(bounds.get(0));
        case "BETWEEN" -> cmp(sk, bounds.get(0)) >= 0 && cmp(sk, bounds.get(1)) <= 0;
        case "=" -> sk.equals(bounds.get(0));
        case "<" -> cmp(sk, bounds.get(0)) < 0;
        case "<=" -> cmp(sk, bounds.get(0)) <= 0;
        case ">" -> cmp(sk, bounds.get(0)) > 0;
        case ">=" -> cmp(sk, bounds.get(0)) >= 0;
        default -> throw new AssertionError(operator);
      };
    }

    private static int cmp(String a, String b) {
      return KeyArbitraries.compareUtf8Bytes(a, b);
    }
  }

  private KeyConditions() {}

  /** Returns the condition of {@code sort} on partition key {@link #PK} of the table. */
  static Condition of(SortCondition sort) {
    return of(sort.toConditional(PK));
  }

  /** Returns the condition of a conditional on partition key {@link #PK}; {@code null} is no query. */
  static Condition of(QueryConditional conditional) {
    if (conditional == null) {
      return new Condition("NONE", List.of());
    }
    Expression expression = conditional.expression(SCHEMA, TableMetadata.primaryIndexName());
    Map<String, String> names = expression.expressionNames();
    Map<String, AttributeValue> values = expression.expressionValues();
    String text = expression.expression();
    Matcher m;
    if ((m = PK_ONLY.matcher(text)).matches()) {
      checkPartitionKey(m, names, values);
      return new Condition("ALL", List.of());
    }
    if ((m = BEGINS_WITH.matcher(text)).matches()) {
      checkPartitionKey(m, names, values);
      assertThat(names.get(m.group(3))).isEqualTo("SK");
      return new Condition("begins_with", List.of(values.get(m.group(4)).s()));
    }
    if ((m = BETWEEN.matcher(text)).matches()) {
      checkPartitionKey(m, names, values);
      assertThat(names.get(m.group(3))).isEqualTo("SK");
      return new Condition("BETWEEN", List.of(values.get(m.group(4)).s(), values.get(m.group(5)).s()));
    }
    if ((m = COMPARISON.matcher(text)).matches()) {
      checkPartitionKey(m, names, values);
      assertThat(names.get(m.group(3))).isEqualTo("SK");
      return new Condition(m.group(4), List.of(values.get(m.group(5)).s()));
    }
    throw new AssertionError("Unexpected key condition expression: " + text);
  }

  private static void checkPartitionKey(Matcher m, Map<String, String> names, Map<String, AttributeValue> values) {
    assertThat(names.get(m.group(1))).isEqualTo("PK");
    assertThat(values.get(m.group(2)).s()).isEqualTo(PK);
  }
}
