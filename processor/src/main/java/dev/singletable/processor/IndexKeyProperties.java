package dev.singletable.processor;

import dev.singletable.internal.KeyEncoding;
import dev.singletable.internal.KeyTemplate;
import dev.singletable.internal.KeyValueType;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Checks the properties stored under an index key attribute (seed 003's {@code status}, the
 * partition key of its {@code StatusByDate-GSI}): the attribute is then both the property and the
 * key, written once, so every key of the entity on that attribute must render exactly the stored
 * value. That is a template of one placeholder of the property and nothing else, {@code <status>}
 * for an enum (its name, as the enum converter stores it, when the enum keeps {@code Enum}'s
 * {@code toString()} and no constant name needs escaping) or {@code <status:raw>} for a
 * {@code String}. Everything else is reported ({@code SingletablePropertyKeyTemplate}), on the
 * template when there is one, else on the property.
 */
final class IndexKeyProperties {

  /**
   * A property stored under an index key attribute, as {@link PropertyReader} found it.
   *
   * @param property the property
   * @param element its declaration, where problems without a template are reported
   * @param rename its {@code @AttributeName}, or {@code null}
   * @param overridesToString whether its type is an enum that declares {@code toString()}, which
   *     the enum converter stores instead of the name
   */
  record Candidate(PropertyModel property, Element element, AnnotationMirror rename, boolean overridesToString) {}

  private final Reporter reporter;
  private final Mirrors mirrors;

  IndexKeyProperties(Reporter reporter, Mirrors mirrors) {
    this.reporter = reporter;
    this.mirrors = mirrors;
  }

  /** Returns whether {@code type} is an enum that declares {@code toString()} itself. */
  static boolean overridesToString(TypeMirror type, Types types) {
    if (type.getKind() != TypeKind.DECLARED || types.asElement(type).getKind() != ElementKind.ENUM) {
      return false;
    }
    TypeElement element = (TypeElement) types.asElement(type);
    return ElementFilter.methodsIn(element.getEnclosedElements()).stream()
        .map(ExecutableElement.class::cast)
        .anyMatch(m -> m.getSimpleName().contentEquals("toString") && m.getParameters().isEmpty());
  }

  /**
   * Reports each candidate whose index keys do not render its stored value.
   *
   * @param keys the entity's valid keys, with their annotations
   * @param declaredIndexes the indexes the entity has a {@code @Key} for, valid or not (an invalid
   *     one is reported already)
   */
  void check(TypeElement entity, TableModel table, Map<String, Candidate> candidates, Map<KeyModel, AnnotationMirror> keys,
      Set<String> declaredIndexes) {
    for (Candidate candidate : candidates.values()) {
      String attribute = candidate.property().attributeName();
      for (IndexModel index : table.indexes()) {
        boolean partition = !index.local() && attribute.equals(index.partitionKey());
        if (!partition && !attribute.equals(index.sortKey())) {
          continue;
        }
        KeyModel key = keys.keySet().stream().filter(k -> !k.isPrimary() && k.index().equals(index)).findFirst()
            .orElse(null);
        if (key == null) {
          if (!declaredIndexes.contains(index.name())) {
            report(entity, candidate, index, partition, null, null, entity.getSimpleName() + " has no @Key for that"
                + " index, so every item would be in the index without its key: add @Key(index = \"" + index.name()
                + "\", " + (partition ? "pk" : "sk") + " = \"" + placeholder(candidate) + "\", ...)");
          }
          continue;
        }
        KeyPartModel part = partition ? key.partition() : key.sort();
        String problem = problem(candidate, part, table.delimiter());
        if (problem != null) {
          report(entity, candidate, index, partition, keys.get(key), partition ? "pk" : "sk", problem);
        }
      }
    }
  }

  /** What keeps the key part from rendering the stored value, or {@code null} when nothing does. */
  private static String problem(Candidate candidate, KeyPartModel part, char delimiter) {
    PropertyModel property = candidate.property();
    KeyTemplate template = part.template();
    KeyTemplate.Segment only = template.segments().size() == 1 ? template.segments().get(0) : null;
    if (only == null || !property.name().equals(only.placeholder()) || !only.prefix().isEmpty()
        || !only.suffix().isEmpty()) {
      return "its template is \"" + template.template() + "\"";
    }
    if (property.converter() != null) {
      return "@Convert stores the property in a form of its own";
    }
    boolean isEnum = !property.enumConstants().isEmpty();
    if (!isEnum && property.keyValueType() != KeyValueType.STRING) {
      return "its type " + property.type() + " is not stored as the string a key holds";
    }
    ValueFormat format = part.format(property);
    if (!isEnum) {
      return format.isStandard() || !format.format().formatName().equals("raw")
          ? "it renders the String " + (format.isStandard() ? "escaped" : "as " + format.notation())
              + ", not as stored; write \"<" + property.name() + ":raw>\""
          : null;
    }
    if (!format.isStandard()) {
      return "format " + format.notation() + " renders other text than the name the enum converter stores";
    }
    if (candidate.overridesToString()) {
      return property.type() + " declares toString(), which the enum converter stores instead of the name";
    }
    KeyEncoding encoding = KeyEncoding.forDelimiter(delimiter);
    for (String constant : property.enumConstants()) {
      if (!encoding.encode(constant).equals(constant)) {
        return "constant " + constant + " renders as " + encoding.encode(constant) + " in keys";
      }
    }
    return null;
  }

  private void report(TypeElement entity, Candidate candidate, IndexModel index, boolean partition,
      AnnotationMirror key, String member, String problem) {
    PropertyModel property = candidate.property();
    Object[] args = {property.name(), entity.getSimpleName(), index.local() ? "LSI" : "GSI", index.name(),
        partition ? "partition" : "sort", property.attributeName(), "<" + property.name() + ">",
        "<" + property.name() + ":raw>", problem};
    if (key != null) {
      reporter.error(Diagnostic.PROPERTY_KEY_TEMPLATE, entity, key, mirrors.value(key, member), args);
    } else if (candidate.rename() != null) {
      reporter.error(Diagnostic.PROPERTY_KEY_TEMPLATE, candidate.element(), candidate.rename(), null, args);
    } else {
      reporter.error(Diagnostic.PROPERTY_KEY_TEMPLATE, candidate.element(), args);
    }
  }

  private static String placeholder(Candidate candidate) {
    PropertyModel property = candidate.property();
    return "<" + property.name() + (property.enumConstants().isEmpty() ? ":raw" : "") + ">";
  }
}
