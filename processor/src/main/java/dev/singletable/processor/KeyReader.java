package dev.singletable.processor;

import dev.singletable.internal.KeyTemplate;
import dev.singletable.internal.TemplateSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Parses and checks the templates of one entity's {@code @Key}s: grammar, placeholders that name
 * properties of renderable types, and which templates each kind of index needs.
 */
final class KeyReader {
  private final TypeElement entity;
  private final Map<String, PropertyModel> properties;
  private final TableModel table;
  private final Mirrors mirrors;
  private final Reporter reporter;

  KeyReader(TypeElement entity, Map<String, PropertyModel> properties, TableModel table,
      Mirrors mirrors, Reporter reporter) {
    this.entity = entity;
    this.properties = properties;
    this.table = table;
    this.mirrors = mirrors;
    this.reporter = reporter;
  }

  KeyModel primaryKey(AnnotationMirror key) {
    KeyPartModel pk = part(key, "pk", table.partitionKey(), "", "table");
    KeyPartModel sk = part(key, "sk", table.sortKey(), "", "table");
    return pk == null || sk == null ? null : new KeyModel(null, pk, sk);
  }

  KeyModel indexKey(AnnotationMirror key, IndexModel index, KeyModel primary) {
    String where = "(index = \"" + index.name() + "\")";
    KeyPartModel pk;
    if (index.local()) {
      if (!mirrors.string(key, "pk").isEmpty()) {
        reporter.error(Diagnostic.PARTITION_KEY_ON_LSI, entity, key, mirrors.value(key, "pk"),
            index.name(), entity.getSimpleName(), index.name());
        return null;
      }
      pk = primary.partition();
    } else {
      pk = part(key, "pk", index.partitionKey(), where, "GSI " + index.name());
    }
    KeyPartModel sk = part(key, "sk", index.sortKey(), where, (index.local() ? "LSI " : "GSI ") + index.name());
    return pk == null || sk == null ? null : new KeyModel(index, pk, sk);
  }

  private KeyPartModel part(AnnotationMirror key, String member, String attribute, String where, String owner) {
    String text = mirrors.string(key, member);
    AnnotationValue value = mirrors.value(key, member);
    if (text.isEmpty()) {
      reporter.error(member.equals("pk") ? Diagnostic.MISSING_PARTITION_KEY : Diagnostic.MISSING_SORT_KEY,
          entity, key, null, where, entity.getSimpleName(), owner);
      return null;
    }
    KeyTemplate template;
    try {
      template = KeyTemplate.parse(text, table.delimiter());
    } catch (TemplateSyntaxException e) {
      reporter.error(Diagnostic.of(e.problem()), entity, key, value, e.getMessage());
      return null;
    }
    List<PropertyModel> placeholders = new ArrayList<>();
    for (String name : template.placeholders()) {
      PropertyModel property = properties.get(name);
      if (property == null) {
        reporter.error(Diagnostic.UNKNOWN_PROPERTY, entity, key, value, text, name, entity.getSimpleName(),
            Names.didYouMean(name, properties.keySet()), String.join(", ", properties.keySet()));
        continue;
      }
      if (property.keyValueType() == null) {
        reporter.error(Diagnostic.UNSUPPORTED_PLACEHOLDER_TYPE, entity, key, value, name, text, property.type());
        continue;
      }
      placeholders.add(property);
    }
    return placeholders.size() == template.placeholders().size()
        ? new KeyPartModel(attribute, template, List.copyOf(placeholders))
        : null;
  }
}
