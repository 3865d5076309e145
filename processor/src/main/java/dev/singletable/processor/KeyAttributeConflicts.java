package dev.singletable.processor;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Checks that an entity gives each key attribute one template. Indexes may share attributes with
 * the table or each other (an inverted index uses the table's sort key as its partition key; a
 * GSI may use the table's partition key), but then the entity must render the same value for both
 * roles: with two different templates one key would be written wrong (an item stored under the
 * wrong primary key, or missing from an index).
 */
final class KeyAttributeConflicts {

  private record Use(String template, String role) {}

  private final Reporter reporter;

  KeyAttributeConflicts(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Reports every attribute that two of the keys give different templates, on the later key. */
  void check(TypeElement entity, Map<KeyModel, AnnotationMirror> keys) {
    Map<String, Use> uses = new LinkedHashMap<>();
    keys.forEach((key, annotation) -> {
      String where = key.isPrimary() ? "the table's" : "index " + key.index().name() + "'s";
      // An LSI's partition key is the table's, by construction the same template.
      if (key.isPrimary() || !key.index().local()) {
        use(entity, annotation, uses, key.partition(), where + " partition key");
      }
      use(entity, annotation, uses, key.sort(), where + " sort key");
    });
  }

  private void use(TypeElement entity, AnnotationMirror annotation, Map<String, Use> uses, KeyPartModel part,
      String role) {
    String template = part.template().template();
    Use earlier = uses.putIfAbsent(part.attributeName(), new Use(template, role));
    if (earlier != null && !earlier.template().equals(template)) {
      reporter.error(Diagnostic.KEY_ATTRIBUTE_CONFLICT, entity, annotation, null, part.attributeName(),
          entity.getSimpleName(), earlier.template(), earlier.role(), template, role);
    }
  }
}
