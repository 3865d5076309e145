package dev.singletable.processor;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Finds a {@code @Nullable} on a property: any annotation of that simple name (JSpecify,
 * JSR 305, JetBrains, Checker Framework, Jakarta...), on a declaration of the property or on its
 * type.
 */
final class Nullability {

  static final String NULLABLE = "Nullable";

  /**
   * Where a property is declared nullable.
   *
   * @param element the declaration that says so
   * @param annotation the annotation on {@code element}, or {@code null} when it annotates the type
   */
  record Found(Element element, AnnotationMirror annotation, String name) {}

  private Nullability() {}

  static Optional<Found> find(PropertyScanner.Found property) {
    for (Element declaration : property.declarations()) {
      Optional<AnnotationMirror> onElement = nullable(declaration.getAnnotationMirrors());
      if (onElement.isPresent()) {
        return Optional.of(new Found(declaration, onElement.get(), NULLABLE));
      }
      TypeMirror type = declaration instanceof ExecutableElement method ? method.getReturnType() : declaration.asType();
      if (nullable(type.getAnnotationMirrors()).isPresent()) {
        return Optional.of(new Found(declaration, null, NULLABLE));
      }
    }
    return Optional.empty();
  }

  private static Optional<AnnotationMirror> nullable(java.util.List<? extends AnnotationMirror> annotations) {
    return annotations.stream()
        .filter(a -> a.getAnnotationType().asElement().getSimpleName().contentEquals(NULLABLE))
        .map(AnnotationMirror.class::cast)
        .findFirst();
  }
}
