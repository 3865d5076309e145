package dev.singletable;

/**
 * Base of the exceptions singletable throws when DynamoDB refuses a request for a reason the
 * caller can act on. Bad input is reported earlier, before any request, as
 * {@link IllegalArgumentException} (such as {@link InvalidKeyException}).
 */
public class SingletableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, naming table, entity and key
   * @param cause the SDK exception, if any
   */
  public SingletableException(String message, Throwable cause) {
    super(message, cause);
  }
}
