package dev.singletable.internal;

import dev.singletable.InvalidKeyException;
import dev.singletable.PartitionKey;
import dev.singletable.SortKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One key attribute of one entity: entity, index, attribute name and template, as generated
 * {@code XKeys} classes declare them. Makes {@link PartitionKey}s and {@link SortKey}s and the
 * {@link InvalidKeyException} for missing values, and renders and parses single placeholder values
 * in the template's formats for the runtime ({@link #renderValue}, {@link #parseValue}). <b>Not
 * API.</b>
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
  private final Map<String, KeySpellings> spellings;
  private final String shardPlaceholder; // null: not sharded
  private final int shards;

  private KeyField(String entity, String indexName, String attributeName, KeyTemplate template, boolean partition,
      Map<String, KeySpellings> spellings, String shardPlaceholder, int shards) {
    this.entity = entity;
    this.indexName = indexName;
    this.attributeName = attributeName;
    this.template = template;
    this.encoding = KeyEncoding.forDelimiter(template.delimiter());
    this.partition = partition;
    this.subject = entity.concat(" key attribute"); // not +: a cold start need not bootstrap indy concatenation
    this.spellings = spellings;
    this.shardPlaceholder = shardPlaceholder;
    this.shards = shards;
    for (KeyTemplate.Segment segment : template.segments()) {
      if (segment.format() != null && KeyFormat.named(segment.format().name()).isEmpty()) {
        throw new IllegalArgumentException(entity + " " + attributeName + " template \"" + template
            + "\" names format \"" + segment.format().name() + "\", which does not exist");
      }
    }
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
    return new KeyField(entity, indexName, attributeName, KeyTemplate.parse(template, delimiter), true, Map.of(), null, 0);
  }

  /** Returns a sort key field; see {@link #partition}. */
  public static KeyField sort(String entity, String indexName, String attributeName, String template,
      char delimiter) {
    return new KeyField(entity, indexName, attributeName, KeyTemplate.parse(template, delimiter), false, Map.of(), null, 0);
  }

  /**
   * Returns this field with the spellings of the enum placeholder {@code placeholder}, whose
   * template names format {@code spelled}.
   *
   * @throws IllegalArgumentException if a spelling contains the delimiter
   */
  public KeyField withSpelling(String placeholder, KeySpellings spelling) {
    template.segmentOf(placeholder);
    spelling.check(encoding);
    Map<String, KeySpellings> all = new HashMap<>(spellings);
    all.put(placeholder, spelling);
    return new KeyField(entity, indexName, attributeName, template, partition, Map.copyOf(all), shardPlaceholder,
        shards);
  }

  /**
   * Returns this field with its writes spread over {@code count} shards, held by placeholder
   * {@code placeholder}: in a GSI's partition key, a shard derived from the item's primary key
   * ({@link #shardOf}); in the primary key's sort key, an {@code int} property the writer picks.
   *
   * @throws IllegalArgumentException if the template has no such placeholder, or {@code count} is
   *     not from 2 to {@link Shards#MAX_COUNT}
   */
  public KeyField withShards(String placeholder, int count) {
    template.segmentOf(placeholder);
    if (count < 2 || count > Shards.MAX_COUNT) {
      throw new IllegalArgumentException(subject + " " + attributeName + " has " + count + " shards; a sharded key"
          + " has 2 to " + Shards.MAX_COUNT);
    }
    return new KeyField(entity, indexName, attributeName, template, partition, spellings, placeholder, count);
  }

  /** Returns the placeholder that holds the shard, or {@code null} if the key is not sharded. */
  public String shardPlaceholder() {
    return shardPlaceholder;
  }

  /** Returns the number of shards, or 0 if the key is not sharded. */
  public int shards() {
    return shards;
  }

  /**
   * Returns whether the shard is derived from the primary key (a sharded GSI partition key), so
   * that it is no property of the entity: updates render it again from the key, reads skip it.
   */
  public boolean derivesShard() {
    return shardPlaceholder != null && partition && indexName != null;
  }

  /**
   * Returns whether {@code placeholder} is this field's derived shard: a value of the key that no
   * property holds.
   */
  public boolean isDerivedShard(String placeholder) {
    return derivesShard() && shardPlaceholder.equals(placeholder);
  }

  /**
   * Returns the shard of the item whose table keys are {@code pk} and {@code sk} ({@link Shards#of}).
   *
   * @throws IllegalStateException if this key is not sharded
   */
  public int shardOf(String pk, String sk) {
    if (shardPlaceholder == null) {
      throw new IllegalStateException(subject + " " + attributeName + " is not sharded");
    }
    return Shards.of(pk, sk, shards);
  }

  /**
   * Returns the logical key of a sharded partition: {@code render} gives the rendered key of each
   * shard, from 0 to {@link #shards()} - 1.
   */
  public PartitionKey shardedPartitionKey(IntFunction<String> render) {
    List<String> values = new ArrayList<>(shards);
    for (int shard = 0; shard < shards; shard++) {
      values.add(render.apply(shard));
    }
    Map<String, String> encoded = new HashMap<>(template.match(values.get(0)).orElseThrow());
    encoded.put(shardPlaceholder, "<" + shardPlaceholder + ">");
    return PartitionKey.sharded(indexName, attributeName, template.render(encoded), template.template(), values);
  }

  /**
   * Returns the first of {@code fields} whose template names {@code placeholder}: within one
   * entity a property renders alike in every template (the processor checks it), so any one
   * renders and parses it.
   *
   * @throws IllegalArgumentException if none does
   */
  public static KeyField holding(List<KeyField> fields, String placeholder) {
    for (KeyField field : fields) {
      if (field.template.placeholders().contains(placeholder)) {
        return field;
      }
    }
    throw new IllegalArgumentException("No key template names <" + placeholder + ">");
  }

  /**
   * Renders one placeholder's value as it appears in this field's keys: in the format the
   * template names ({@link KeyFormat}), or in the default form of its type ({@link KeyValueType}).
   * The runtime's generic path; generated key builders render the same text directly.
   *
   * @throws IllegalArgumentException naming entity, attribute, template, placeholder and value if
   *     the template has no such placeholder or cannot render the value
   */
  public String renderValue(String placeholder, Object value) {
    KeyTemplate.Format format = template.segmentOf(placeholder).format();
    try {
      KeyValueType type = type(value == null ? null : value.getClass());
      return format == null ? type.render(value, encoding)
          : KeyFormat.named(format.name()).orElseThrow().render(value, type, format.width(),
              spellings.get(placeholder), encoding);
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new IllegalArgumentException(subject + " " + attributeName + " template \"" + template + "\" cannot"
          + " render <" + placeholder + "> = " + value + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses one placeholder's value back from its text in a key of this field (a value of
   * {@link KeyTemplate#match}) to a value of {@code javaType}.
   *
   * @throws IllegalArgumentException naming entity, attribute, template, placeholder and text if
   *     the text is not a rendering of a {@code javaType} value
   */
  public Object parseValue(String placeholder, String encodedSegmentValue, Class<?> javaType) {
    KeyTemplate.Format format = template.segmentOf(placeholder).format();
    try {
      KeyValueType type = type(javaType);
      return format == null ? type.parse(encodedSegmentValue, javaType, encoding)
          : KeyFormat.named(format.name()).orElseThrow().parse(encodedSegmentValue, type, javaType, format.width(),
              spellings.get(placeholder), encoding);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(subject + " " + attributeName + " template \"" + template + "\" cannot"
          + " read <" + placeholder + "> from \"" + encodedSegmentValue + "\": " + e.getMessage(), e);
    }
  }

  private static KeyValueType type(Class<?> type) {
    if (type == null) {
      throw new IllegalArgumentException("a key value cannot be null");
    }
    return KeyValueType.forClass(type).orElseThrow(
        () -> new IllegalArgumentException(type.getName() + " is not a type keys render"));
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

  /**
   * Returns the exception for a value the generated renderer of this field refused (a lone
   * surrogate or U+10FFFF in a string, a year outside 0000-9999, a value its format cannot hold),
   * naming entity, attribute and template as a {@code null} value's exception does. An exception
   * that already names them (from {@link #checked}) is returned as is.
   */
  public IllegalArgumentException refused(IllegalArgumentException e) {
    if (e.getMessage() != null && e.getMessage().startsWith(subject)) {
      return e;
    }
    return new IllegalArgumentException(subject + " " + attributeName + " template \"" + template.template()
        + "\" cannot be rendered: " + e.getMessage(), e);
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
