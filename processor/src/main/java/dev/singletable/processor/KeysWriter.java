package dev.singletable.processor;

import static dev.singletable.processor.KeyMemberNames.fieldName;
import static dev.singletable.processor.KeyMemberNames.memberName;
import static dev.singletable.processor.KeyMemberNames.rendererName;
import static dev.singletable.processor.KeyMemberNames.templateConstant;
import static dev.singletable.processor.KeyMemberNames.where;
import static dev.singletable.processor.KeyValueGuards.arguments;
import static dev.singletable.processor.KeyValueGuards.nullCheck;
import static dev.singletable.processor.KeyValueGuards.refusable;
import static dev.singletable.processor.KeyValueGuards.throwsDoc;
import static dev.singletable.processor.KeyValueGuards.withContext;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.singletable.internal.KeyFormat;
import dev.singletable.internal.KeyValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XKeys}: template constants and static, typed key builders for the table key and
 * every index key of one entity ({@code key}, {@code pk}, {@code sk}, {@code skPrefix},
 * {@code gsi1Pk}, ...), and the package-private renderers that {@code XSchema} shares.
 */
final class KeysWriter {

  private static final ClassName KEY_FIELD = ClassName.get("dev.singletable.internal", "KeyField");
  private static final ClassName KEY_ENCODING = ClassName.get("dev.singletable.internal", "KeyEncoding");
  private static final ClassName KEY_SPELLINGS = ClassName.get("dev.singletable.internal", "KeySpellings");
  private static final ClassName PRIMARY_KEY = ClassName.get("dev.singletable", "PrimaryKey");
  private static final ClassName PARTITION_KEY = ClassName.get("dev.singletable", "PartitionKey");
  private static final ClassName SORT_KEY = ClassName.get("dev.singletable", "SortKey");
  private static final ClassName INVALID_KEY = ClassName.get("dev.singletable", "InvalidKeyException");

  private final EntityModel entity;
  private final TypeSpec.Builder type;
  private final Set<String> propertyNames;

  private KeysWriter(EntityModel entity) {
    this.entity = entity;
    this.type = Generated.publicFinalClass(entity.keysClass());
    this.propertyNames = entity.properties().stream().map(PropertyModel::name)
        .collect(Collectors.toUnmodifiableSet());
    // Parameters are named after properties: a type with such a simple name must be qualified.
    type.alwaysQualify(propertyNames.toArray(String[]::new));
  }

  static JavaFile write(EntityModel entity) {
    return new KeysWriter(entity).build();
  }

