package dev.singletable.processor;

import dev.singletable.internal.KeyTemplate;
import dev.singletable.internal.KeyValueType;
import dev.singletable.internal.TemplateSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Parses and checks the templates of one entity's {@code @Key}s: grammar, placeholders that name
 * properties of renderable types, and which templates each kind of index needs.
 */
final class KeyReader {
  /**
   * What templates may name.
   *
   * @param valid the properties without errors
   * @param nullable the annotation name ({@code Nullable}) of each property declared nullable
   * @param reported properties already reported as wrong, which templates then name silently
   * @param ignored the {@code @Transient} properties, which no template may name
   */
  record Properties(Map<String, PropertyModel> valid, Map<String, String> nullable, Set<String> reported,
      Set<String> ignored) {}

  private final TypeElement entity;
  private final Map<String, PropertyModel> properties;
  private final Map<String, String> nullable;
  private final Set<String> reported;
  private final Set<String> ignored;
  private final TableModel table;
  private final Mirrors mirrors;
  private final Reporter reporter;
  private final KeyFormatReader formatReader;
  private final ShardReader shards;

  KeyReader(TypeElement entity, Properties known, TableModel table, Mirrors mirrors, Reporter reporter) {
    this.entity = entity;
    this.properties = known.valid();
    this.nullable = known.nullable();
    this.reported = known.reported();
    this.ignored = known.ignored();
    this.table = table;
    this.mirrors = mirrors;
    this.reporter = reporter;
    this.formatReader = new KeyFormatReader(entity, mirrors, reporter, table.delimiter());
    this.shards = new ShardReader(entity, properties, mirrors, reporter);
  }

  KeyModel primaryKey(AnnotationMirror key) {
    ShardReader.Declared declared = shards.declared(key, "");
    KeyPartModel pk = part(key, "pk", table.partitionKey(), "", "table", declared, null);
    KeyPartModel sk = part(key, "sk", table.sortKey(), "", "table", declared, null);
    checkNotNullable(key, "pk", pk);
    checkNotNullable(key, "sk", sk);
    return pk == null || sk == null ? null : sharded(key, "", declared, null, pk, sk);
  }

  /** The key, with its shard checked when it declares one; {@code null} after reporting a wrong shard. */
  private KeyModel sharded(AnnotationMirror key, String where, ShardReader.Declared declared, IndexModel index,
      KeyPartModel pk, KeyPartModel sk) {
    if (declared == null) {
      return new KeyModel(index, pk, sk);
    }
    ShardModel shard = shards.check(key, where, declared, index, pk, sk);
    return shard == null ? null : new KeyModel(index, pk, sk, shard);
  }

  KeyModel indexKey(AnnotationMirror key, IndexModel index, KeyModel primary) {
    String where = "(index = \"" + index.name() + "\")";
    ShardReader.Declared declared = shards.declared(key, where);
    if (declared != null && index.local()) {
      shards.check(key, where, declared, index, null, null); // reports that an LSI cannot be sharded
      return null;
    }
    PropertyModel standIn = shards.standIn(declared);
    KeyPartModel pk;
    if (index.local()) {
      if (!mirrors.string(key, "pk").isEmpty()) {
        reporter.error(Diagnostic.PARTITION_KEY_ON_LSI, entity, key, mirrors.value(key, "pk"),
            index.name(), entity.getSimpleName(), index.name());
        return null;
      }
      pk = primary.partition();
    } else {
      pk = part(key, "pk", index.partitionKey(), where, "GSI " + index.name(), declared, standIn);
    }
    KeyPartModel sk = part(key, "sk", index.sortKey(), where, (index.local() ? "LSI " : "GSI ") + index.name(),
        declared, standIn);
    return pk == null || sk == null ? null : sharded(key, where, declared, index, pk, sk);
  }

  /**
   * @param declared the key's shards, or {@code null}
   * @param standIn the property a GSI's derived shard placeholder stands for, or {@code null}
   */
  private KeyPartModel part(AnnotationMirror key, String member, String attribute, String where, String owner,
      ShardReader.Declared declared, PropertyModel standIn) {
    String text = mirrors.string(key, member);
    AnnotationValue value = mirrors.value(key, member);
    if (text.isEmpty()) {
      reporter.error(member.equals("pk") ? Diagnostic.MISSING_PARTITION_KEY : Diagnostic.MISSING_SORT_KEY,
          entity, key, null, where, entity.getSimpleName(), owner);
      return null;
    }
    KeyTemplate template;
    try {
      template = KeyTemplate.parse(text, table.delimiter());
    } catch (TemplateSyntaxException e) {
      reporter.error(Diagnostic.of(e.problem()), entity, key, value, e.getMessage());
      return null;
    }
    int errors = reporter.errorCount();
    checkLiterals(template, key, value);
    List<PropertyModel> placeholders = new ArrayList<>();
    List<ValueFormat> formats = new ArrayList<>();
    for (String name : template.placeholders()) {
      PropertyModel property = standIn != null && standIn.name().equals(name) ? standIn : properties.get(name);
      if (property == null && reported.contains(name)) {
        continue; // its declaration has an error already
      }
      if (property == null && ignored.contains(name)) {
        reporter.error(Diagnostic.TRANSIENT_PLACEHOLDER, entity, key, value, name, text, name, entity.getSimpleName());
        continue;
      }
      if (property == null) {
        reporter.error(Diagnostic.UNKNOWN_PROPERTY, entity, key, value, text, name, entity.getSimpleName(),
            Names.didYouMean(name, properties.keySet()), String.join(", ", properties.keySet()));
        continue;
      }
      if (property.keyValueType() == null) {
        reporter.error(Diagnostic.UNSUPPORTED_PLACEHOLDER_TYPE, entity, key, value, name, text, property.type());
        continue;
      }
      ValueFormat format = formatReader.read(template, template.segmentOf(name), property, key, value);
      if (format != null) {
        placeholders.add(property);
        formats.add(format);
      }
    }
    if (placeholders.size() != template.placeholders().size() || reporter.errorCount() != errors) {
      return null;
    }
    KeyPartModel part = new KeyPartModel(attribute, template, List.copyOf(placeholders), List.copyOf(formats));
    if (member.equals("sk")) {
      checkOrderedSuffixes(part, key, value);
      checkOrderedFormats(part, key, value, declared);
    }
    return part;
  }

