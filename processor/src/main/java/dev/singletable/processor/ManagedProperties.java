package dev.singletable.processor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The properties whose values singletable writes or reads itself: {@code @Version},
 * {@code @Ttl}, {@code @CreatedAt} and {@code @UpdatedAt}, each at most once per entity, checked
 * for their types and kept out of key templates (their values change on writes, which keys could
 * not follow). Names are property names, {@code null} when the entity has none.
 *
 * @param version the {@code @Version} property
 * @param ttl the {@code @Ttl} property
 * @param createdAt the {@code @CreatedAt} property
 * @param updatedAt the {@code @UpdatedAt} property
 */
record ManagedProperties(String version, String ttl, String createdAt, String updatedAt) {

  static final ManagedProperties NONE = new ManagedProperties(null, null, null, null);

  /** One kind of managed property: its annotation and the types it takes. */
  enum Kind {
    VERSION("Version", List.of("int", "long", "java.lang.Integer", "java.lang.Long"), "Use int, long, Integer or Long."),
    TTL("Ttl", List.of("java.time.Instant", "long", "java.lang.Long"),
        "Use Instant, or long (or Long) epoch seconds: DynamoDB's TTL reads a number of epoch seconds."),
    CREATED_AT("CreatedAt", List.of("java.time.Instant"), "Use Instant."),
    UPDATED_AT("UpdatedAt", List.of("java.time.Instant"), "Use Instant.");

    final String annotation;
    final List<String> types;
    final String hint;

    Kind(String annotation, List<String> types, String hint) {
      this.annotation = annotation;
      this.types = types;
      this.hint = hint;
    }

    String qualifiedName() {
      return "dev.singletable.annotation." + annotation;
    }

    /** Whether singletable changes the value on writes, so that no key may render it. */
    boolean writtenByLibrary() {
      return this != TTL;
    }
  }

  /** Where a managed annotation was found. */
  record Found(Kind kind, String property, Element element, AnnotationMirror annotation, TypeMirror type) {}

  /** Returns the property of {@code kind}, or {@code null}. */
  String of(Kind kind) {
    return switch (kind) {
      case VERSION -> version;
      case TTL -> ttl;
      case CREATED_AT -> createdAt;
      case UPDATED_AT -> updatedAt;
    };
  }

  /** Returns the kind of a property, if it is managed. */
  Optional<Kind> kindOf(String property) {
    for (Kind kind : Kind.values()) {
      if (property.equals(of(kind))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the managed annotations of an entity's properties, reporting every wrong type, every
   * annotation repeated in the entity, and every property that carries two of them. Returns what
   * was found; a wrongly typed property is left out.
   */
  static Map<String, Found> read(TypeElement entity, List<PropertyScanner.Found> properties, Reporter reporter) {
    Map<String, Found> byProperty = new LinkedHashMap<>();
    Map<Kind, Found> byKind = new LinkedHashMap<>();
    for (PropertyScanner.Found property : properties) {
      for (Kind kind : Kind.values()) {
        Optional<Found> found = find(property, kind);
        if (found.isEmpty()) {
          continue;
        }
        Found at = found.get();
        if (!kind.types.contains(typeName(property.type()))) {
          reporter.error(Diagnostic.MANAGED_PROPERTY_TYPE, at.element(), at.annotation(), null, kind.annotation,
              property.name(), entity.getSimpleName(), property.type(), kind.hint);
          continue;
        }
        Found other = byProperty.putIfAbsent(property.name(), at);
        if (other != null) {
          reporter.error(Diagnostic.MANAGED_PROPERTIES_CLASH, at.element(), at.annotation(), null, property.name(),
              entity.getSimpleName(), other.kind().annotation, kind.annotation);
          continue;
        }
        Found earlier = byKind.putIfAbsent(kind, at);
        if (earlier != null) {
          byProperty.remove(property.name());
          reporter.error(Diagnostic.REPEATED_MANAGED_PROPERTY, at.element(), at.annotation(), null,
              entity.getSimpleName(), kind.annotation, earlier.property(), property.name(), kind.annotation);
        }
      }
    }
    return byProperty;
  }

  /**
   * Reports every managed annotation on a document's properties: a document is stored inside an
   * item, and only an item's own properties are versioned, expired or stamped, so the annotation
   * would be ignored without a word.
   */
  static void reportInDocument(TypeElement document, List<PropertyScanner.Found> properties, Reporter reporter) {
    for (PropertyScanner.Found property : properties) {
      for (Kind kind : Kind.values()) {
        find(property, kind).ifPresent(at -> reporter.error(Diagnostic.MANAGED_IN_DOCUMENT, at.element(),
            at.annotation(), null, kind.annotation, property.name(), document.getSimpleName(), document.getSimpleName()));
      }
    }
  }

  /** Returns the model of what {@link #read} found. */
  static ManagedProperties of(Map<String, Found> found) {
    Map<Kind, String> byKind = new LinkedHashMap<>();
    found.values().forEach(f -> byKind.put(f.kind(), f.property()));
    return new ManagedProperties(byKind.get(Kind.VERSION), byKind.get(Kind.TTL), byKind.get(Kind.CREATED_AT),
        byKind.get(Kind.UPDATED_AT));
  }

  /**
   * Reports every key template placeholder that is a property singletable writes itself.
   *
   * @param keys the entity's keys and the annotations they come from
   */
  static void checkKeys(TypeElement entity, Map<String, Found> found, Map<KeyModel, AnnotationMirror> keys,
      Reporter reporter) {
    keys.forEach((key, annotation) -> {
      for (KeyPartModel part : List.of(key.partition(), key.sort())) {
        for (PropertyModel placeholder : part.placeholders()) {
          Found managed = found.get(placeholder.name());
          if (managed != null && managed.kind().writtenByLibrary()) {
            reporter.error(Diagnostic.MANAGED_PLACEHOLDER, managed.element(), managed.annotation(), null,
                managed.kind().annotation, placeholder.name(), entity.getSimpleName(), placeholder.name(),
                part.template().template());
          }
        }
      }
    });
  }

  private static Optional<Found> find(PropertyScanner.Found property, Kind kind) {
    for (Element declaration : property.declarations()) {
      Optional<AnnotationMirror> annotation = Mirrors.find(declaration, kind.qualifiedName());
      if (annotation.isPresent()) {
        return Optional.of(new Found(kind, property.name(), declaration, annotation.get(), property.type()));
      }
    }
    return Optional.empty();
  }

  private static String typeName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
    return type.getKind().isPrimitive() ? type.getKind().toString().toLowerCase(java.util.Locale.ROOT) : type.toString();
  }
}
