package dev.singletable.internal;

import dev.singletable.InvalidKeyException;
import dev.singletable.PartitionKey;
import dev.singletable.SortKey;
import java.util.ArrayList;
import java.util.List;

/**
 * One key attribute of one entity: entity, index, attribute name and template, as generated
 * {@code XKeys} classes declare them. Makes {@link PartitionKey}s and {@link SortKey}s and the
 * {@link InvalidKeyException} for missing values. <b>Not API.</b>
 *
 * <p>Immutable and thread-safe.
 */
public final class KeyField {

  private final String entity;
  private final String indexName;
  private final String attributeName;
  private final KeyTemplate template;
  private final KeyEncoding encoding;
  private final boolean partition;
  private final String subject; // "Order key attribute", for messages

  private KeyField(String entity, String indexName, String attributeName, String template, char delimiter,
      boolean partition) {
    this.entity = entity;
    this.indexName = indexName;
    this.attributeName = attributeName;
    this.template = KeyTemplate.parse(template, delimiter);
    this.encoding = KeyEncoding.forDelimiter(delimiter);
    this.partition = partition;
    this.subject = entity + " key attribute";
  }

  /**
   * Returns a partition key field.
   *
   * @param entity the entity class's simple name, for messages
   * @param indexName the index, or {@code null} for the table's primary key
   * @param attributeName the key attribute, such as {@code GSI1PK}
   * @param template the key template
   * @param delimiter the table's delimiter
   */
  public static KeyField partition(String entity, String indexName, String attributeName, String template,
      char delimiter) {
    return new KeyField(entity, indexName, attributeName, template, delimiter, true);
  }

  /** Returns a sort key field; see {@link #partition}. */
  public static KeyField sort(String entity, String indexName, String attributeName, String template,
      char delimiter) {
    return new KeyField(entity, indexName, attributeName, template, delimiter, false);
  }

  /**
   * Returns {@code value}, a rendering of this field's template, after checking what DynamoDB
   * would refuse: an empty key, or one over 2048 (partition) or 1024 (sort) bytes of UTF-8.
   *
   * @throws IllegalArgumentException naming the entity, attribute and template
   */
  public String checked(String value) {
    KeyLimits.check(subject, attributeName, template.template(), value, false,
        partition ? KeyLimits.PARTITION_KEY_BYTES : KeyLimits.SORT_KEY_BYTES);
    return value;
  }

  /** Returns the entity class's simple name. */
  public String entity() {
    return entity;
  }

  /** Returns the index name, or {@code null} for the table. */
  public String indexName() {
    return indexName;
  }

  /** Returns the key attribute name. */
  public String attributeName() {
    return attributeName;
  }

  /** Returns the parsed template. */
  public KeyTemplate template() {
    return template;
  }

  /** Returns the encoding of the table's delimiter. */
  public KeyEncoding encoding() {
    return encoding;
  }

  /** Wraps a rendered partition key value. */
  public PartitionKey partitionKey(String value) {
    return PartitionKey.of(indexName, attributeName, value, template.template());
  }

  /** Wraps a rendered full sort key value. */
  public SortKey sortKey(String value) {
    return SortKey.of(indexName, attributeName, value, false, template.template());
  }

  /** Wraps a rendered sort key prefix. */
  public SortKey sortKeyPrefix(String value) {
    return SortKey.of(indexName, attributeName, value, true, template.template());
  }

  /**
   * Returns the exception for a key whose placeholders were partly {@code null}, listing every
   * missing placeholder of every field.
   *
   * @param names the placeholder names, in the order of {@code values}
   * @param values their values; the {@code null} ones are reported
   * @param fields the key fields being rendered, such as PK and SK for a primary key
   */
  public static InvalidKeyException missing(String[] names, Object[] values, KeyField... fields) {
    List<String> missing = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (values[i] == null) {
        missing.add(names[i]);
      }
    }
    for (KeyField field : fields) {
      List<String> fieldMissing = new ArrayList<>(field.template.placeholders());
      fieldMissing.retainAll(missing);
      if (!fieldMissing.isEmpty()) {
        parts.add(field.attributeName + " template \"" + field.template.template() + "\" needs "
            + String.join(", ", fieldMissing.stream().map(n -> "<" + n + ">").toList()));
      }
    }
    String entity = fields[0].entity;
    String where = fields[0].indexName == null ? "" : " on index " + fields[0].indexName;
    return new InvalidKeyException(
        entity + " key" + where + " cannot be rendered: " + String.join("; ", parts)
            + (missing.size() == 1 ? ", which is null" : ", which are null"),
        entity, missing);
  }
}
