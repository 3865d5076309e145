package dev.singletable;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item of a known entity cannot be read as that entity: an attribute holds another DynamoDB
 * type than the property's converter reads ({@code S "abc"} for a {@code long}, {@code M} for a
 * {@code List}), a value the converter refuses ({@code N 1.5} for a {@code long}, an unknown enum
 * constant), a key attribute that does not fit the entity's templates, or a key property that
 * disagrees with the key it was read from. Typically written by other code.
 *
 * <p>The message names the entity, the item's key and, for each attribute at fault, what was
 * found and the Java type expected, all at once. {@link #item()} holds the item as DynamoDB
 * returned it, so nothing is lost. Thrown by reads whose {@link ReadPolicy} for malformed items is
 * {@link ReadPolicy#FAIL} (the default).
 */
public class MalformedItemException extends SingletableException {

  private static final long serialVersionUID = 1L;

  /**
   * One attribute at fault.
   *
   * @param attribute the attribute name, or {@code null} when the item as a whole is at fault
   * @param found what the item holds, such as {@code S "abc"} or {@code (absent)}
   * @param expected what the entity expects, such as {@code long} or {@code a key fitting "ORDER#<date>"}
   * @param reason the converter's or the check's own words
   */
  public record Problem(String attribute, String found, String expected, String reason) {

    @Override
    public String toString() {
      return (attribute == null ? "the item" : "attribute " + attribute) + " holds " + found + " where "
          + expected + " is expected" + (reason == null || reason.isEmpty() ? "" : " (" + reason + ")");
    }
  }

  private final Class<?> entityClass;
  private final String key;
  private final List<Problem> problems;
  private final transient Map<String, AttributeValue> item;

  /**
   * Creates the exception.
   *
   * @param entityClass the entity the item was read as
   * @param key the item's key as text, such as {@code PK=USER#u1, SK=PROFILE}
   * @param problems every attribute at fault, at least one
   * @param item the item as DynamoDB returned it
   * @param cause the first failure, if any
   */
  public MalformedItemException(Class<?> entityClass, String key, List<Problem> problems,
      Map<String, AttributeValue> item, Throwable cause) {
    this(message(entityClass, key, problems), entityClass, key, problems, item, cause);
  }

  /** Creates the exception with its own message; see the other constructor for the rest. */
  protected MalformedItemException(String message, Class<?> entityClass, String key, List<Problem> problems,
      Map<String, AttributeValue> item, Throwable cause) {
    super(message, cause);
    this.entityClass = Objects.requireNonNull(entityClass, "entityClass");
    this.key = key;
    this.problems = List.copyOf(problems);
    this.item = item == null ? Map.of() : Map.copyOf(item);
  }

  /** Returns the entity the item was read as. */
  public Class<?> entityClass() {
    return entityClass;
  }

  /** Returns the item's key as text ({@code PK=..., SK=...}). */
  public String key() {
    return key;
  }

  /** Returns every attribute at fault, in the order of the entity's properties. */
  public List<Problem> problems() {
    return problems;
  }

  /** Returns the first attribute at fault, or {@code null} when the item as a whole is. */
  public String attribute() {
    return problems.isEmpty() ? null : problems.get(0).attribute();
  }

  /** Returns the item as DynamoDB returned it. */
  public Map<String, AttributeValue> item() {
    return item;
  }

  static String message(Class<?> entityClass, String key, List<Problem> problems) {
    return "The item at " + key + " cannot be read as a " + entityClass.getSimpleName() + ": "
        + String.join("; ", problems.stream().map(Problem::toString).toList());
  }
}
