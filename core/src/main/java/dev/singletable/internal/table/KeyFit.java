package dev.singletable.internal.table;

import dev.singletable.EntitySchema;
import dev.singletable.PartitionKey;
import dev.singletable.PrimaryKey;
import dev.singletable.SortKey;
import dev.singletable.TableDefinition;
import dev.singletable.internal.KeyField;
import dev.singletable.internal.KeyTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keys know where they belong: a key passed to an entity's get, delete, update or query must be a
 * key of that entity on that index, and a key passed to a mixed query a key of some entity of the
 * table there, or the request would read nothing (or another entity's items) without a word. Checked
 * before any request. <b>Not API.</b> Thread-safe.
 *
 * <p>A key fits a key field (an entity's template on an index) when
 * <ul>
 *   <li>it was rendered from the same template text ({@link PartitionKey#template()}), or else
 *   <li>its value is a rendering of the field's template: the literal text matches segment by
 *       segment and each placeholder's value parses as its property's type. This admits keys made
 *       by hand ({@code PartitionKey.of(...)}), and keys of another entity whose template renders
 *       the same values ({@code USER#<userId>} and {@code USER#<from>}: a shared partition).
 * </ul>
 * A sort key used as a prefix or as a bound of a range ({@code gt}, {@code between}...) fits when it
 * could begin a rendering: every whole segment fits, and the last, partial one agrees with the
 * template's literal text up to the value it ends in.
 */
public final class KeyFit {

  /** How much of a rendering a key value must be. */
  public enum Extent {
    /** A whole key: {@code get}, {@code eq}, a partition key. */
    WHOLE,
    /** The beginning of one: a prefix, or a bound of a range. */
    BEGINNING
  }

  private KeyFit() {}

  /**
   * Refuses a partition key that is no key of {@code schema} on its index.
   *
   * @param where the queried index, for messages ({@code GSI GSI1 of table shop})
   * @throws IllegalArgumentException naming the key, its template and the entity's
   */
  public static void requireOwn(TableDefinition definition, EntitySchema<?> schema, PartitionKey key, String where) {
    String index = key.indexName().orElse(null);
    // A sharded key's shards share their shape: the first one is a rendering like any key.
    require(definition, List.of(schema), index, key.attributeName(), key.shards().get(0).value(), key.template(),
        Extent.WHOLE, "Partition key " + key.describe(), where);
  }

  /** Refuses a sort key that is no key (or key beginning, by {@code extent}) of {@code schema} on its index. */
  public static void requireOwn(TableDefinition definition, EntitySchema<?> schema, SortKey key, Extent extent,
      String where) {
    require(definition, List.of(schema), key.indexName().orElse(null), key.attributeName(), key.value(), key.template(),
        key.isPrefix() ? Extent.BEGINNING : extent, "Sort key " + key.describe(), where);
  }

  /** Refuses a partition key that is no key of any entity of the table on its index. */
  public static void requireAny(TableDefinition definition, PartitionKey key, String where) {
    require(definition, definition.entities(), key.indexName().orElse(null), key.attributeName(),
        key.shards().get(0).value(), key.template(), Extent.WHOLE, "Partition key " + key.describe(), where);
  }

  /** Refuses a sort key that is no key (or key beginning) of any entity of the table on its index. */
  public static void requireAny(TableDefinition definition, SortKey key, Extent extent, String where) {
    require(definition, definition.entities(), key.indexName().orElse(null), key.attributeName(), key.value(),
        key.template(), key.isPrefix() ? Extent.BEGINNING : extent, "Sort key " + key.describe(), where);
  }

  /** Refuses a primary key whose partition or sort key is not one of {@code schema}'s, naming both if both. */
  public static void requireOwn(TableDefinition definition, EntitySchema<?> schema, PrimaryKey key, String where) {
    List<String> problems = new ArrayList<>();
    problem(schema, null, key.partitionKey().attributeName(), key.partitionKey().value(), key.partitionKey().template(),
        Extent.WHOLE).ifPresent(problems::add);
    problem(schema, null, key.sortKey().attributeName(), key.sortKey().value(), key.sortKey().template(), Extent.WHOLE)
        .ifPresent(problems::add);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Key " + key + " is not a key of " + schema.entityClass().getSimpleName()
          + " in " + where + ": " + String.join("; ", problems) + ". Use " + schema.entityClass().getSimpleName()
          + "Keys.key(...)");
    }
  }

  /**
   * Returns the literal text every sort key of {@code schema} on the index starts with, such as
   * {@code ORDER#} for {@code ORDER#<date>#<orderId>}; empty when the template starts with a
   * placeholder or the entity has no key there.
   */
  public static String literalPrefix(TableDefinition definition, EntitySchema<?> schema, String indexName) {
    return field(schema, indexName, definition.sortKeyOf(indexName))
        .map(field -> field.template().renderPrefix(Map.of(), 0))
        .orElse("");
  }

  private static void require(TableDefinition definition, List<EntitySchema<?>> schemas, String index, String attribute,
      String value, Optional<String> template, Extent extent, String subject, String where) {
    List<String> templates = new ArrayList<>();
    for (EntitySchema<?> schema : schemas) {
      Optional<KeyField> field = field(schema, index, attribute);
      if (field.isEmpty()) {
        continue;
      }
      if (fits(schema, field.get(), value, template, extent)) {
        return;
      }
      templates.add(schema.entityClass().getSimpleName() + " \"" + field.get().template().template() + "\"");
    }
    String whose = schemas.size() == 1 ? schemas.get(0).entityClass().getSimpleName() : "any entity of the table";
    throw new IllegalArgumentException(subject + " is not a " + (extent == Extent.WHOLE ? "key" : "key beginning")
        + " of " + whose + " in " + where + ": " + (templates.isEmpty()
            ? whose + " has no " + attribute + " key there" + entitiesWith(definition, index, attribute)
            : "it does not fit " + String.join(", ", templates))
        + ". Use the key builders of the queried entity and index");
  }

  private static Optional<String> problem(EntitySchema<?> schema, String index, String attribute, String value,
      Optional<String> template, Extent extent) {
    Optional<KeyField> field = field(schema, index, attribute);
    if (field.isEmpty()) {
      return Optional.of(schema.entityClass().getSimpleName() + " has no key attribute " + attribute);
    }
    return fits(schema, field.get(), value, template, extent) ? Optional.empty()
        : Optional.of(attribute + " \"" + value + "\"" + template.map(t -> " (template \"" + t + "\")").orElse("")
            + " does not fit its template \"" + field.get().template().template() + "\"");
  }

  private static String entitiesWith(TableDefinition definition, String index, String attribute) {
    List<String> with = definition.entities().stream()
        .filter(schema -> field(schema, index, attribute).isPresent())
        .map(schema -> schema.entityClass().getSimpleName())
        .toList();
    return with.isEmpty() ? "" : " (only " + String.join(", ", with) + (with.size() == 1 ? " has" : " have") + " one)";
  }

  private static Optional<KeyField> field(EntitySchema<?> schema, String index, String attribute) {
    for (KeyField field : schema.keyFields()) {
      if (java.util.Objects.equals(field.indexName(), index) && field.attributeName().equals(attribute)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  static boolean fits(EntitySchema<?> schema, KeyField field, String value, Optional<String> template, Extent extent) {
    if (template.isPresent() && template.get().equals(field.template().template())) {
      return true;
    }
    KeyTemplate whole = field.template();
    if (extent == Extent.WHOLE) {
      return parses(schema, field, whole, value);
    }
    // The beginning of a rendering: its whole segments are a rendering of the template's first
    // segments, and the partial one agrees with that segment's literal text.
    int cut = value.lastIndexOf(whole.delimiter());
    int segments = cut < 0 ? 0 : (int) value.chars().filter(c -> c == whole.delimiter()).count();
    if (segments >= whole.segments().size()) {
      return false;
    }
    if (segments > 0 && !parses(schema, field, head(whole, segments), value.substring(0, cut))) {
      return false;
    }
    String partial = value.substring(cut + 1);
    KeyTemplate.Segment segment = whole.segments().get(segments);
    String literal = segment.prefix() + (segment.hasPlaceholder() ? "" : segment.suffix());
    return literal.startsWith(partial) || (segment.hasPlaceholder() && partial.startsWith(literal));
  }

  /** The template of the first {@code count} segments of {@code template}. */
  private static KeyTemplate head(KeyTemplate template, int count) {
    List<String> texts = new ArrayList<>();
    for (KeyTemplate.Segment segment : template.segments().subList(0, count)) {
      texts.add(segment.notation());
    }
    return KeyTemplate.parse(String.join(String.valueOf(template.delimiter()), texts), template.delimiter());
  }

  private static boolean parses(EntitySchema<?> schema, KeyField field, KeyTemplate template, String value) {
    Optional<Map<String, String>> match = template.match(value);
    if (match.isEmpty()) {
      return false;
    }
    try {
      for (Map.Entry<String, String> placeholder : match.get().entrySet()) {
        Class<?> type = field.isDerivedShard(placeholder.getKey()) ? Integer.class
            : schema.tableSchema().converterForAttribute(schema.attributeName(placeholder.getKey())).type().rawClass();
        field.parseValue(placeholder.getKey(), placeholder.getValue(), type);
      }
      return true;
    } catch (RuntimeException notARendering) {
      return false;
    }
  }
}
