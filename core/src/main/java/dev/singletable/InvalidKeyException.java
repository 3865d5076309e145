package dev.singletable;

import java.util.List;

/**
 * A key cannot be rendered from the values given: a placeholder of a primary or query key is
 * {@code null}. Thrown before any request is sent; the message names the entity, each key
 * attribute, its template and every missing placeholder at once.
 */
public class InvalidKeyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String entity;
  private final List<String> missingPlaceholders;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming entity, attributes, templates and placeholders
   * @param entity the entity's class simple name
   * @param missingPlaceholders the placeholders that had no value, in the order of the key
   *     method's parameters
   */
  public InvalidKeyException(String message, String entity, List<String> missingPlaceholders) {
    super(message);
    this.entity = entity;
    this.missingPlaceholders = List.copyOf(missingPlaceholders);
  }

  /** Returns the entity whose key could not be rendered. */
  public String entity() {
    return entity;
  }

  /** Returns every placeholder that had no value. */
  public List<String> missingPlaceholders() {
    return missingPlaceholders;
  }
}
