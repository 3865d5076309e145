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
      "Property %s of %s has type %s, which no attribute converter stores. Use a type of the enhanced client's default converters (String, numbers, booleans, enums, java.time types, UUID, byte[], List, Set, Map<String, V> of those), a public record or JavaBean (stored as a nested document), or @Convert with an AttributeConverter of your own."),
  DUPLICATE_TYPE_NAME("SingletableDuplicateTypeName",
      "Entities %s and %s of table %s share the type name \"%s\", so items could not be read back into the right class. Give one a distinct name with @Entity(\"...\")."),
  PROPERTY_CLASHES_WITH_ATTRIBUTE("SingletablePropertyClashesWithAttribute",
      "Property %s of %s has the name of the table's %s attribute, which singletable writes itself. Rename the property, or store it under another attribute with @AttributeName."),
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
      "@Table %s lists no entities. List every entity stored in the table in @Table(entities)."),

  // Properties whose declarations contradict each other.
  ACCESSOR_TYPE_MISMATCH("SingletableAccessorTypeMismatch",
      "Setter %s(%s) of %s does not take the type its getter %s() returns, %s, so %s is no property and would not be stored. Declare both with %s, or both with %s if the attribute may be missing."),
  NULLABLE_PRIMITIVE("SingletableNullablePrimitive",
      "Property %s of %s is annotated @%s but has the primitive type %s, which cannot be null: a missing attribute would read as %s. Use %s, or remove @%s."),
  NULLABLE_PRIMARY_KEY("SingletableNullablePrimaryKey",
      "Placeholder <%s> of the primary key template \"%s\" names property %s of %s, which is annotated @%s, but a primary key value can never be null. Remove @%s, or use <%s> in an index key only, where a null leaves the item out of the index."),

  // Entities and the tables of a compilation.
  ENTITY_IN_NO_TABLE("SingletableEntityInNoTable",
      "@Entity %s is listed in no @Table of this compilation, so no %s or %s is generated for it. Add %s.class to @Table(entities) of its table (%s), or remove @Entity."),
  ENTITY_TABLE_ELSEWHERE("SingletableEntityTableElsewhere",
      "@Entity %s: this compilation has no @Table, so %s and %s are generated where the @Table that lists %s is compiled."),

  // Literal text that reads like a value.
  ESCAPE_IN_LITERAL("SingletableEscapeInLiteral",
      "@Key template \"%s\" has the escape character '%s' in its literal text \"%s\". Values write the delimiter '%s' and every character up to '%s' as '%s' and two hex digits, so this text reads like an escaped value and a key holding it can equal a key of another template with a value there. Use another character."),
  UNORDERED_SUFFIX("SingletableUnorderedSuffix",
      "Sort key template \"%s\" has literal text \"%s\" after the %s placeholder <%s> in one segment, so the keys do not sort like the values: \"%s\" renders \"%s\", which sorts after \"%s\" for \"%s\". Put the text in a segment of its own (\"%s\") or before the placeholder."),
  EMPTY_SEGMENT("SingletableEmptySegment",
      "@Key template \"%s\" has an empty segment (a %s delimiter '%s'), which reads like an empty value: the key can equal a key of another template with an empty String there. Remove the extra delimiter."),

  // The key space of a table (CollisionAnalyzer).
  KEY_COLLISION("SingletableKeyCollision",
      "%s and %s can render the same key on %s: %s = \"%s\", %s = \"%s\" for %s and %s. %s Make the templates differ in literal text, for example with another first segment of the sort key."),
  PREFIX_OVERLAP("SingletablePrefixOverlap",
      "%s on %s also matches keys of %s in the same partition, such as %s = \"%s\", %s = \"%s\" for %s: a query of %s by that prefix reads those items too and filters them out, paying for their read capacity. If that is not intended, start the sort keys of %s with other literal text."),

  // One attribute, one value (KeyAttributeConflicts).
  KEY_ATTRIBUTE_CONFLICT("SingletableKeyAttributeConflict",
      "Key attribute %s of %s gets two templates: \"%s\" as %s and \"%s\" as %s. An attribute holds one value, so one of the keys would be written wrong. Give both keys the same template (as an inverted index does), or give the index its own key attributes in @Index."),

  // Stored names, ignored properties and converters (PropertyReader, ConverterReader).
  INVALID_ATTRIBUTE_NAME("SingletableInvalidAttributeName",
      "@AttributeName of property %s of %s is empty. Give the attribute's name, or remove @AttributeName to store the property under its own name."),
  ATTRIBUTE_NAME_RESERVED("SingletableAttributeNameReserved",
      "Property %s of %s is stored as attribute \"%s\" (@AttributeName), which is the table's %s attribute, written by singletable itself. Choose another name."),
  PROPERTY_KEY_TEMPLATE("SingletablePropertyKeyTemplate",
      "Property %s of %s is stored under %s %s's %s key attribute %s, which is then both the property and the key, written once: that key's template must be exactly \"%s\" (an enum stored by its name) or \"%s\" (a String), so that the key is the stored value. But %s. Fix the key, or store the property under another attribute with @AttributeName."),
  DUPLICATE_ATTRIBUTE_NAME("SingletableDuplicateAttributeName",
      "Properties %s and %s of %s are both stored as attribute \"%s\", so one would overwrite the other. Give one of them another @AttributeName."),
  TRANSIENT_AND_STORED("SingletableTransientAndStored",
      "Property %s of %s is @Transient but also has @%s, which only applies to a stored property. Remove one of them."),
  TRANSIENT_PLACEHOLDER("SingletableTransientPlaceholder",
      "Placeholder <%s> of @Key template \"%s\" names property %s of %s, which is @Transient, so an item would not store the value its key is made of. Remove @Transient, or the placeholder."),
  CONVERTER_SHAPE("SingletableConverterShape",
      "@Convert(%s.class) on property %s of %s: the converter %s. Give it a public static final INSTANCE field of its own type, or a public no-argument constructor, in a public top-level or static nested class."),
  CONVERTER_TYPE("SingletableConverterType",
      "@Convert(%s.class) on property %s of %s converts %s, but the property has type %s. Use an AttributeConverter<%s>."),

  // Nested documents (DocumentReader).
  DOCUMENT_SHAPE("SingletableDocumentShape",
      "Document %s, the type of property %s of %s, %s. A nested document is a public record, or a public JavaBean with a public no-argument constructor, getters and setters, without type parameters."),
  DOCUMENT_CYCLE("SingletableDocumentCycle",
      "Property %s of %s has type %s, which holds document %s again (%s). A document is stored inside the item that holds it, so a cycle of documents would never end. Break the cycle: store the inner document's id instead, or make it an item of its own."),
  ENTITY_AS_DOCUMENT("SingletableEntityAsDocument",
      "Property %s of %s has type %s, which is an @Entity. An entity is an item of its own, with its keys; stored inside another item it would lose them. Store the entity's key properties, or use a record that is not an entity."),

  // Properties singletable writes or reads itself (ManagedProperties, TtlAttributes).
  MANAGED_PROPERTY_TYPE("SingletableManagedPropertyType",
      "@%s property %s of %s has type %s. %s"),
  REPEATED_MANAGED_PROPERTY("SingletableRepeatedManagedProperty",
      "%s has @%s on both %s and %s. An entity has at most one @%s property; remove the annotation from one of them."),
  MANAGED_PROPERTIES_CLASH("SingletableManagedPropertiesClash",
      "Property %s of %s is annotated both @%s and @%s, which each write their own value into it. Give each its own property."),
  MANAGED_PLACEHOLDER("SingletableManagedPlaceholder",
      "@%s property %s of %s is placeholder <%s> of @Key template \"%s\", but singletable changes its value on writes, and the key could not follow. Keep it out of key templates."),
  MANAGED_IN_DOCUMENT("SingletableManagedInDocument",
      "@%s on property %s of document %s would do nothing: singletable versions, expires and stamps items, not the documents nested in them. Move the property to the entity that holds %s, or remove the annotation."),
  TTL_ATTRIBUTES("SingletableTtlAttributes",
      "@Ttl property %s of %s is named unlike @Ttl property %s of %s, but table %s can expire items by one attribute only (DynamoDB enables TTL on one attribute per table). Give every @Ttl property of the table the same name."),
  UNMARKED_TTL_ATTRIBUTE("SingletableUnmarkedTtlAttribute",
      "Property %s of %s has the name of the TTL attribute of table %s (@Ttl %s.%s) without being @Ttl, so DynamoDB would delete %s items by its value. Annotate it @Ttl too, or rename it."),

  // The design sheet (DesignSheetWriter).
  DUPLICATE_DESIGN_SHEET("SingletableDuplicateDesignSheet",
      "Tables %s and %s would both write the design sheet META-INF/singletable/%s.md. Rename one of the table types."),

  // Key formats of existing data: <createdAt:iso-millis> (KeyFormatReader, UnorderedFormats, KeyFormatConflicts).
  INVALID_FORMAT("SingletableInvalidFormat", "%s."),
  UNKNOWN_FORMAT("SingletableUnknownFormat",
      "Placeholder <%s> of @Key template \"%s\" names format \"%s\", which does not exist.%s %s"),
  FORMAT_TYPE_MISMATCH("SingletableFormatTypeMismatch",
      "Placeholder <%s> of @Key template \"%s\" names format %s, which renders %s, but property %s is %s. %s"),
  FORMAT_WIDTH("SingletableFormatWidth",
      "Placeholder <%s> of @Key template \"%s\": %s"),
  MISSING_SPELLING("SingletableMissingSpelling",
      "Placeholder <%s> of @Key template \"%s\" spells %s by the @KeySpelling of each constant, but %s %s none. Annotate every constant of %s, such as @KeySpelling(\"%s\") %s."),
  DUPLICATE_SPELLING("SingletableDuplicateSpelling",
      "Placeholder <%s> of @Key template \"%s\" spells constants %s of %s alike, as \"%s\", so a key could not tell them apart. %s"),
  INVALID_SPELLING("SingletableInvalidSpelling",
      "Placeholder <%s> of @Key template \"%s\" spells %s.%s as \"%s\", which %s. %s"),
  FORMAT_CONFLICT("SingletableFormatConflict",
      "Property %s of %s renders as %s in %s template \"%s\" but as %s in %s template \"%s\". An update renders index keys from the values of the primary key, so a property renders one way in every key of its entity: give every placeholder <%s> the same format."),
  UNORDERED_FORMAT("SingletableUnorderedFormat",
      "Sort key template \"%s\" renders <%s> as %s, so its keys do not sort like the values: %s renders \"%s\", which sorts after \"%s\" for %s. %s"),

  // Write sharding: @Key(..., shards = 10) (ShardReader).
  SHARD_COUNT("SingletableShardCount",
      "@Key%s of %s has shards = %d. A sharded key spreads its writes over 2 to %d shards: give a count in that range, or remove shards from a key that is not sharded."),
  SHARD_WITHOUT_COUNT("SingletableShardWithoutCount",
      "@Key%s of %s names shard placeholder <%s> but gives no shards, so the key is not sharded. Give shards = n (2 to 100) too, or remove shard."),
  SHARD_PLACEHOLDER("SingletableShardPlaceholder",
      "@Key%s of %s has shards = %d, but its templates \"%s\" and \"%s\" name no placeholder <%s>, which holds the shard. Put <%s> in the %s, or name the placeholder that holds the shard with shard = \"...\"."),
  SHARD_PLACEMENT("SingletableShardPlacement",
      "@Key%s of %s puts shard placeholder <%s> in %s: %s. %s"),
  SHARD_TYPE("SingletableShardType",
      "Shard placeholder <%s> of @Key template \"%s\" names property %s of %s, which is %s. A shard is a number from 0 to %d: make %s an int."),
  SHARD_PROPERTY("SingletableShardProperty",
      "Shard placeholder <%s> of GSI %s's template \"%s\" names property %s of %s, but the shard of a GSI partition is derived from the item's primary key, so that an item keeps its shard on every update, and no property holds it. Give the placeholder a name no property has (shard = \"...\"), or rename property %s."),
  SHARD_FORMAT("SingletableShardFormat",
      "Shard placeholder <%s> of @Key template \"%s\" renders as %s, which cannot hold shard %d of %d. Write <%s:padded(%d)>, <%s:unpadded> or <%s>."),

  // Reading items without a type attribute by the shape of their keys (CollisionAnalyzer.ambiguities).
  NOT_TOLD_APART_BY_KEY("SingletableNotToldApartByKey",
      "%s and %s cannot be told apart by their keys: %s = \"%s\", %s = \"%s\" fits the primary key templates of both when each template is matched on its own, as a read matches the key of an item without the type attribute %s (%s). Such items, written by other code, read as of no entity (Items.unrecognized()). Items that singletable writes carry their type and are not affected. If other code writes items of these entities without %s, make their templates differ in literal text.");

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
      case INVALID_FORMAT -> INVALID_FORMAT;
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
