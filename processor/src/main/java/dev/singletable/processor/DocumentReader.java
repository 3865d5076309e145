package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads the nested documents that properties hold: records and JavaBeans that are not entities,
 * stored as maps. Each document is read once per compilation, whichever entity or document holds
 * it, so its properties' mistakes are reported once and its converter is generated once; a
 * mistake of its shape is reported on each property that holds it. A document that holds itself,
 * directly or through others, is a cycle.
 */
final class DocumentReader {

  /** What a type is as a document. */
  enum Kind { DOCUMENT, NOT_A_DOCUMENT, ENTITY, SHAPE, CYCLE, FAILED }

  /**
   * The outcome of reading a type as a document.
   *
   * @param model the document, for {@link Kind#DOCUMENT}
   * @param document the document at fault, for {@link Kind#SHAPE} and {@link Kind#CYCLE}
   * @param detail what is wrong with its shape ({@code is not public}), or the cycle
   *     ({@code A → B → A})
   */
  record Outcome(Kind kind, DocumentModel model, TypeElement document, String detail) {
    static Outcome notADocument() {
      return new Outcome(Kind.NOT_A_DOCUMENT, null, null, null);
    }
  }

  private final Reporter reporter;
  private final PropertyScanner scanner;
  private final PropertyReader properties;
  private final Map<String, Outcome> read = new HashMap<>();
  private final Map<ClassName, TypeElement> elements = new LinkedHashMap<>();
  private final Map<ClassName, DocumentModel> models = new LinkedHashMap<>();
  private final LinkedHashSet<TypeElement> inProgress = new LinkedHashSet<>();

  DocumentReader(Mirrors mirrors, Reporter reporter, Types types) {
    this.reporter = reporter;
    this.scanner = new PropertyScanner(types);
    this.properties = new PropertyReader(mirrors, reporter, types, this);
  }

  /** Returns the reader of properties that resolves nested documents through this reader. */
  PropertyReader properties() {
    return properties;
  }

  /** Returns the element of a document read successfully. */
  Optional<TypeElement> element(ClassName document) {
    return Optional.ofNullable(elements.get(document));
  }

  /**
   * Returns the documents that {@code properties} hold, directly or inside other documents, lists,
   * sets and maps, each once, inner documents first.
   */
  List<DocumentModel> documentsOf(List<PropertyModel> properties) {
    Map<ClassName, DocumentModel> found = new LinkedHashMap<>();
    properties.forEach(p -> collect(p.shape(), found));
    return List.copyOf(found.values());
  }

  private void collect(ValueShape shape, Map<ClassName, DocumentModel> found) {
    if (shape instanceof ValueShape.ListOf list) {
      collect(list.element(), found);
    } else if (shape instanceof ValueShape.SetOf set) {
      collect(set.element(), found);
    } else if (shape instanceof ValueShape.MapOf map) {
      collect(map.value(), found);
    } else if (shape instanceof ValueShape.Document document && !found.containsKey(document.type())) {
      DocumentModel model = models.get(document.type());
      model.properties().forEach(p -> collect(p.shape(), found));
      found.put(document.type(), model);
    }
  }

  /**
   * Reads {@code type} as a document, reporting its mistakes on it (once): its shape and its own
   * properties' mistakes. A type that is no record and has no bean property is no document: the
   * caller reports the property's type as unsupported.
   */
  Outcome resolve(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (inProgress.contains(type)) {
      List<TypeElement> path = new ArrayList<>(inProgress);
      List<TypeElement> cycle = new ArrayList<>(path.subList(path.indexOf(type), path.size()));
      cycle.add(type);
      return new Outcome(Kind.CYCLE, null, type,
          cycle.stream().map(t -> t.getSimpleName().toString()).collect(Collectors.joining(" → ")));
    }
    Outcome known = read.get(name);
    if (known != null) {
      return known;
    }
    Outcome outcome;
    if (Mirrors.find(type, Mirrors.ENTITY).isPresent()) {
      outcome = new Outcome(Kind.ENTITY, null, null, null);
    } else if (!isCandidate(type)) {
      outcome = Outcome.notADocument();
    } else {
      outcome = readDocument(type);
    }
    read.put(name, outcome);
    return outcome;
  }

  /** A record, or a class of the user's (not the JDK's) with at least one bean property. */
  private boolean isCandidate(TypeElement type) {
    if (type.getKind() == ElementKind.RECORD) {
      return true;
    }
    String name = type.getQualifiedName().toString();
    return type.getKind() == ElementKind.CLASS && !name.startsWith("java.") && !name.startsWith("javax.")
        && !name.startsWith("jdk.") && !scanner.scan(type).isEmpty();
  }

  private Outcome readDocument(TypeElement type) {
    int errors = reporter.errorCount();
    ManagedProperties.reportInDocument(type, scanner.scan(type), reporter); // whatever its shape: every error at once
    String problem = shapeProblem(type);
    if (problem != null) {
      return new Outcome(Kind.SHAPE, null, type, problem); // reported on each property of this type
    }
    inProgress.add(type);
    PropertyReader.Properties found;
    try {
      found = properties.read(type, null, Map.of());
    } finally {
      inProgress.remove(type);
    }
    if (reporter.errorCount() > errors) {
      return new Outcome(Kind.FAILED, null, null, null);
    }
    ClassName name = ClassName.get(type);
    DocumentModel model = new DocumentModel(name, Names.sibling(name, "Document"), Names.sibling(name, "Attribute"),
        type.getKind() == ElementKind.RECORD, List.copyOf(found.stored().values()), found.declared());
    elements.put(name, type);
    models.put(name, model);
    return new Outcome(Kind.DOCUMENT, model, null, null);
  }

  private static String shapeProblem(TypeElement type) {
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      return "is not public";
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
      return "is an inner class; make it static";
    }
    if (!type.getTypeParameters().isEmpty()) {
      return "has type parameters";
    }
    if (type.getKind() == ElementKind.CLASS) {
      if (type.getModifiers().contains(Modifier.ABSTRACT)) {
        return "is abstract";
      }
      boolean noArg = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
          .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
      if (!noArg) {
        return "has no public no-argument constructor";
      }
    }
    return null;
  }
}
