package dev.singletable.processor;

import com.palantir.javapoet.TypeName;
import dev.singletable.internal.KeyFormat;
import dev.singletable.internal.KeyValueType;
import dev.singletable.internal.Shards;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Reads and checks the write sharding of one {@code @Key} ({@code shards = 10}, {@code shard}): a
 * count from 2 to {@value Shards#MAX_COUNT}, a placeholder its templates name, in the key part
 * where shards make sense (the primary key's sort key: an {@code int} property, a counter whose
 * shards are one partition; a GSI's partition key: derived from the primary key, no property), and
 * a format that holds every shard.
 */
final class ShardReader {

  /** What a {@code @Key} declares, before its templates are read. */
  record Declared(String placeholder, int count) {}

  private final TypeElement entity;
  private final Map<String, PropertyModel> properties;
  private final Mirrors mirrors;
  private final Reporter reporter;

  ShardReader(TypeElement entity, Map<String, PropertyModel> properties, Mirrors mirrors, Reporter reporter) {
    this.entity = entity;
    this.properties = properties;
    this.mirrors = mirrors;
    this.reporter = reporter;
  }

  /** Returns the declared shards, or {@code null} for none or after reporting a wrong count. */
  Declared declared(AnnotationMirror key, String where) {
    int count = (Integer) mirrors.value(key, "shards").getValue();
    String placeholder = mirrors.string(key, "shard");
    if (count == 0) {
      if (Mirrors.explicitValue(key, "shard").isPresent()) {
        reporter.error(Diagnostic.SHARD_WITHOUT_COUNT, entity, key, mirrors.value(key, "shard"), where,
            entity.getSimpleName(), placeholder);
      }
      return null;
    }
    if (count < 2 || count > Shards.MAX_COUNT) {
      reporter.error(Diagnostic.SHARD_COUNT, entity, key, mirrors.value(key, "shards"), where, entity.getSimpleName(),
          count, Shards.MAX_COUNT);
      return null;
    }
    return new Declared(placeholder, count);
  }

  /**
   * Returns the property a GSI's templates name for a derived shard: a stand-in of type {@code int}
   * that no getter backs; {@code null} when the name is a property's (then reported by
   * {@link #check}).
   */
  PropertyModel standIn(Declared declared) {
    if (declared == null || properties.containsKey(declared.placeholder())) {
      return null;
    }
    return new PropertyModel(declared.placeholder(), TypeName.INT, null, null, null, null, KeyValueType.INT, List.of(),
        declared.placeholder(), null, false);
  }

  /**
   * Returns the shard of a key whose templates were read, or {@code null} after reporting why the
   * key cannot be sharded so.
   *
   * @param index the index, {@code null} for the primary key
   */
  ShardModel check(AnnotationMirror key, String where, Declared declared, IndexModel index, KeyPartModel pk,
      KeyPartModel sk) {
    String name = declared.placeholder();
    AnnotationValue shards = mirrors.value(key, "shards");
    if (index != null && index.local()) {
      reporter.error(Diagnostic.SHARD_PLACEMENT, entity, key, shards, where, entity.getSimpleName(), name,
          "LSI " + index.name(), "an LSI shares the table's partition key, so its writes cannot spread",
          "Shard the primary key's sort key (a counter) or a GSI's partition key.");
      return null;
    }
    boolean inPk = pk.template().placeholders().contains(name);
    boolean inSk = sk.template().placeholders().contains(name);
    if (!inPk && !inSk) {
      reporter.error(Diagnostic.SHARD_PLACEHOLDER, entity, key, shards, where, entity.getSimpleName(),
          declared.count(), pk.template().template(), sk.template().template(), name, name,
          index == null ? "sort key (sk = \"VIEWS#<" + name + ">\")" : "partition key (pk = \"STATUS#<status>#<" + name
              + ">\")");
      return null;
    }
    if (index == null && inPk) {
      reporter.error(Diagnostic.SHARD_PLACEMENT, entity, key, shards, where, entity.getSimpleName(), name,
          "the primary key's partition key", "every shard would be a partition of its own, which no one query reads",
          "Put <" + name + "> in the sort key (sk = \"VIEWS#<" + name + ":unpadded>\"), so that the shards are one"
              + " partition read with one query, or shard a GSI's partition key.");
      return null;
    }
    if (index != null && inSk) {
      reporter.error(Diagnostic.SHARD_PLACEMENT, entity, key, shards, where, entity.getSimpleName(), name,
          "the sort key of GSI " + index.name(), "which does not spread writes: they still land in one partition",
          "Put <" + name + "> in the GSI's partition key (pk = \"" + pk.template().template() + "#<" + name + ">\").");
      return null;
    }
    KeyPartModel part = index == null ? sk : pk;
    PropertyModel property = part.placeholders().get(part.template().placeholders().indexOf(name));
    if (index == null && property.keyValueType() != KeyValueType.INT) {
      reporter.error(Diagnostic.SHARD_TYPE, entity, key, shards, name, part.template().template(), name,
          entity.getSimpleName(), KeyFormatReader.simpleName(property.type()), declared.count() - 1, name);
      return null;
    }
    if (index != null && property.getter() != null) {
      reporter.error(Diagnostic.SHARD_PROPERTY, entity, key, shards, name, index.name(), part.template().template(),
          name, entity.getSimpleName(), name);
      return null;
    }
    ValueFormat format = part.format(property);
    if (format.format() == KeyFormat.PADDED && String.valueOf(declared.count() - 1).length() > format.width()) {
      int width = String.valueOf(declared.count() - 1).length();
      reporter.error(Diagnostic.SHARD_FORMAT, entity, key, shards, name, part.template().template(), format.notation(),
          declared.count() - 1, declared.count(), name, width, name, name);
      return null;
    }
    return new ShardModel(property, declared.count(), index != null);
  }

  /**
   * Whether the sort key's shard is exempt from the unordered-format warning: unpadded shards below
   * 10 are one digit each, so they sort anyway.
   */
  static boolean sortsAnyway(Declared declared, String placeholder, ValueFormat format) {
    return declared != null && declared.placeholder().equals(placeholder) && declared.count() <= 10
        && format.format() == KeyFormat.UNPADDED;
  }
}