  private JavaFile build() {
    TableModel table = entity.table();
    type.addJavadoc("Typed key builders of {@link $T} in table {@code $L} ({@link $T}).\n",
            entity.type(), table.tableName(), table.type())
        .addJavadoc("\n<p>Each method renders a key template with values typed like the entity's properties,\n")
        .addJavadoc("in an order-preserving, escaped form. Methods throw {@link $T} naming every\n", INVALID_KEY)
        .addJavadoc("{@code null} value. All members are static and thread-safe.\n");
    for (KeyModel key : entity.keys()) {
      addConstants(key);
      if (key.isSharded()) {
        ShardMethods.addCount(type, entity, key);
      }
    }
    type.addField(FieldSpec.builder(KEY_ENCODING, KeyRendering.ENCODING_FIELD, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.forDelimiter($L)", KEY_ENCODING, charLiteral(table.delimiter()))
        .build());
    addSpellings();
    for (KeyModel key : entity.keys()) {
      addKeyField(key, true);
      addKeyField(key, false);
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    addPrimaryKeyMethod(entity.primaryKey());
    if (entity.primaryKey().isSharded()) {
      type.addMethod(ShardMethods.randomShardKey(entity, entity.primaryKey(), parameters(
          entity.primaryKey().allPlaceholders().stream().filter(p -> !p.equals(entity.primaryKey().shard().property()))
              .toList())));
    }
    for (KeyModel key : entity.keys()) {
      addPartitionMethod(key);
      addSortMethods(key);
      if (key.isSharded() && key.shard().derived()) {
        type.addMethod(ShardMethods.shardOf(entity, key, field(fieldName(key, true))));
      }
    }
    for (KeyModel key : entity.keys()) {
      if (key.isPrimary() || !key.index().local()) {
        addRenderer(key, true);
      }
      addRenderer(key, false);
    }
    return JavaFile.builder(entity.keysClass().packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private void addConstants(KeyModel key) {
    for (boolean partition : new boolean[] {true, false}) {
      KeyPartModel part = partition ? key.partition() : key.sort();
      type.addField(FieldSpec.builder(String.class, templateConstant(key, partition),
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L key template of {@link $T}$L, attribute {@code $L}.\n",
              partition ? "Partition" : "Sort", entity.type(), where(key), part.attributeName())
          .initializer("$S", part.template().template())
          .build());
    }
  }

  /** {@code STATUS_SPELLINGS}: the {@code @KeySpelling}s of each enum property a template spells. */
  private void addSpellings() {
    Set<String> added = new HashSet<>();
    for (KeyModel key : entity.keys()) {
      for (KeyPartModel part : List.of(key.partition(), key.sort())) {
        for (PropertyModel property : part.placeholders()) {
          ValueFormat format = part.format(property);
          if (format.format() == KeyFormat.SPELLED && added.add(property.name())) {
            type.addField(FieldSpec.builder(KEY_SPELLINGS, KeyRendering.spellingsField(property.name()),
                    Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($T.values(), $L)", KEY_SPELLINGS, property.type(),
                    CodeBlock.join(format.words().stream().map(w -> CodeBlock.of("$S", w)).toList(), ", "))
                .build());
          }
        }
      }
    }
  }

  private void addKeyField(KeyModel key, boolean partition) {
    KeyPartModel part = partition ? key.partition() : key.sort();
    CodeBlock.Builder initializer = CodeBlock.builder().add("$T.$L($S, $L, $S, $N, $L)", KEY_FIELD,
        partition ? "partition" : "sort", entity.type().simpleName(),
        key.isPrimary() ? "null" : CodeBlock.of("$S", key.index().name()), part.attributeName(),
        templateConstant(key, partition), charLiteral(entity.table().delimiter()));
    for (PropertyModel property : part.placeholders()) {
      if (part.format(property).format() == KeyFormat.SPELLED) {
        initializer.add("$>$>\n.withSpelling($S, $L)$<$<", property.name(),
            field(KeyRendering.spellingsField(property.name())));
      }
      if (key.isSharded() && key.shard().property().equals(property)) {
        initializer.add("$>$>\n.withShards($S, $N)$<$<", property.name(), ShardMethods.countConstant(key));
      }
    }
    // Package-private: XSchema.keyFields() lists them for the runtime.
    type.addField(FieldSpec.builder(KEY_FIELD, fieldName(key, partition), Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer.build())
        .build());
  }

  private void addPrimaryKeyMethod(KeyModel key) {
    List<PropertyModel> all = key.allPlaceholders();
    MethodSpec.Builder method = MethodSpec.methodBuilder("key")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(PRIMARY_KEY)
        .addJavadoc("Returns the primary key of {@link $T}: {@code $L = $L}, {@code $L = $L}.\n",
            entity.type(), key.partition().attributeName(), key.partition().template().template(),
            key.sort().attributeName(), key.sort().template().template())
        .addJavadoc(throwsDoc(all))
        .addParameters(parameters(all))
        .addCode(nullCheck(all, CodeBlock.of("$L, $L", keyField(key, true), keyField(key, false))))
        .addStatement("return $T.of($L.partitionKey($N($L)), $L.sortKey($N($L)))", PRIMARY_KEY,
            keyField(key, true), rendererName(key, true), arguments(key.partition().placeholders()),
            keyField(key, false), rendererName(key, false), arguments(key.sort().placeholders()));
    type.addMethod(method.build());
  }

  private void addPartitionMethod(KeyModel key) {
    KeyPartModel part = key.partition();
    if (key.isSharded() && key.shard().derived()) {
      List<PropertyModel> given = key.given(part);
      type.addMethod(ShardMethods.shardedPartitionKey(entity, key, parameters(given))
          .addJavadoc(throwsDoc(given))
          .addCode(nullCheck(given, keyField(key, true)))
          .addStatement("return $L.shardedPartitionKey($N -> $N($L))", keyField(key, true), key.shard().placeholder(),
              rendererName(key, true), arguments(part.placeholders()))
          .build());
      return;
    }
    String renderer = key.isPrimary() || !key.index().local()
        ? rendererName(key, true)
        : rendererName(entity.primaryKey(), true); // an LSI renders the table's partition key
    type.addMethod(MethodSpec.methodBuilder(memberName(key, true))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(PARTITION_KEY)
        .addJavadoc("Returns the partition key {@code $L} of {@link $T}$L, attribute {@code $L}.\n",
            part.template().template(), entity.type(), where(key), part.attributeName())
        .addJavadoc(throwsDoc(part.placeholders()))
        .addParameters(parameters(part.placeholders()))
        .addStatement("return $L.partitionKey($N($L))", keyField(key, true), renderer, arguments(part.placeholders()))
        .build());
  }

  private void addSortMethods(KeyModel key) {
    KeyPartModel part = key.sort();
    String template = part.template().template();
    type.addMethod(MethodSpec.methodBuilder(memberName(key, false))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(SORT_KEY)
        .addJavadoc("Returns the sort key {@code $L} of {@link $T}$L, attribute {@code $L}.\n",
            template, entity.type(), where(key), part.attributeName())
        .addJavadoc(throwsDoc(part.placeholders()))
        .addParameters(parameters(part.placeholders()))
        .addStatement("return $L.sortKey($N($L))", keyField(key, false), rendererName(key, false),
            arguments(part.placeholders()))
        .build());
    for (KeyMethods.Prefix prefix : KeyMethods.prefixes(entity, key)) {
      addPrefixMethod(key, prefix.count(), prefix.coarse());
    }
  }

  /** {@code skPrefix(v1..vCount)}, or with a coarser value of placeholder {@code count}. */
  private void addPrefixMethod(KeyModel key, int count, KeyValueType coarse) {
    KeyPartModel part = key.sort();
    List<PropertyModel> values = part.placeholders().subList(0, count);
    MethodSpec.Builder method = MethodSpec.methodBuilder(memberName(key, false) + "Prefix")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(SORT_KEY)
        .addParameters(parameters(values));
    List<PropertyModel> checked = values;
    if (coarse != null) {
      PropertyModel next = part.placeholders().get(count);
      method.addParameter(ParameterSpec.builder(ClassName.bestGuess(coarse.typeName()), next.name()).build());
      checked = new ArrayList<>(values);
      checked.add(next);
      method.addJavadoc("Returns the prefix of sort key {@code $L} of {@link $T}$L for every {@code <$L>} in the\n"
              + "given {@code $L}: the range of keys that start with it.\n",
          part.template().template(), entity.type(), where(key), next.name(),
          ClassName.bestGuess(coarse.typeName()).simpleName());
    } else {
      method.addJavadoc("Returns the prefix of sort key {@code $L} of {@link $T}$L after $L: the range\n"
              + "of keys that start with it.\n",
          part.template().template(), entity.type(), where(key),
          count == 0 ? "no value" : count == 1 ? "one value" : count + " values");
    }
    method.addJavadoc(throwsDoc(checked));
    method.addCode(nullCheck(checked, keyField(key, false)));
    CodeBlock render = CodeBlock.of("return $L.sortKeyPrefix($L)", keyField(key, false),
        KeyRendering.render(part, count, coarse, this::field));
    type.addMethod(method.addCode(refusable(checked, part) ? withContext(render, keyField(key, false))
        : CodeBlock.of("$L;\n", render)).build());
  }

  /** The package-private renderer that checks for nulls and renders the full key part. */
  private void addRenderer(KeyModel key, boolean partition) {
    KeyPartModel part = partition ? key.partition() : key.sort();
    type.addMethod(MethodSpec.methodBuilder(rendererName(key, partition))
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addJavadoc("Renders {@code $L}, checked against DynamoDB's key limits; shared with {@link $T}.\n",
            part.template().template(), entity.schemaClass())
        .addParameters(parameters(part.placeholders()))
        .addCode(nullCheck(part.placeholders(), keyField(key, partition)))
        .addCode(refusable(part.placeholders(), part)
            ? withContext(CodeBlock.of("return $L.checked($L)", keyField(key, partition),
                KeyRendering.render(part, part.placeholders().size(), null, this::field)), keyField(key, partition))
            : CodeBlock.of("return $L.checked($L);\n", keyField(key, partition),
                KeyRendering.render(part, part.placeholders().size(), null, this::field)))
        .build());
  }

  private CodeBlock keyField(KeyModel key, boolean partition) {
    return field(fieldName(key, partition));
  }

  /**
   * A reference to one of this class's static fields from a method whose parameters are named
   * after the entity's properties: qualified with the class name when a property (and so a
   * parameter) has the field's name, which would otherwise shadow it.
   */
  private CodeBlock field(String name) {
    return propertyNames.contains(name)
        ? CodeBlock.of("$L.$N", Generated.typeReference(entity.keysClass(), propertyNames), name)
        : CodeBlock.of("$N", name);
  }

  private static List<ParameterSpec> parameters(List<PropertyModel> properties) {
    return properties.stream().map(p -> ParameterSpec.builder(p.type(), p.name()).build()).toList();
  }

  private static String charLiteral(char c) {
    return "'" + (c == '\'' ? "\\'" : String.valueOf(c)) + "'";
  }
}
