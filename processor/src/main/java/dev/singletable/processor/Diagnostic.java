package dev.singletable.processor;

import dev.singletable.internal.TemplateSyntaxException;

/**
 * Every message the processor reports, each with a stable id shown as {@code [SingletableId]} so
 * that users can search for it and tests can assert it. Messages say what is wrong, then how to
 * fix it.
 */
enum Diagnostic {
  INTERNAL("SingletableInternal",
      "singletable failed unexpectedly while processing %s: %s. This is a bug in singletable; please report it with this stack trace: %s"),

  // Template grammar: one id per problem of TemplateSyntaxException.Problem (an empty template
  // never reaches the parser: it is reported as a missing pk or sk).
  UNCLOSED_PLACEHOLDER("SingletableUnclosedPlaceholder", "%s. Close the placeholder with '>'."),
  EMPTY_PLACEHOLDER("SingletableEmptyPlaceholder", "%s. Put a property name between '<' and '>'."),
  NESTED_PLACEHOLDER("SingletableNestedPlaceholder", "%s. Write one property per placeholder, such as <a>#<b>."),
  UNMATCHED_CLOSE("SingletableUnmatchedClose", "%s. Remove the '>' or open the placeholder with '<'."),
  INVALID_PLACEHOLDER_NAME("SingletableInvalidPlaceholderName", "%s. A placeholder names a property: a Java identifier."),
  PLACEHOLDERS_IN_ONE_SEGMENT("SingletablePlaceholdersInOneSegment", "%s."),
  DUPLICATE_PLACEHOLDER("SingletableDuplicatePlaceholder", "%s. Use each property once per template."),

  UNKNOWN_PROPERTY("SingletableUnknownProperty",
      "@Key template \"%s\" names no property \"%s\" of %s.%s Placeholders name record components or bean properties: %s."),
  UNSUPPORTED_PLACEHOLDER_TYPE("SingletableUnsupportedPlaceholderType",
      "Placeholder <%s> of @Key template \"%s\" has type %s, which keys cannot render in order. Use a String, an enum, int, long, boolean, LocalDate, LocalDateTime, Instant, YearMonth, Year or UUID property."),
  NO_PRIMARY_KEY("SingletableNoPrimaryKey",
      "%s has no primary key. Add @Key(pk = \"...\", sk = \"...\") without an index."),
  SEVERAL_PRIMARY_KEYS("SingletableSeveralPrimaryKeys",
      "%s has more than one primary key. Keep one @Key without an index; give the others index = \"...\"."),
  DUPLICATE_INDEX_KEY("SingletableDuplicateIndexKey",
      "%s has two @Key for index %s. Keep one key per index."),
  UNKNOWN_INDEX("SingletableUnknownIndex",
      "@Key(index = \"%s\") names no index of table %s.%s Declare it with @Index(name = \"%s\") in @Table(indexes) or use one of %s."),
  MISSING_PARTITION_KEY("SingletableMissingPartitionKey",
      "@Key%s of %s has no pk template. Give pk = \"...\": the %s needs a partition key."),
  PARTITION_KEY_ON_LSI("SingletablePartitionKeyOnLsi",
      "@Key(index = \"%s\") of %s gives a pk template, but %s is a local secondary index, which shares the table's partition key. Remove pk."),
  MISSING_SORT_KEY("SingletableMissingSortKey",
      "@Key%s of %s has no sk template. Give sk = \"...\": every table and index of a single-table design has a sort key."),

  NOT_AN_ENTITY("SingletableNotAnEntity",
      "%s is listed in @Table(entities) of %s but is not annotated with @Entity. Annotate it with @Entity or remove it from the list."),
  ENTITY_SHAPE("SingletableEntityShape",
      "@Entity %s %s. An entity is a public record, or a public JavaBean with a public no-argument constructor, getters and setters."),
  UNSUPPORTED_ATTRIBUTE_TYPE("SingletableUnsupportedAttributeType",
      "Property %s of %s has type %s, which no attribute converter stores. Use a type of the enhanced client's default converters (String, numbers, booleans, enums, java.time types, UUID, byte[], List, Set, Map<String, V> of those)."),
  DUPLICATE_TYPE_NAME("SingletableDuplicateTypeName",
      "Entities %s and %s of table %s share the type name \"%s\", so items could not be read back into the right class. Give one a distinct name with @Entity(\"...\")."),
  PROPERTY_CLASHES_WITH_ATTRIBUTE("SingletablePropertyClashesWithAttribute",
      "Property %s of %s has the name of the table's %s attribute, which singletable writes itself. Rename the property."),
  ENTITY_IN_SEVERAL_TABLES("SingletableEntityInSeveralTables",
      "%s is listed in the entities of tables %s and %s. Store each entity in one table."),

  INVALID_TABLE_NAME("SingletableInvalidTableName",
      "@Table name \"%s\" is not a valid DynamoDB table name. Use 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'."),
  INVALID_INDEX_NAME("SingletableInvalidIndexName",
      "@Index name \"%s\" is not a valid DynamoDB index name. Use 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'."),
  DUPLICATE_INDEX_NAME("SingletableDuplicateIndexName",
      "@Table %s declares index %s twice%s. Give each index its own name."),
  INVALID_DELIMITER("SingletableInvalidDelimiter",
      "@Table delimiter \"%s\" is not supported. Use one character of %s: composite sort keys keep the order of their values only when the delimiter sorts below every character of a value."),
  INDEX_PARTITION_KEY_ON_LSI("SingletableIndexPartitionKeyOnLsi",
      "@Index %s is local but names partitionKey \"%s\". A local secondary index shares the table's partition key; remove partitionKey."),
  NO_ENTITIES("SingletableNoEntities",
      "@Table %s lists no entities. List every entity stored in the table in @Table(entities).");

  private final String id;
  private final String format;

  Diagnostic(String id, String format) {
    this.id = id;
    this.format = format;
  }

  /** Returns the diagnostic of a template syntax problem. */
  static Diagnostic of(TemplateSyntaxException.Problem problem) {
    return switch (problem) {
      case UNCLOSED_PLACEHOLDER -> UNCLOSED_PLACEHOLDER;
      case EMPTY_PLACEHOLDER -> EMPTY_PLACEHOLDER;
      case NESTED_PLACEHOLDER -> NESTED_PLACEHOLDER;
      case UNMATCHED_CLOSE -> UNMATCHED_CLOSE;
      case INVALID_PLACEHOLDER_NAME -> INVALID_PLACEHOLDER_NAME;
      case PLACEHOLDERS_IN_ONE_SEGMENT -> PLACEHOLDERS_IN_ONE_SEGMENT;
      case DUPLICATE_PLACEHOLDER -> DUPLICATE_PLACEHOLDER;
      case EMPTY_TEMPLATE -> throw new AssertionError("empty templates are reported as missing keys");
    };
  }

  /** Returns the stable id, such as {@code SingletableUnknownProperty}. */
  String id() {
    return id;
  }

  /** Returns the message with its id in front. */
  String format(Object... args) {
    return "[" + id + "] " + String.format(format, args);
  }
}
