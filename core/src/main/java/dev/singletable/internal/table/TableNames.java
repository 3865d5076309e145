package dev.singletable.internal.table;

/**
 * DynamoDB's naming rules for tables and indexes: 3 to 255 characters of {@code a-z A-Z 0-9 _ - .}
 * (<a href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html">naming
 * rules</a>). One rule for the processor, which checks {@code @Table} and {@code @Index} names, and
 * the runtime, which checks a table name given at run time before any request. <b>Not API.</b>
 * Stateless and thread-safe.
 */
public final class TableNames {

  private TableNames() {}

  /**
   * Whether {@code name} is a valid DynamoDB table or index name. A loop rather than a regular
   * expression: a stream handler's cold start need not load {@code java.util.regex}.
   */
  public static boolean isValid(String name) {
    boolean valid = name.length() >= 3 && name.length() <= 255;
    for (int i = 0; valid && i < name.length(); i++) {
      char c = name.charAt(i);
      valid = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
    }
    return valid;
  }

  /**
   * Checks a table name given at run time.
   *
   * @throws IllegalArgumentException naming {@code tableName} and the rule, if it is not valid
   */
  public static void checkTableName(String tableName) {
    if (!isValid(tableName)) {
      throw new IllegalArgumentException("Table name \"" + tableName + "\" is not a valid DynamoDB table name: it"
          + " needs 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'");
    }
  }
}
