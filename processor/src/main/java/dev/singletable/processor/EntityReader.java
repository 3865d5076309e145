package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Validates one {@code @Entity} against its table and builds its {@link EntityModel}; reports
 * every problem found, each on the element, annotation and attribute at fault.
 */
final class EntityReader {

  private final Mirrors mirrors;
  private final Reporter reporter;
  private final Types types;
  private final PropertyScanner scanner;
  private final PropertyReader propertyReader;

  EntityReader(Mirrors mirrors, Reporter reporter, Types types, DocumentReader documents) {
    this.mirrors = mirrors;
    this.reporter = reporter;
    this.types = types;
    this.scanner = new PropertyScanner(types);
    this.propertyReader = documents.properties();
  }

  /**
   * Returns whether a property type, or one of a nested document's, is not yet resolved: another
   * processor may generate it.
   */
  boolean hasUnresolvedTypes(TypeElement entity) {
    return hasUnresolvedTypes(entity, new HashSet<>());
  }

  private boolean hasUnresolvedTypes(TypeElement type, Set<TypeElement> seen) {
    if ((type.getKind() != ElementKind.RECORD && type.getKind() != ElementKind.CLASS) || !seen.add(type)
        || type.getQualifiedName().toString().startsWith("java.")) {
      return false;
    }
    for (PropertyScanner.Found property : scanner.scan(type)) {
      if (containsError(property.type(), seen)) {
        return true;
      }
    }
    return false;
  }

  private boolean containsError(TypeMirror type, Set<TypeElement> seen) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    return ((DeclaredType) type).getTypeArguments().stream().anyMatch(t -> containsError(t, seen))
        || hasUnresolvedTypes((TypeElement) types.asElement(type), seen);
  }

  /** Returns the model, or {@code null} if the entity has errors (all of them reported). */
  EntityModel read(TypeElement entity, AnnotationMirror annotation, TableModel table) {
    int errors = reporter.errorCount();
    checkShape(entity);
    if (reporter.errorCount() > errors) {
      return null;
    }
    Map<String, ManagedProperties.Found> managed = ManagedProperties.read(entity, scanner.scan(entity), reporter);
    PropertyReader.Properties read = propertyReader.read(entity, table, managed);
    Map<String, PropertyModel> properties = read.stored();
    List<KeyModel> keys = readKeys(entity, properties,
        new KeyReader.Properties(properties, read.nullable(), read.reported(), read.ignored()), table, managed,
        read.onIndexKeys());
    if (reporter.errorCount() > errors) {
      return null;
    }
    ClassName type = ClassName.get(entity);
    String typeName = mirrors.string(annotation, "value");
    return new EntityModel(type, Names.sibling(type, "Keys"), Names.sibling(type, "Schema"),
        typeName.isEmpty() ? entity.getSimpleName().toString() : typeName,
        entity.getKind() == ElementKind.RECORD, List.copyOf(properties.values()), keys, table,
        ManagedProperties.of(managed), read.declared());
  }

  private void checkShape(TypeElement entity) {
    if (entity.getKind() != ElementKind.RECORD && entity.getKind() != ElementKind.CLASS) {
      reporter.error(Diagnostic.ENTITY_SHAPE, entity, entity.getSimpleName(), "is a " + entity.getKind().toString().toLowerCase());
      return;
    }
    if (!entity.getModifiers().contains(Modifier.PUBLIC)) {
      reporter.error(Diagnostic.ENTITY_SHAPE, entity, entity.getSimpleName(), "is not public");
    }
    if (entity.getNestingKind() == NestingKind.MEMBER && !entity.getModifiers().contains(Modifier.STATIC)) {
      reporter.error(Diagnostic.ENTITY_SHAPE, entity, entity.getSimpleName(), "is an inner class; make it static");
    }
    if (!entity.getTypeParameters().isEmpty()) {
      reporter.error(Diagnostic.ENTITY_SHAPE, entity, entity.getSimpleName(), "has type parameters");
    }
    if (entity.getKind() == ElementKind.CLASS) {
      if (entity.getModifiers().contains(Modifier.ABSTRACT)) {
        reporter.error(Diagnostic.ENTITY_SHAPE, entity, entity.getSimpleName(), "is abstract");
      }
      boolean noArg = ElementFilter.constructorsIn(entity.getEnclosedElements()).stream()
          .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
      if (!noArg) {
        reporter.error(Diagnostic.ENTITY_SHAPE, entity, entity.getSimpleName(), "has no public no-argument constructor");
      }
    }
  }

  private List<KeyModel> readKeys(TypeElement entity, Map<String, PropertyModel> properties,
      KeyReader.Properties known, TableModel table, Map<String, ManagedProperties.Found> managed,
      Map<String, IndexKeyProperties.Candidate> onIndexKeys) {
    List<AnnotationMirror> annotations = mirrors.keys(entity);
    KeyReader templates = new KeyReader(entity, known, table, mirrors, reporter);
    AnnotationMirror primaryAnnotation = null;
    Map<String, AnnotationMirror> byIndex = new LinkedHashMap<>();
    for (AnnotationMirror key : annotations) {
      String index = mirrors.string(key, "index");
      if (index.isEmpty()) {
        if (primaryAnnotation != null) {
          reporter.error(Diagnostic.SEVERAL_PRIMARY_KEYS, entity, key, null, entity.getSimpleName());
        }
        primaryAnnotation = key;
      } else if (byIndex.putIfAbsent(index, key) != null) {
        reporter.error(Diagnostic.DUPLICATE_INDEX_KEY, entity, key, mirrors.value(key, "index"),
            entity.getSimpleName(), index);
      }
    }
    if (primaryAnnotation == null) {
      reporter.error(Diagnostic.NO_PRIMARY_KEY, entity, entity.getSimpleName());
      return List.of();
    }
    Map<KeyModel, AnnotationMirror> keys = new LinkedHashMap<>();
    KeyModel primary = templates.primaryKey(primaryAnnotation);
    if (primary != null) {
      keys.put(primary, primaryAnnotation);
    }
    byIndex.forEach((indexName, key) -> {
      if (table.index(indexName).isEmpty()) {
        List<String> names = table.indexes().stream().map(IndexModel::name).toList();
        AnnotationValue value = mirrors.value(key, "index");
        reporter.error(Diagnostic.UNKNOWN_INDEX, entity, key, value, indexName, table.tableName(),
            Names.didYouMean(indexName, names), indexName, names);
      }
    });
    for (IndexModel index : table.indexes()) {
      AnnotationMirror key = byIndex.get(index.name());
      // Check index keys even when the primary key has errors, to report every mistake at once;
      // an LSI needs the primary key's partition template, so it waits for a valid one.
      if (key != null && (primary != null || !index.local())) {
        KeyModel model = templates.indexKey(key, index, primary);
        if (model != null) {
          keys.put(model, key);
        }
      }
    }
    new KeyAttributeConflicts(reporter).check(entity, keys);
    ManagedProperties.checkKeys(entity, managed, keys, reporter);
    new KeyFormatConflicts(reporter).check(entity, keys);
    new IndexKeyProperties(reporter, mirrors).check(entity, table, onIndexKeys, keys, byIndex.keySet());
    return List.copyOf(keys.keySet());
  }
}
