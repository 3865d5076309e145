package dev.singletable.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Checks a table's TTL across its entities: DynamoDB enables TTL on one attribute per table, so
 * every {@code @Ttl} property is stored under the same attribute name (its own, or its
 * {@code @AttributeName}), and no other entity stores a property under that name without
 * {@code @Ttl} (DynamoDB would expire its items by that value).
 */
final class TtlAttributes {

  private TtlAttributes() {}

  /**
   * Reports each entity whose {@code @Ttl} property is named unlike the first one's, and each
   * property named like the TTL attribute that is not {@code @Ttl}.
   *
   * @param elements the entities' elements, in the order of {@code entities}
   */
  static void check(TableModel table, List<EntityModel> entities, List<TypeElement> elements, Reporter reporter) {
    EntityModel first = entities.stream().filter(e -> e.managed().ttl() != null).findFirst().orElse(null);
    if (first == null) {
      return;
    }
    String attribute = first.attributeOf(first.managed().ttl());
    for (int i = 0; i < entities.size(); i++) {
      EntityModel entity = entities.get(i);
      String ttl = entity.managed().ttl() == null ? null : entity.attributeOf(entity.managed().ttl());
      if (ttl != null && !ttl.equals(attribute)) {
        reporter.error(Diagnostic.TTL_ATTRIBUTES, elements.get(i), ttl, entity.type().simpleName(), attribute,
            first.type().simpleName(), table.tableName());
      } else if (ttl == null && entity.properties().stream().anyMatch(p -> p.attributeName().equals(attribute))) {
        reporter.error(Diagnostic.UNMARKED_TTL_ATTRIBUTE, elements.get(i), attribute, entity.type().simpleName(),
            table.tableName(), first.type().simpleName(), attribute, entity.type().simpleName());
      }
    }
  }
}
