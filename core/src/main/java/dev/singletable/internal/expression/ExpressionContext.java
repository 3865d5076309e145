package dev.singletable.internal.expression;

import dev.singletable.Attribute;
import dev.singletable.EntitySchema;
import dev.singletable.SetAttribute;
import dev.singletable.TableDefinition;
import dev.singletable.internal.document.DocumentPaths;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds the names and values of one request's expressions. Placeholders are {@code #st<n>} and
 * {@code :st<n>}, which never collide with the enhanced client's {@code #AMZN_MAPPED_*} key
 * condition names or the runtime's fixed {@code #stType}/{@code #stPk}. Values are converted
 * with the attribute's converter from the entity's generated table schema (for a document path,
 * the converter of the member or element it reaches), so a condition compares with exactly what a
 * write stores. One context per request; not thread-safe. <b>Not API.</b>
 */
public final class ExpressionContext {

  private final TableDefinition definition;
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, String> nameByAttribute = new HashMap<>();
  private final Map<String, AttributeValue> values = new LinkedHashMap<>();
  private final Set<String> attributes = new LinkedHashSet<>();

  public ExpressionContext(TableDefinition definition) {
    this.definition = definition;
  }

  /** Returns the placeholder of a top-level attribute name, the same one each time it is asked for. */
  public String name(String attribute) {
    attributes.add(attribute);
    return placeholder(attribute);
  }

  /**
   * Returns a document path with a placeholder per name: {@code #st0.#st1[2].#st2} for
   * {@code lineItems[2].quantity}; a top-level attribute is its placeholder alone.
   */
  public String name(AttributePath path) {
    StringBuilder text = new StringBuilder(name(path.root()));
    List<AttributePath.Step> steps = path.steps();
    for (int i = 1; i < steps.size(); i++) {
      AttributePath.Step step = steps.get(i);
      text.append(step.isIndex() ? "[" + step.index() + "]" : "." + placeholder(step.name()));
    }
    return text.toString();
  }

  /** Returns the top-level attributes named so far: what a projection must hold for the expression. */
  public Set<String> attributes() {
    return attributes;
  }

  private String placeholder(String name) {
    return nameByAttribute.computeIfAbsent(name, a -> {
      String placeholder = "#st" + names.size();
      names.put(placeholder, a);
      return placeholder;
    });
  }

  /** Returns a new placeholder for a value. */
  public String value(AttributeValue value) {
    String placeholder = ":st" + values.size();
    values.put(placeholder, value);
    return placeholder;
  }

  /** Converts a value of an attribute as the entity's schema stores it. */
  public AttributeValue convert(Attribute<?, ?> attribute, Object value) {
    AttributeConverter<Object> converter = converter(attribute);
    try {
      return converter.transformFrom(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(attribute + " cannot be " + value + ": DynamoDB cannot store it ("
          + e.getMessage() + ")", e);
    }
  }

  /** Converts one element of a list or set attribute as the schema stores elements of it. */
  public AttributeValue convertElement(Attribute<?, ?> attribute, Object element) {
    AttributeValue whole = converter(attribute).transformFrom(
        attribute instanceof SetAttribute<?, ?> ? java.util.Set.of(element) : List.of(element));
    if (whole.hasL()) {
      return whole.l().get(0);
    }
    if (whole.hasSs()) {
      return AttributeValue.fromS(whole.ss().get(0));
    }
    if (whole.hasNs()) {
      return AttributeValue.fromN(whole.ns().get(0));
    }
    if (whole.hasBs()) {
      return AttributeValue.fromB(whole.bs().get(0));
    }
    throw new IllegalArgumentException(attribute + " is not a list or set attribute");
  }

  /** Returns the expression with every name and value allocated so far. */
  public Expression expression(String text) {
    return Expression.builder().expression(text).expressionNames(Map.copyOf(names))
        .expressionValues(Map.copyOf(values)).build();
  }

  public Map<String, String> names() {
    return names;
  }

  public Map<String, AttributeValue> values() {
    return values;
  }

  private AttributeConverter<Object> converter(Attribute<?, ?> attribute) {
    EntitySchema<?> schema = definition.entity(attribute.entityClass()).orElseThrow(() ->
        new IllegalArgumentException(attribute.entityClass().getName() + " is not an entity of this table"));
    if (!schema.tableSchema().attributeNames().contains(attribute.name())) {
      throw new IllegalArgumentException(schema.entityClass().getSimpleName() + " has no attribute " + attribute.name());
    }
    return DocumentPaths.converterAt(schema.tableSchema().converterForAttribute(attribute.name()), attribute.path());
  }

  /** Joins expressions with AND, each in parentheses; empty parts are left out. */
  public static String and(Collection<String> parts) {
    List<String> present = parts.stream().filter(p -> p != null && !p.isEmpty()).toList();
    if (present.size() == 1) {
      return present.get(0);
    }
    return String.join(" AND ", present.stream().map(p -> "(" + p + ")").toList());
  }
}
