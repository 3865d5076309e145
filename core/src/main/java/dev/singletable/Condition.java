package dev.singletable;

import dev.singletable.internal.expression.ExpressionContext;
import dev.singletable.internal.expression.ExpressionPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A DynamoDB condition expression on an entity's attributes, for conditional writes
 * ({@link EntityTable#put(Object, Condition)}, {@link Update#condition}, {@link
 * EntityTable#delete(PrimaryKey, Condition)}) and query filters ({@link KeyQuery#filter}).
 *
 * <pre>{@code
 * Condition<Order> pendingAndSmall = Condition.and(
 *     Condition.eq(OrderAttributes.STATUS, OrderStatus.PENDING),
 *     Condition.lt(OrderAttributes.TOTAL, 10_000L));
 * }</pre>
 *
 * <p>Values are converted with the entity's attribute converters, exactly as writes store them;
 * names and values become placeholders ({@code #st0}, {@code :st0}) that never collide with the
 * enhanced client's. A handle of a nested document's member or a list element is a document
 * path: {@code Condition.eq(OrderAttributes.SHIPPING_ADDRESS.city(), "Paris")} renders
 * {@code #st0.#st1 = :st0}. A filter is applied after DynamoDB reads the items: filtered items
 * still cost read capacity. Immutable and thread-safe.
 *
 * @param <T> the entity class
 */
public final class Condition<T> {

  private final ExpressionPart renderer;
  private final String description;
  private final Set<Class<?>> entities;

  private Condition(ExpressionPart renderer, String description, Set<Class<?>> entities) {
    this.renderer = renderer;
    this.description = description;
    this.entities = entities;
  }

  /** {@code attribute_exists(a)}. */
  public static <T> Condition<T> attributeExists(Attribute<T, ?> attribute) {
    return new Condition<>(c -> "attribute_exists(" + c.name(attribute.path()) + ")",
        "attributeExists(" + attribute + ")", Set.of(attribute.entityClass()));
  }

  /** {@code attribute_not_exists(a)}. */
  public static <T> Condition<T> attributeNotExists(Attribute<T, ?> attribute) {
    return new Condition<>(c -> "attribute_not_exists(" + c.name(attribute.path()) + ")",
        "attributeNotExists(" + attribute + ")", Set.of(attribute.entityClass()));
  }

  /** {@code a = value}. */
  public static <T, V> Condition<T> eq(Attribute<T, V> attribute, V value) {
    return compare(attribute, "=", value);
  }

  /** {@code a <> value}. */
  public static <T, V> Condition<T> ne(Attribute<T, V> attribute, V value) {
    return compare(attribute, "<>", value);
  }

  /** {@code a < value}. */
  public static <T, V> Condition<T> lt(Attribute<T, V> attribute, V value) {
    return compare(attribute, "<", value);
  }

  /** {@code a <= value}. */
  public static <T, V> Condition<T> le(Attribute<T, V> attribute, V value) {
    return compare(attribute, "<=", value);
  }

  /** {@code a > value}. */
  public static <T, V> Condition<T> gt(Attribute<T, V> attribute, V value) {
    return compare(attribute, ">", value);
  }

  /** {@code a >= value}. */
  public static <T, V> Condition<T> ge(Attribute<T, V> attribute, V value) {
    return compare(attribute, ">=", value);
  }

  /** {@code a BETWEEN low AND high}, both inclusive. */
  public static <T, V> Condition<T> between(Attribute<T, V> attribute, V low, V high) {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    return new Condition<>(c -> c.name(attribute.path()) + " BETWEEN " + c.value(c.convert(attribute, low))
        + " AND " + c.value(c.convert(attribute, high)), "between(" + attribute + ", " + low + ", " + high + ")",
            Set.of(attribute.entityClass()));
  }

  /** {@code begins_with(a, prefix)} on a string attribute. */
  public static <T> Condition<T> beginsWith(Attribute<T, String> attribute, String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return new Condition<>(c -> "begins_with(" + c.name(attribute.path()) + ", "
        + c.value(c.convert(attribute, prefix)) + ")", "beginsWith(" + attribute + ", " + prefix + ")",
            Set.of(attribute.entityClass()));
  }

  /** {@code contains(a, substring)} on a string attribute. */
  public static <T> Condition<T> contains(Attribute<T, String> attribute, String substring) {
    Objects.requireNonNull(substring, "substring");
    return new Condition<>(c -> "contains(" + c.name(attribute.path()) + ", "
        + c.value(c.convert(attribute, substring)) + ")", "contains(" + attribute + ", " + substring + ")",
            Set.of(attribute.entityClass()));
  }

  /** {@code contains(a, element)}: the list holds the element. */
  public static <T, E> Condition<T> contains(ListAttribute<T, E> attribute, E element) {
    return containsElement(attribute, element);
  }

  /** {@code contains(a, element)}: the set holds the element. */
  public static <T, E> Condition<T> contains(SetAttribute<T, E> attribute, E element) {
    return containsElement(attribute, element);
  }

  /** Starts a condition on {@code size(a)}: the length of a string, or the elements of a list, set or map. */
  public static <T> Size<T> size(Attribute<T, ?> attribute) {
    return new Size<>(attribute);
  }

  /**
   * All the conditions hold ({@code AND}).
   *
   * @throws NullPointerException naming the position of a {@code null} condition
   */
  @SafeVarargs
  public static <T> Condition<T> and(Condition<T>... conditions) {
    return join(" AND ", conditions);
  }

  /**
   * At least one of the conditions holds ({@code OR}).
   *
   * @throws NullPointerException naming the position of a {@code null} condition
   */
  @SafeVarargs
  public static <T> Condition<T> or(Condition<T>... conditions) {
    return join(" OR ", conditions);
  }

  /**
   * The condition does not hold ({@code NOT}).
   *
   * @throws NullPointerException if {@code condition} is {@code null}
   */
  public static <T> Condition<T> not(Condition<T> condition) {
    Objects.requireNonNull(condition, "Condition.not(null): give the condition to negate");
    return new Condition<>(c -> "NOT (" + condition.render(c) + ")", "not(" + condition + ")", condition.entities);
  }

  /** Returns {@code this AND other}. */
  public Condition<T> and(Condition<T> other) {
    return Condition.and(this, other);
  }

  /** Returns {@code this OR other}. */
  public Condition<T> or(Condition<T> other) {
    return Condition.or(this, other);
  }

  String render(ExpressionContext context) {
    return renderer.render(context);
  }

  /** Returns the entity classes whose attributes the condition reads. */
  Set<Class<?>> entities() {
    return entities;
  }

  private static Set<Class<?>> entitiesOf(List<? extends Condition<?>> parts) {
    Set<Class<?>> all = new java.util.LinkedHashSet<>();
    parts.forEach(p -> all.addAll(p.entities()));
    return Set.copyOf(all);
  }

  /** Returns the condition as the runtime's request builders take it. */
  ExpressionPart part() {
    return renderer;
  }

  @Override
  public String toString() {
    return description;
  }

  private static <T, V> Condition<T> compare(Attribute<T, V> attribute, String operator, V value) {
    Objects.requireNonNull(value, () -> "value of " + attribute + "; use attributeNotExists to test for absence");
    return new Condition<>(c -> c.name(attribute.path()) + " " + operator + " " + c.value(c.convert(attribute, value)),
        attribute + " " + operator + " " + value, Set.of(attribute.entityClass()));
  }

  private static <T> Condition<T> containsElement(Attribute<T, ?> attribute, Object element) {
    Objects.requireNonNull(element, "element");
    return new Condition<>(c -> "contains(" + c.name(attribute.path()) + ", "
        + c.value(c.convertElement(attribute, element)) + ")", "contains(" + attribute + ", " + element + ")",
            Set.of(attribute.entityClass()));
  }

  @SafeVarargs
  private static <T> Condition<T> join(String operator, Condition<T>... conditions) {
    Objects.requireNonNull(conditions, "conditions");
    if (conditions.length == 0) {
      throw new IllegalArgumentException("At least one condition is needed");
    }
    for (int i = 0; i < conditions.length; i++) {
      if (conditions[i] == null) {
        throw new NullPointerException("Condition." + operator.strip().toLowerCase(java.util.Locale.ROOT)
            + "(...): condition " + (i + 1) + " of " + conditions.length + " is null");
      }
    }
    List<Condition<T>> parts = new ArrayList<>(List.of(conditions));
    return new Condition<>(c -> {
      List<String> rendered = new ArrayList<>();
      parts.forEach(p -> rendered.add("(" + p.render(c) + ")"));
      return String.join(operator, rendered);
    }, String.join(operator.toLowerCase(java.util.Locale.ROOT), parts.stream().map(Condition::toString).toList()),
        entitiesOf(parts));
  }

  /**
   * A comparison of {@code size(a)} with a number, made by {@link Condition#size}.
   *
   * @param <T> the entity class
   */
  public static final class Size<T> {
    private final Attribute<T, ?> attribute;

    private Size(Attribute<T, ?> attribute) {
      this.attribute = attribute;
    }

    /** {@code size(a) = n}. */
    public Condition<T> eq(long n) {
      return size("=", n);
    }

    /** {@code size(a) <> n}. */
    public Condition<T> ne(long n) {
      return size("<>", n);
    }

    /** {@code size(a) < n}. */
    public Condition<T> lt(long n) {
      return size("<", n);
    }

    /** {@code size(a) <= n}. */
    public Condition<T> le(long n) {
      return size("<=", n);
    }

    /** {@code size(a) > n}. */
    public Condition<T> gt(long n) {
      return size(">", n);
    }

    /** {@code size(a) >= n}. */
    public Condition<T> ge(long n) {
      return size(">=", n);
    }

    private Condition<T> size(String operator, long n) {
      return new Condition<>(c -> "size(" + c.name(attribute.path()) + ") " + operator + " "
          + c.value(software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(Long.toString(n))),
          "size(" + attribute + ") " + operator + " " + n, Set.of(attribute.entityClass()));
    }
  }
}