  /** Warns where text after a value breaks the order of sort keys (see {@link UnorderedSuffixes}). */
  private void checkOrderedSuffixes(KeyPartModel part, AnnotationMirror key, AnnotationValue value) {
    KeyTemplate template = part.template();
    char delimiter = table.delimiter();
    List<KeyTemplate.Segment> segments = template.segments();
    for (KeyTemplate.Segment segment : segments) {
      PropertyModel property = segment.hasPlaceholder() ? properties.get(segment.placeholder()) : null;
      UnorderedSuffixes.Example example = property == null ? null
          : UnorderedSuffixes.find(segment, part.format(property), delimiter);
      if (example == null) {
        continue;
      }
      String fixed = segments.stream()
          .map(s -> s == segment ? s.prefix() + s.placeholderNotation() + delimiter + s.suffix() : s.notation())
          .collect(Collectors.joining(String.valueOf(delimiter)));
      reporter.warning(Diagnostic.UNORDERED_SUFFIX, entity, key, value, template.template(), segment.suffix(),
          property.keyValueType() == KeyValueType.STRING ? "String" : "enum",
          segment.placeholder(), example.shorter(), example.shorterRendered(), example.longerRendered(),
          example.longer(), fixed);
    }
  }

  /** Warns where a placeholder's format breaks the order of sort keys (see {@link UnorderedFormats}). */
  private void checkOrderedFormats(KeyPartModel part, AnnotationMirror key, AnnotationValue value,
      ShardReader.Declared declared) {
    List<KeyTemplate.Segment> segments = part.template().segments();
    for (int s = 0; s < segments.size(); s++) {
      KeyTemplate.Segment segment = segments.get(s);
      PropertyModel property = segment.hasPlaceholder() ? properties.get(segment.placeholder()) : null;
      ValueFormat format = property == null ? null : part.format(property);
      UnorderedFormats.Example example = format == null || ShardReader.sortsAnyway(declared, segment.placeholder(), format)
          ? null : UnorderedFormats.find(part.template(), s, format);
      if (example != null) {
        reporter.warning(Diagnostic.UNORDERED_FORMAT, entity, key, value, part.template().template(),
            segment.placeholder(), format.notation(), example.first(), example.firstRendered(),
            example.secondRendered(), example.second(), example.fix());
      }
    }
  }

  /**
   * Literal text must not read like a value: no escape character (a value's escape sequence could
   * spell the same text) and no empty segment (an empty String value renders as one), except a
   * leading one: {@code #METADATA#<id>} sorts its item before the rest of the partition on
   * purpose, and the collision analysis tells where a value could render the same key.
   */
  private void checkLiterals(KeyTemplate template, AnnotationMirror key, AnnotationValue value) {
    char delimiter = table.delimiter();
    char escape = (char) (delimiter + 1);
    List<KeyTemplate.Segment> segments = template.segments();
    for (KeyTemplate.Segment segment : segments) {
      if ((segment.prefix() + segment.suffix()).indexOf(escape) >= 0) {
        reporter.error(Diagnostic.ESCAPE_IN_LITERAL, entity, key, value, template.template(), escape,
            segment.notation(), delimiter, escape, escape);
        break;
      }
    }
    for (int s = 1; s < segments.size(); s++) {
      KeyTemplate.Segment segment = segments.get(s);
      if (!segment.hasPlaceholder() && segment.prefix().isEmpty()) {
        String where = s == segments.size() - 1 ? "trailing" : "doubled";
        reporter.error(Diagnostic.EMPTY_SEGMENT, entity, key, value, template.template(), where, delimiter);
        break;
      }
    }
  }

  /** A primary key value is never null, so its placeholders' properties must not say they can be. */
  private void checkNotNullable(AnnotationMirror key, String member, KeyPartModel part) {
    if (part == null) {
      return;
    }
    for (PropertyModel property : part.placeholders()) {
      String annotation = nullable.get(property.name());
      if (annotation != null) {
        reporter.error(Diagnostic.NULLABLE_PRIMARY_KEY, entity, key, mirrors.value(key, member), property.name(), part.template().template(), property.name(), entity.getSimpleName(), annotation,
            annotation, property.name());
      }
    }
  }
}
