package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.table.TableNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Validates a {@code @Table} and builds its {@link TableModel}; reports every problem found. */
final class TableReader {

  private final Mirrors mirrors;
  private final Reporter reporter;

  TableReader(Mirrors mirrors, Reporter reporter) {
    this.mirrors = mirrors;
    this.reporter = reporter;
  }

  /** Returns the model, or {@code null} if the annotation has errors (all of them reported). */
  TableModel read(TypeElement element, AnnotationMirror table) {
    int errors = reporter.errorCount();
    ClassName type = ClassName.get(element);
    String name = mirrors.string(table, "name");
    if (name.isEmpty()) {
      name = element.getSimpleName().toString();
    }
    if (!TableNames.isValid(name)) {
      reporter.error(Diagnostic.INVALID_TABLE_NAME, element, table,
          Mirrors.explicitValue(table, "name").orElse(null), name);
    }
    String delimiter = mirrors.string(table, "delimiter");
    if (delimiter.length() != 1 || KeyEncoding.ALLOWED_DELIMITERS.indexOf(delimiter.charAt(0)) < 0) {
      reporter.error(Diagnostic.INVALID_DELIMITER, element, table,
          Mirrors.explicitValue(table, "delimiter").orElse(null), delimiter,
          String.join(" ", KeyEncoding.ALLOWED_DELIMITERS.split("")));
    }
    if (mirrors.types(table, "entities").isEmpty()) {
      reporter.error(Diagnostic.NO_ENTITIES, element, table, null, element.getSimpleName());
    }
    List<IndexModel> indexes = readIndexes(element, table);
    if (reporter.errorCount() > errors) {
      return null;
    }
    return new TableModel(type, Names.sibling(type, "Schema"), name, mirrors.string(table, "partitionKey"),
        mirrors.string(table, "sortKey"), mirrors.string(table, "typeAttribute"), delimiter.charAt(0), indexes);
  }

  private List<IndexModel> readIndexes(TypeElement element, AnnotationMirror table) {
    List<IndexModel> indexes = new ArrayList<>();
    Map<String, String> byMethodPrefix = new HashMap<>();
    for (AnnotationMirror index : mirrors.annotations(table, "indexes")) {
      String name = mirrors.string(index, "name");
      boolean local = mirrors.bool(index, "local");
      String partitionKey = mirrors.string(index, "partitionKey");
      String sortKey = mirrors.string(index, "sortKey");
      if (!TableNames.isValid(name)) {
        reporter.error(Diagnostic.INVALID_INDEX_NAME, element, index, mirrors.value(index, "name"), name);
        continue;
      }
      String methodPrefix = Names.lowerCamel(name);
      String clash = byMethodPrefix.putIfAbsent(methodPrefix, name);
      if (clash != null) {
        reporter.error(Diagnostic.DUPLICATE_INDEX_NAME, element, index, mirrors.value(index, "name"),
            element.getSimpleName(), name,
            clash.equals(name) ? "" : " (as \"" + clash + "\" and \"" + name + "\", which both give key methods named " + methodPrefix + "...)");
        continue;
      }
      if (local && !partitionKey.isEmpty()) {
        reporter.error(Diagnostic.INDEX_PARTITION_KEY_ON_LSI, element, index,
            mirrors.value(index, "partitionKey"), name, partitionKey);
        continue;
      }
      indexes.add(new IndexModel(name, local,
          local ? null : (partitionKey.isEmpty() ? name + "PK" : partitionKey),
          sortKey.isEmpty() ? name + "SK" : sortKey,
          mirrors.enumConstant(index, "projection"),
          mirrors.strings(index, "nonKeyAttributes"),
          methodPrefix, Names.constantCase(name)));
    }
    return indexes;
  }
}
