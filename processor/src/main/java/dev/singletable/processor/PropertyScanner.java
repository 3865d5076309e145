package dev.singletable.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds the properties of an entity: the components of a record, or the getter/setter pairs of a
 * JavaBean (declared in the class or its superclasses, superclass first).
 */
final class PropertyScanner {

  /**
   * A property as found in the source, before its types are checked.
   *
   * @param element where to report about the property
   * @param declarations every element that declares it: component, field, accessor, setter
   *     parameter, setter
   */
  record Found(String name, TypeMirror type, String getter, String setter, Element element,
      List<Element> declarations) {}

  /** A bean getter whose only setters differ from it by boxing: {@code int getAge()}, {@code setAge(Integer)}. */
  record Mismatch(String name, ExecutableElement getter, ExecutableElement setter) {}

  private final Types types;

  PropertyScanner(Types types) {
    this.types = types;
  }

  List<Found> scan(TypeElement entity) {
    return entity.getKind() == ElementKind.RECORD ? recordComponents(entity) : beanProperties(entity);
  }

  private List<Found> recordComponents(TypeElement entity) {
    List<Found> found = new ArrayList<>();
    Map<String, Element> fields = new LinkedHashMap<>();
    for (Element field : ElementFilter.fieldsIn(entity.getEnclosedElements())) {
      fields.put(field.getSimpleName().toString(), field);
    }
    for (RecordComponentElement component : entity.getRecordComponents()) {
      String name = component.getSimpleName().toString();
      // Report on the component's field: javac 17 has no source position for the component itself,
      // while the field's is the component's declaration in the record header.
      Element field = fields.getOrDefault(name, component);
      List<Element> declarations = new ArrayList<>(List.of(field, component));
      if (component.getAccessor() != null) {
        declarations.add(component.getAccessor());
      }
      found.add(new Found(name, component.asType(), name, null, field, declarations));
    }
    return found;
  }

  private List<Found> beanProperties(TypeElement entity) {
    Accessors accessors = accessors(entity);
    List<Found> found = new ArrayList<>();
    accessors.getters().forEach((property, getter) -> {
      for (ExecutableElement setter : accessors.setters().getOrDefault(property, List.of())) {
        VariableElement parameter = setter.getParameters().get(0);
        if (types.isSameType(parameter.asType(), getter.getReturnType())) {
          List<Element> declarations = new ArrayList<>(List.of(getter, parameter, setter));
          declarations.addAll(accessors.fields().getOrDefault(property, List.of()));
          found.add(new Found(property, getter.getReturnType(), getter.getSimpleName().toString(),
              setter.getSimpleName().toString(), getter, declarations));
          return;
        }
      }
    });
    return found;
  }

  /** Returns the bean getters without a setter of their type but with one that differs by boxing. */
  List<Mismatch> mismatches(TypeElement entity) {
    if (entity.getKind() == ElementKind.RECORD) {
      return List.of();
    }
    Accessors accessors = accessors(entity);
    List<Mismatch> mismatches = new ArrayList<>();
    accessors.getters().forEach((property, getter) -> {
      List<ExecutableElement> setters = accessors.setters().getOrDefault(property, List.of());
      TypeMirror type = getter.getReturnType();
      if (setters.stream().noneMatch(s -> types.isSameType(s.getParameters().get(0).asType(), type))) {
        setters.stream().filter(s -> differByBoxing(s.getParameters().get(0).asType(), type)).findFirst()
            .ifPresent(setter -> mismatches.add(new Mismatch(property, getter, setter)));
      }
    });
    return mismatches;
  }

  private boolean differByBoxing(TypeMirror a, TypeMirror b) {
    if (a.getKind().isPrimitive() == b.getKind().isPrimitive()) {
      return false;
    }
    TypeMirror primitive = a.getKind().isPrimitive() ? a : b;
    TypeMirror boxed = a.getKind().isPrimitive() ? b : a;
    return types.isSameType(types.boxedClass((PrimitiveType) primitive).asType(), boxed);
  }

  /** The public instance getters and setters of a bean and its superclasses, and its fields. */
  private record Accessors(Map<String, ExecutableElement> getters, Map<String, List<ExecutableElement>> setters,
      Map<String, List<Element>> fields) {}

  private Accessors accessors(TypeElement entity) {
    Deque<TypeElement> hierarchy = new ArrayDeque<>();
    for (TypeElement type = entity; type != null && !type.getQualifiedName().contentEquals("java.lang.Object");
        type = superclass(type)) {
      hierarchy.push(type);
    }
    Map<String, ExecutableElement> getters = new LinkedHashMap<>();
    Map<String, List<ExecutableElement>> setters = new LinkedHashMap<>();
    Map<String, List<Element>> fields = new LinkedHashMap<>();
    for (TypeElement type : hierarchy) {
      for (Element field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        fields.computeIfAbsent(field.getSimpleName().toString(), k -> new ArrayList<>()).add(field);
      }
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (!method.getModifiers().contains(Modifier.PUBLIC) || method.getModifiers().contains(Modifier.STATIC)) {
          continue;
        }
        String name = method.getSimpleName().toString();
        String property = getterProperty(method);
        if (property != null) {
          getters.put(property, method);
        } else if (name.startsWith("set") && name.length() > 3 && method.getParameters().size() == 1) {
          setters.computeIfAbsent(decapitalize(name.substring(3)), k -> new ArrayList<>()).add(method);
        }
      }
    }
    return new Accessors(getters, setters, fields);
  }

  private static String getterProperty(ExecutableElement method) {
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
      return null;
    }
    String name = method.getSimpleName().toString();
    if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
      return decapitalize(name.substring(3));
    }
    if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return decapitalize(name.substring(2));
    }
    return null;
  }

  /** As {@code java.beans.Introspector.decapitalize}: {@code URL} stays, {@code Name} becomes {@code name}. */
  static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
  }
}
