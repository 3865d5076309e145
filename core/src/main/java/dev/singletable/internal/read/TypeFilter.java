package dev.singletable.internal.read;

import dev.singletable.EntitySchema;
import dev.singletable.TableDefinition;
import dev.singletable.internal.expression.ExpressionContext;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How a read of one entity's items keeps only that entity's: a filter expression on the type
 * attribute that lets through the entity's typed items and every item without a type attribute
 * (other code writes such items, seed 001's sessions), and a client-side test that keeps, of the
 * latter, those whose primary key fits the entity's templates. Queries and scans use both.
 * <b>Not API.</b>
 */
public final class TypeFilter {

  private TypeFilter() {}

  /** Returns {@code type = :typeName OR attribute_not_exists(type)}, its placeholders added to {@code context}. */
  public static String expression(ExpressionContext context, TableDefinition definition, String typeName) {
    String type = context.name(definition.typeAttribute());
    return type + " = " + context.value(AttributeValue.fromS(typeName)) + " OR attribute_not_exists(" + type + ")";
  }

  /**
   * Accepts items of the entity's type and items without a type attribute whose primary key fits
   * the entity's templates; of the items {@link #expression} lets through, exactly the entity's.
   */
  public static Predicate<Map<String, AttributeValue>> typedOrOwnKey(EntitySchema<?> schema, TableDefinition definition) {
    String typeAttribute = definition.typeAttribute();
    return item -> item.containsKey(typeAttribute) || ItemDispatch.fitsPrimaryKey(schema, item);
  }
}
