package dev.singletable.internal.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where an attribute handle points: a top-level attribute, then the names of map members (of a
 * document or a {@code Map}) and the indexes of list elements, as in DynamoDB's document paths
 * {@code address.city} and {@code lineItems[2].quantity}. Rendered by
 * {@link ExpressionContext#name(AttributePath)} with a placeholder per name. <b>Not API.</b>
 * Immutable and thread-safe.
 */
public final class AttributePath {

  /** One step of a path: a member name, or a list index when {@code name} is {@code null}. */
  public record Step(String name, int index) {

    /** Returns whether this step is a list index. */
    public boolean isIndex() {
      return name == null;
    }

    @Override
    public String toString() {
      return isIndex() ? "[" + index + "]" : name;
    }
  }

  private final List<Step> steps;

  private AttributePath(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  /** Returns the path of a top-level attribute. */
  public static AttributePath of(String attribute) {
    return new AttributePath(List.of(new Step(Objects.requireNonNull(attribute, "attribute"), 0)));
  }

  /** Returns the path of member {@code name} of the map (document or {@code Map}) at this path. */
  public AttributePath member(String name) {
    return append(new Step(Objects.requireNonNull(name, "name"), 0));
  }

  /**
   * Returns the path of element {@code index} of the list at this path.
   *
   * @throws IllegalArgumentException if the index is negative
   */
  public AttributePath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("List index " + index + " of " + this + " is negative");
    }
    return append(new Step(null, index));
  }

  private AttributePath append(Step step) {
    List<Step> longer = new ArrayList<>(steps);
    longer.add(step);
    return new AttributePath(longer);
  }

  /** Returns the top-level attribute's name. */
  public String root() {
    return steps.get(0).name();
  }

  /** Returns the steps: the top-level attribute first. */
  public List<Step> steps() {
    return steps;
  }

  /** Returns whether the path reaches inside a top-level attribute. */
  public boolean isNested() {
    return steps.size() > 1;
  }

  /** Returns the path of the map or list that holds this one, or {@code null} for a top-level attribute. */
  public AttributePath parent() {
    return isNested() ? new AttributePath(steps.subList(0, steps.size() - 1)) : null;
  }

  /** Returns whether the last step is a list index. */
  public boolean endsWithIndex() {
    return steps.get(steps.size() - 1).isIndex();
  }

  /**
   * Returns whether one path is the other or inside it: {@code address} and {@code address.city}
   * overlap, which DynamoDB refuses in one update expression.
   */
  public boolean overlaps(AttributePath other) {
    int shorter = Math.min(steps.size(), other.steps.size());
    return steps.subList(0, shorter).equals(other.steps.subList(0, shorter));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributePath other && other.steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }

  /** Returns the path as DynamoDB writes it without placeholders: {@code lineItems[2].quantity}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Step step : steps) {
      if (!step.isIndex() && text.length() > 0) {
        text.append('.');
      }
      text.append(step);
    }
    return text.toString();
  }
}
