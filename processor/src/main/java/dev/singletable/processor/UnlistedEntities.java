package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the {@code @Entity} classes of a compilation that no {@code @Table} lists, over all rounds,
 * and reports them in the last one.
 *
 * <p>Code for an entity is generated with its table. When the compilation has a table, an entity
 * that none lists is a mistake (an error). When it has none, the table may be compiled later in
 * another module, which sees the entity as a class file: that is only worth a note.
 */
final class UnlistedEntities {

  private final Set<String> entities = new LinkedHashSet<>();
  private final Set<String> tables = new LinkedHashSet<>();
  private final Set<String> listed = new HashSet<>();

  /** Records the entities and tables of a round's sources. */
  void collect(RoundEnvironment round, Elements elements) {
    annotated(round, elements, Mirrors.ENTITY, entities);
    annotated(round, elements, Mirrors.TABLE, tables);
  }

  private static void annotated(RoundEnvironment round, Elements elements, String annotation, Set<String> names) {
    TypeElement type = elements.getTypeElement(annotation);
    if (type == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(type)) {
      if (element instanceof TypeElement typeElement) {
        names.add(typeElement.getQualifiedName().toString());
      }
    }
  }

  /** Records a class listed in {@code @Table(entities)}. */
  void listed(TypeElement entity) {
    listed.add(entity.getQualifiedName().toString());
  }

  /** Reports every entity no table listed; call once, in the last round. */
  void report(Elements elements, Reporter reporter) {
    List<String> tableNames = tables.stream().map(t -> t.substring(t.lastIndexOf('.') + 1)).toList();
    for (String name : entities) {
      TypeElement entity = elements.getTypeElement(name);
      if (listed.contains(name) || entity == null) {
        continue;
      }
      try {
        ClassName type = ClassName.get(entity);
        String keys = Names.sibling(type, "Keys").simpleName();
        String schema = Names.sibling(type, "Schema").simpleName();
        if (tables.isEmpty()) {
          reporter.note(Diagnostic.ENTITY_TABLE_ELSEWHERE, entity, entity.getSimpleName(), keys, schema,
              entity.getSimpleName());
        } else {
          reporter.error(Diagnostic.ENTITY_IN_NO_TABLE, entity, Mirrors.find(entity, Mirrors.ENTITY).orElse(null), null,
              entity.getSimpleName(), keys, schema, entity.getSimpleName(), String.join(", ", tableNames));
        }
      } catch (RuntimeException | AssertionError e) {
        reporter.internal(entity, e);
      }
    }
  }
}
