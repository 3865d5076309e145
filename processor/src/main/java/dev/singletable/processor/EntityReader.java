package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.singletable.internal.KeyValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
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
  private final AttributeTypes attributeTypes;

  EntityReader(Mirrors mirrors, Reporter reporter, Types types) {
    this.mirrors = mirrors;
    this.reporter = reporter;
    this.types = types;
    this.scanner = new PropertyScanner(types);
    this.attributeTypes = new AttributeTypes(types);
  }

  /** Returns whether a property type is not yet resolved: another processor may generate it. */
  boolean hasUnresolvedTypes(TypeElement entity) {
    if (entity.getKind() != ElementKind.RECORD && entity.getKind() != ElementKind.CLASS) {
      return false;
    }
    return scanner.scan(entity).stream().anyMatch(p -> containsError(p.type()));
  }

  private static boolean containsError(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).getTypeArguments().stream().anyMatch(EntityReader::containsError);
  }

  /** Returns the model, or {@code null} if the entity has errors (all of them reported). */
  EntityModel read(TypeElement entity, AnnotationMirror annotation, TableModel table) {
    int errors = reporter.errorCount();
    checkShape(entity);
    if (reporter.errorCount() > errors) {
      return null;
    }
    Set<String> reported = checkAccessors(entity);
    Map<String, String> nullable = new LinkedHashMap<>();
    List<PropertyScanner.Found> scanned = scanner.scan(entity);
    Map<String, ManagedProperties.Found> managed = ManagedProperties.read(entity, scanned, reporter);
    Map<String, PropertyModel> properties = readProperties(entity, scanned, table, nullable, reported, managed);
    List<KeyModel> keys = readKeys(entity, properties, new KeyReader.Properties(properties, nullable, reported), table,
        managed);
    if (reporter.errorCount() > errors) {
      return null;
    }
    ClassName type = ClassName.get(entity);
    String typeName = mirrors.string(annotation, "value");
    return new EntityModel(type, Names.sibling(type, "Keys"), Names.sibling(type, "Schema"),
        typeName.isEmpty() ? entity.getSimpleName().toString() : typeName,
        entity.getKind() == ElementKind.RECORD, List.copyOf(properties.values()), keys, table,
        ManagedProperties.of(managed));
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

  /**
   * A bean getter and setter that differ by boxing make no property: report it on the setter.
   * Returns the names of those properties.
   */
  private Set<String> checkAccessors(TypeElement entity) {
    Set<String> reported = new HashSet<>();
    for (PropertyScanner.Mismatch mismatch : scanner.mismatches(entity)) {
      reported.add(mismatch.name());
      TypeMirror getterType = mismatch.getter().getReturnType();
      TypeMirror setterType = mismatch.setter().getParameters().get(0).asType();
      TypeMirror primitive = getterType.getKind().isPrimitive() ? getterType : setterType;
      TypeMirror boxed = getterType.getKind().isPrimitive() ? setterType : getterType;
      reporter.error(Diagnostic.ACCESSOR_TYPE_MISMATCH, mismatch.setter(), mismatch.setter().getSimpleName(),
          setterType, entity.getSimpleName(), mismatch.getter().getSimpleName(), getterType, mismatch.name(),
          primitive, boxed);
    }
    return reported;
  }

  /**
   * Reads every property; fills {@code nullable} with those declared {@code @Nullable} and
   * {@code reported} with those that have errors.
   */
  private Map<String, PropertyModel> readProperties(TypeElement entity, List<PropertyScanner.Found> scanned,
      TableModel table, Map<String, String> nullable, Set<String> reported, Map<String, ManagedProperties.Found> managed) {
    Map<String, PropertyModel> properties = new LinkedHashMap<>();
    List<String> reserved = table.reservedAttributes();
    for (PropertyScanner.Found found : scanned) {
      Optional<Nullability.Found> declaredNullable = Nullability.find(found);
      if (declaredNullable.isPresent() && found.type().getKind().isPrimitive()) {
        Nullability.Found at = declaredNullable.get();
        reporter.error(Diagnostic.NULLABLE_PRIMITIVE, at.element(), at.annotation(), null, found.name(),
            entity.getSimpleName(), at.name(), found.type(), found.type().getKind() == TypeKind.BOOLEAN ? "false" : "0",
            types.boxedClass((PrimitiveType) found.type()).getSimpleName(), at.name());
        reported.add(found.name());
        continue;
      }
      declaredNullable.ifPresent(at -> nullable.put(found.name(), at.name()));
      if (reserved.contains(found.name())) {
        reporter.error(Diagnostic.PROPERTY_CLASHES_WITH_ATTRIBUTE, found.element(), found.name(),
            entity.getSimpleName(), found.name().equals(table.typeAttribute()) ? "type" : "key");
        reported.add(found.name());
        continue;
      }
      Optional<AttributeTypes.AttributeType> attribute = attributeTypes.of(found.type());
      if (attribute.isEmpty()) {
        reporter.error(Diagnostic.UNSUPPORTED_ATTRIBUTE_TYPE, found.element(), found.name(),
            entity.getSimpleName(), found.type());
        reported.add(found.name());
        continue;
      }
      AttributeTypes.AttributeType stored = isTtl(managed.get(found.name()))
          ? attributeTypes.ttl(found.type()) : attribute.get();
      properties.put(found.name(), new PropertyModel(found.name(), TypeName.get(found.type()), found.getter(),
          found.setter(), stored.type(), stored.converter(), keyValueType(found), enumConstants(found.type())));
    }
    return properties;
  }

  private static boolean isTtl(ManagedProperties.Found managed) {
    return managed != null && managed.kind() == ManagedProperties.Kind.TTL;
  }

  private KeyValueType keyValueType(PropertyScanner.Found found) {
    boolean isEnum = found.type().getKind() == TypeKind.DECLARED
        && types.asElement(found.type()).getKind() == ElementKind.ENUM;
    String name = found.type().getKind() == TypeKind.DECLARED
        ? ((TypeElement) types.asElement(found.type())).getQualifiedName().toString()
        : found.type().toString();
    return KeyValueType.forTypeName(name, isEnum).orElse(null);
  }

  private List<String> enumConstants(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED || types.asElement(type).getKind() != ElementKind.ENUM) {
      return List.of();
    }
    return types.asElement(type).getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString())
        .toList();
  }

  private List<KeyModel> readKeys(TypeElement entity, Map<String, PropertyModel> properties,
      KeyReader.Properties known, TableModel table, Map<String, ManagedProperties.Found> managed) {
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
    return List.copyOf(keys.keySet());
  }
}
