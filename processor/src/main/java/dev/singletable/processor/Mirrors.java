package dev.singletable.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads annotations through mirrors, never through {@code Class} values. */
final class Mirrors {

  static final String TABLE = "dev.singletable.annotation.Table";
  static final String INDEX = "dev.singletable.annotation.Index";
  static final String ENTITY = "dev.singletable.annotation.Entity";
  static final String KEY = "dev.singletable.annotation.Key";
  static final String KEY_LIST = "dev.singletable.annotation.Key.List";
  static final String KEY_SPELLING = "dev.singletable.annotation.KeySpelling";
  static final String ATTRIBUTE_NAME = "dev.singletable.annotation.AttributeName";
  static final String TRANSIENT = "dev.singletable.annotation.Transient";
  static final String CONVERT = "dev.singletable.annotation.Convert";

  /** An annotation found on one of a property's declarations. */
  record Annotated(Element element, AnnotationMirror annotation) {}

  private final Elements elements;

  Mirrors(Elements elements) {
    this.elements = elements;
  }

  static Optional<AnnotationMirror> find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Returns the first of {@code declarations} (component, field, accessors) that bears {@code annotation}. */
  static Optional<Annotated> findOnAny(List<Element> declarations, String annotation) {
    for (Element declaration : declarations) {
      Optional<AnnotationMirror> found = find(declaration, annotation);
      if (found.isPresent()) {
        return Optional.of(new Annotated(declaration, found.get()));
      }
    }
    return Optional.empty();
  }

  /** Returns the type of a canonical name, if the compilation knows it. */
  Optional<TypeElement> typeElement(String canonicalName) {
    return Optional.ofNullable(elements.getTypeElement(canonicalName));
  }

  /** Returns every {@code @Key} on the element, direct or inside the {@code @Key.List} container. */
  List<AnnotationMirror> keys(Element element) {
    List<AnnotationMirror> keys = new ArrayList<>();
    find(element, KEY).ifPresent(keys::add);
    find(element, KEY_LIST).ifPresent(list -> keys.addAll(annotations(list, "value")));
    return keys;
  }

  AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException("No attribute " + name + " in " + mirror);
  }

  /** Returns the value the user wrote, or empty when the attribute took its default. */
  static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  String string(AnnotationMirror mirror, String name) {
    return (String) value(mirror, name).getValue();
  }

  boolean bool(AnnotationMirror mirror, String name) {
    return (Boolean) value(mirror, name).getValue();
  }

  String enumConstant(AnnotationMirror mirror, String name) {
    return ((VariableElement) value(mirror, name).getValue()).getSimpleName().toString();
  }

  List<String> strings(AnnotationMirror mirror, String name) {
    List<String> strings = new ArrayList<>();
    for (AnnotationValue value : list(mirror, name)) {
      strings.add((String) value.getValue());
    }
    return strings;
  }

  List<TypeMirror> types(AnnotationMirror mirror, String name) {
    List<TypeMirror> types = new ArrayList<>();
    for (AnnotationValue value : list(mirror, name)) {
      types.add((TypeMirror) value.getValue());
    }
    return types;
  }

  List<AnnotationMirror> annotations(AnnotationMirror mirror, String name) {
    List<AnnotationMirror> annotations = new ArrayList<>();
    for (AnnotationValue value : list(mirror, name)) {
      annotations.add((AnnotationMirror) value.getValue());
    }
    return annotations;
  }

  @SuppressWarnings("unchecked") // an array-valued annotation attribute is a List<AnnotationValue>
  private List<AnnotationValue> list(AnnotationMirror mirror, String name) {
    return (List<AnnotationValue>) value(mirror, name).getValue();
  }
}
