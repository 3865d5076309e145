package dev.singletable.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The singletable annotation processor. For each {@code @Table} it validates the table and every
 * listed {@code @Entity}, reports every mistake as a diagnostic on the element at fault, and
 * generates {@code TSchema}, {@code TVisitor}, {@code XKeys}, {@code XSchema} and the table's design sheet. It also
 * checks the table's key space: no two entities may render the same key.
 *
 * <p>A table whose entities have property types that are not generated yet (by another
 * processor) is deferred to the next round. An unexpected exception becomes a
 * {@code [SingletableInternal]} error on the table, never a compiler crash.
 */
@AutoService(Processor.class)
public final class SingletableProcessor extends AbstractProcessor {

  private Elements elements;
  private Types types;
  private Filer filer;
  private Reporter reporter;
  private Mirrors mirrors;
  private DesignSheets designSheets;
  private DocumentReader documents;
  private final Set<String> writtenDocuments = new java.util.HashSet<>();
  private final UnlistedEntities unlisted = new UnlistedEntities();
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Map<String, String> tableOfEntity = new HashMap<>();

  /** Creates the processor; javac calls this through the service loader. */
  public SingletableProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.filer = environment.getFiler();
    this.reporter = new Reporter(environment);
    this.mirrors = new Mirrors(elements);
    this.designSheets = new DesignSheets(filer, reporter);
    this.documents = new DocumentReader(mirrors, reporter, types);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> supported = new java.util.HashSet<>(Set.of(Mirrors.TABLE, Mirrors.ENTITY, Mirrors.KEY, Mirrors.KEY_LIST));
    for (ManagedProperties.Kind kind : ManagedProperties.Kind.values()) {
      supported.add(kind.qualifiedName());
    }
    return supported;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<TypeElement> tables = new ArrayList<>();
    for (String name : deferred) {
      Optional.ofNullable(elements.getTypeElement(name)).ifPresent(tables::add);
    }
    deferred.clear();
    unlisted.collect(round, elements);
    TypeElement tableAnnotation = elements.getTypeElement(Mirrors.TABLE);
    if (tableAnnotation != null) {
      for (Element element : round.getElementsAnnotatedWith(tableAnnotation)) {
        if (element instanceof TypeElement type && !tables.contains(type)) {
          tables.add(type);
        }
      }
    }
    for (TypeElement table : tables) {
      try {
        if (!processTable(table, round.processingOver())) {
          deferred.add(table.getQualifiedName().toString());
        }
      } catch (RuntimeException | AssertionError e) {
        reporter.internal(table, e);
      }
    }
    if (round.processingOver()) {
      unlisted.report(elements, reporter);
    }
    return false;
  }

  /** Returns {@code false} to defer the table to the next round. */
  private boolean processTable(TypeElement element, boolean lastRound) {
    AnnotationMirror annotation = Mirrors.find(element, Mirrors.TABLE).orElseThrow();
    int errors = reporter.errorCount();
    TableModel table = new TableReader(mirrors, reporter).read(element, annotation);
    AnnotationValue entitiesValue = mirrors.value(annotation, "entities");
    List<TypeElement> entityElements = new ArrayList<>();
    for (TypeMirror listed : mirrors.types(annotation, "entities")) {
      if (listed.getKind() != TypeKind.DECLARED) {
        if (!lastRound) {
          return false; // an entity class that another processor has yet to generate
        }
        continue; // javac reports the unknown class itself
      }
      entityElements.add((TypeElement) ((DeclaredType) listed).asElement());
      unlisted.listed(entityElements.get(entityElements.size() - 1));
    }
    EntityReader reader = new EntityReader(mirrors, reporter, types, documents);
    if (!lastRound && entityElements.stream().anyMatch(reader::hasUnresolvedTypes)) {
      return false;
    }
    if (table == null) {
      return true;
    }
    List<EntityModel> entities = new ArrayList<>();
    Map<String, EntityModel> byTypeName = new HashMap<>();
    for (TypeElement entity : entityElements) {
      Optional<AnnotationMirror> entityAnnotation = Mirrors.find(entity, Mirrors.ENTITY);
      if (entityAnnotation.isEmpty()) {
        reporter.error(Diagnostic.NOT_AN_ENTITY, element, annotation, entitiesValue,
            entity.getQualifiedName(), element.getSimpleName());
        continue;
      }
      String previousTable = tableOfEntity.putIfAbsent(entity.getQualifiedName().toString(),
          element.getQualifiedName().toString());
      if (previousTable != null && !previousTable.equals(element.getQualifiedName().toString())) {
        reporter.error(Diagnostic.ENTITY_IN_SEVERAL_TABLES, element, annotation, entitiesValue,
            entity.getQualifiedName(), previousTable, element.getQualifiedName());
        continue;
      }
      EntityModel model = reader.read(entity, entityAnnotation.get(), table);
      if (model == null) {
        continue;
      }
      EntityModel clash = byTypeName.putIfAbsent(model.typeName(), model);
      if (clash != null) {
        reporter.error(Diagnostic.DUPLICATE_TYPE_NAME, entity, entityAnnotation.get(), null,
            clash.type().simpleName(), model.type().simpleName(), table.tableName(), model.typeName());
        continue;
      }
      entities.add(model);
    }
    if (reporter.errorCount() > errors) {
      return true;
    }
    new KeySpaceReporter(mirrors, reporter).check(table, entities, entityElements);
    TtlAttributes.check(table, entities, entityElements, reporter);
    if (reporter.errorCount() > errors) {
      return true;
    }
    for (int i = 0; i < entities.size(); i++) {
      EntityModel entity = entities.get(i);
      TypeElement entityElement = entityElements.get(i);
      writeFile(KeysWriter.write(entity), entityElement, element);
      writeFile(EntitySchemaWriter.write(entity), entityElement, element);
      writeFile(AttributesWriter.write(entity), entityElement, element);
      writeFile(UpdateWriter.write(entity), entityElement, element);
    }
    List<PropertyModel> stored = new ArrayList<>();
    entities.forEach(entity -> stored.addAll(entity.properties()));
    for (DocumentModel document : documents.documentsOf(stored)) {
      writeDocument(document, element);
    }
    writeFile(TableSchemaWriter.write(table, entities), element);
    writeFile(VisitorWriter.write(table, entities), element);
    designSheets.write(table, entities, element, entityElements);
    return true;
  }

  /**
   * Writes a document's converter and handle once per compilation, unless another compilation
   * generated them already (a document of a module this one depends on): then they are used.
   */
  private void writeDocument(DocumentModel document, Element table) {
    String name = document.converterClass().canonicalName();
    if (!writtenDocuments.add(name) || elements.getTypeElement(name) != null) {
      return;
    }
    TypeElement element = documents.element(document.type()).orElseThrow();
    writeFile(DocumentWriter.write(document), element, table);
    writeFile(DocumentAttributeWriter.write(document), element, table);
  }

  /** Writes a generated file, recording the elements it comes from for incremental builds. */
  private void writeFile(JavaFile file, Element... originating) {
    TypeSpec.Builder type = file.typeSpec().toBuilder();
    for (Element element : originating) {
      type.addOriginatingElement(element);
    }
    try {
      JavaFile.builder(file.packageName(), type.build()).skipJavaLangImports(true).build().writeTo(filer);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file.packageName() + "." + file.typeSpec().name(), e);
    }
  }
}
