package dev.singletable.internal.paging;

import dev.singletable.TableDefinition;
import dev.singletable.internal.expression.ExpressionContext;
import dev.singletable.internal.expression.ExpressionPart;
import dev.singletable.internal.read.TypeFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * What a Query or a Scan reads besides its keys: the filter expression (the entity's type filter
 * and the user's filter) and either the projection or {@code Select = COUNT}. Each is {@code null}
 * when absent, as the request builders take it. <b>Not API.</b>
 *
 * @param filter the {@code FilterExpression}, or {@code null}
 * @param projection the {@code ProjectionExpression}, or {@code null}
 * @param select {@code COUNT}, or {@code null}
 */
public record ReadExpressions(String filter, String projection, Select select) {

  /**
   * Renders the expressions into {@code context}.
   *
   * @param typeName the entity type to keep ({@code null}: every type); items without a type
   *     attribute pass too, for the caller's client-side test ({@link TypeFilter})
   * @param projection the attributes to read ({@code null}: all)
   * @param filter the user's filter, or {@code null}
   * @param count whether to count instead of reading items
   */
  public static ReadExpressions of(ExpressionContext context, TableDefinition definition, String typeName,
      Collection<String> projection, ExpressionPart filter, boolean count) {
    List<String> filters = new ArrayList<>();
    if (typeName != null) {
      filters.add(TypeFilter.expression(context, definition, typeName));
    }
    if (filter != null) {
      filters.add(filter.render(context));
    }
    return new ReadExpressions(
        filters.isEmpty() ? null : ExpressionContext.and(filters),
        count || projection == null ? null : String.join(", ", projection.stream().map(context::name).toList()),
        count ? Select.COUNT : null);
  }
}
