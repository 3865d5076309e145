package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reports the findings of {@link CollisionAnalyzer} on the {@code @Key} at fault: a collision on
 * the second entity's key for that index (an error), a prefix overlap on the sort key of the
 * entity whose prefix it is (a warning: it costs read capacity but reads the right items), and two
 * entities whose primary keys a read cannot tell apart on the second one's primary key (a warning:
 * only items without a type attribute are affected).
 */
final class KeySpaceReporter {

  private final Mirrors mirrors;
  private final Reporter reporter;

  KeySpaceReporter(Mirrors mirrors, Reporter reporter) {
    this.mirrors = mirrors;
    this.reporter = reporter;
  }

  /** Analyzes the table's entities and reports what it finds on their classes, {@code entityElements}. */
  void check(TableModel table, List<EntityModel> entities, List<TypeElement> entityElements) {
    Map<ClassName, TypeElement> elements = new HashMap<>();
    entityElements.forEach(entity -> elements.put(ClassName.get(entity), entity));
    CollisionAnalyzer.Findings findings = CollisionAnalyzer.analyze(table, entities);
    for (CollisionAnalyzer.Collision collision : findings.collisions()) {
      TypeElement element = elements.get(collision.second().type());
      CollisionAnalyzer.Example example = collision.example();
      reporter.error(Diagnostic.KEY_COLLISION, element, keyAnnotation(element, collision.index()), null,
          collision.first().type().simpleName(), collision.second().type().simpleName(), where(collision.index()),
          partitionAttribute(table, collision.index()), example.partitionKey(), sortAttribute(table, collision.index()),
          example.sortKey(), example.values().get(0), example.values().get(1),
          collision.index() == null ? "Items of one would overwrite items of the other."
              : "The index would hold items of both under that key, so the key would not tell which entity an item is.");
    }
    for (CollisionAnalyzer.PrefixOverlap overlap : findings.overlaps()) {
      TypeElement element = elements.get(overlap.entity().type());
      AnnotationMirror key = keyAnnotation(element, overlap.index());
      CollisionAnalyzer.Example example = overlap.example();
      String prefixes = overlap.prefixes().stream()
          .map(p -> p.call() + " (\"" + p.template() + "\")")
          .collect(Collectors.joining(", "));
      reporter.warning(Diagnostic.PREFIX_OVERLAP, element, key, mirrors.value(key, "sk"), prefixes,
          where(overlap.index()), overlap.other().type().simpleName(), partitionAttribute(table, overlap.index()),
          example.partitionKey(), sortAttribute(table, overlap.index()), example.sortKey(), example.values().get(0),
          overlap.entity().type().simpleName(), overlap.other().type().simpleName());
    }
    if (!findings.collisions().isEmpty()) {
      return; // a collision is also an ambiguity, and already an error
    }
    for (CollisionAnalyzer.Ambiguity ambiguity : CollisionAnalyzer.ambiguities(table, entities)) {
      TypeElement element = elements.get(ambiguity.second().type());
      CollisionAnalyzer.Example example = ambiguity.example();
      reporter.warning(Diagnostic.NOT_TOLD_APART_BY_KEY, element, keyAnnotation(element, null), null,
          ambiguity.first().type().simpleName(), ambiguity.second().type().simpleName(), table.partitionKey(),
          example.partitionKey(), table.sortKey(), example.sortKey(), table.typeAttribute(),
          repeated(ambiguity.first(), ambiguity.second()), table.typeAttribute());
    }
  }

  /** Names the placeholders of the pair that appear in both the partition and the sort key. */
  private static String repeated(EntityModel... entities) {
    java.util.List<String> repeated = new java.util.ArrayList<>();
    for (EntityModel entity : entities) {
      KeyModel key = entity.primaryKey();
      key.partition().placeholders().stream().filter(key.sort().placeholders()::contains)
          .forEach(p -> repeated.add("<" + p.name() + "> of " + entity.type().simpleName()));
    }
    return repeated.isEmpty() ? "no placeholder repeats between the two keys"
        : "a read does not check that " + String.join(" and ", repeated) + " holds one value in both keys";
  }

  private AnnotationMirror keyAnnotation(TypeElement entity, IndexModel index) {
    String name = index == null ? "" : index.name();
    return mirrors.keys(entity).stream()
        .filter(key -> mirrors.string(key, "index").equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No @Key for " + name + " on " + entity));
  }

  static String where(IndexModel index) {
    return index == null ? "the table" : "index " + index.name();
  }

  static String partitionAttribute(TableModel table, IndexModel index) {
    return index == null || index.local() ? table.partitionKey() : index.partitionKey();
  }

  static String sortAttribute(TableModel table, IndexModel index) {
    return index == null ? table.sortKey() : index.sortKey();
  }
}
