package dev.singletable.processor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Checks that an entity renders each property one way in all its keys. An update re-renders the
 * index keys it changes from the values it parses out of the primary key and the values it sets,
 * one rendering per property; a property with two formats would get an index key written in the
 * wrong one.
 */
final class KeyFormatConflicts {

  private record Use(ValueFormat format, String attribute, String template) {}

  private final Reporter reporter;

  KeyFormatConflicts(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Reports every placeholder whose format differs from the property's first one, on its key. */
  void check(TypeElement entity, Map<KeyModel, AnnotationMirror> keys) {
    Map<String, Use> uses = new LinkedHashMap<>();
    Map<String, Boolean> reported = new LinkedHashMap<>();
    keys.forEach((key, annotation) -> {
      for (KeyPartModel part : List.of(key.partition(), key.sort())) {
        for (PropertyModel property : part.placeholders()) {
          ValueFormat format = part.format(property);
          Use earlier = uses.putIfAbsent(property.name(),
              new Use(format, part.attributeName(), part.template().template()));
          if (earlier != null && !sameRendering(earlier.format(), format)
              && reported.putIfAbsent(property.name(), true) == null) {
            reporter.error(Diagnostic.FORMAT_CONFLICT, entity, annotation, null, property.name(),
                entity.getSimpleName(), describe(earlier.format()), earlier.attribute(), earlier.template(),
                describe(format), part.attributeName(), part.template().template(), property.name());
          }
        }
      }
    });
  }

  private static boolean sameRendering(ValueFormat a, ValueFormat b) {
    return a.format() == b.format() && a.width() == b.width();
  }

  private static String describe(ValueFormat format) {
    return format.isStandard() ? "the default form" : format.notation();
  }
}
