package dev.singletable.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.lang.model.element.Modifier;

/**
 * Writes the members of {@code XKeys} that a sharded key adds ({@code @Key(..., shards = 10)}): the
 * shard count constant, {@code randomShardKey(...)} for a counter sharded in the primary key's sort
 * key, and for a GSI partition sharded by the primary key the logical partition key of every shard
 * ({@code gsi1Pk(status)}) and the shard of an item ({@code gsi1Shard(key)}).
 */
final class ShardMethods {

  private static final ClassName PRIMARY_KEY = ClassName.get("dev.singletable", "PrimaryKey");
  private static final ClassName PARTITION_KEY = ClassName.get("dev.singletable", "PartitionKey");

  private ShardMethods() {}

  /** {@code SHARDS} for the primary key, {@code GSI1_SHARDS} for an index. */
  static String countConstant(KeyModel key) {
    return (key.isPrimary() ? "" : key.index().constantPrefix() + "_") + "SHARDS";
  }

  /** The shard count constant. */
  static void addCount(TypeSpec.Builder type, EntityModel entity, KeyModel key) {
    KeyPartModel part = key.shard().derived() ? key.partition() : key.sort();
    type.addField(FieldSpec.builder(int.class, countConstant(key), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Number of shards of $L key {@code $L} of {@link $T}$L: placeholder {@code <$L>} holds 0 to $L.\n",
            key.shard().derived() ? "partition" : "sort", part.template().template(), entity.type(), KeyMemberNames.where(key),
            key.shard().placeholder(), key.shard().count() - 1)
        .initializer("$L", key.shard().count())
        .build());
  }

  /** {@code randomShardKey(pageId)}: the primary key at a random shard, for a counter's writes. */
  static MethodSpec randomShardKey(EntityModel entity, KeyModel key, List<ParameterSpec> parameters) {
    List<CodeBlock> arguments = key.allPlaceholders().stream()
        .map(p -> p.equals(key.shard().property())
            ? CodeBlock.of("$T.current().nextInt($N)", ThreadLocalRandom.class, countConstant(key))
            : CodeBlock.of("$N", p.name()))
        .toList();
    return MethodSpec.methodBuilder("randomShardKey")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(PRIMARY_KEY)
        .addJavadoc("Returns the primary key of {@link $T} at a random one of its {@value #$L} shards\n",
            entity.type(), countConstant(key))
        .addJavadoc("({@code $L = $L}): where a write of a sharded counter goes, such as an update that adds to it.\n",
            key.sort().attributeName(), key.sort().template().template())
        .addJavadoc("A query of the partition key reads every shard; sum them to read the counter.\n")
        .addJavadoc(parameters.stream().allMatch(p -> p.type().isPrimitive()) ? CodeBlock.of("")
            : CodeBlock.of("\n@throws $T if a value is {@code null}\n", ClassName.get("dev.singletable", "InvalidKeyException")))
        .addParameters(parameters)
        .addStatement("return key($L)", CodeBlock.join(arguments, ", "))
        .build();
  }

  /**
   * The start of {@code gsi1Pk(status)}: the logical partition key of every shard. The caller adds
   * the null check and the statement that renders it.
   */
  static MethodSpec.Builder shardedPartitionKey(EntityModel entity, KeyModel key, List<ParameterSpec> parameters) {
    return MethodSpec.methodBuilder(KeyMemberNames.memberName(key, true))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(PARTITION_KEY)
        .addJavadoc("Returns the partition key {@code $L} of {@link $T}$L, attribute {@code $L}, with every one of\n",
            key.partition().template().template(), entity.type(), KeyMemberNames.where(key), key.partition().attributeName())
        .addJavadoc("its {@value #$L} shards: a query of it reads them all in parallel and merges them in sort key order.\n",
            countConstant(key))
        .addJavadoc("An item's shard comes from its primary key ({@link #$L}); {@code shards().get(n)} is shard n alone.\n",
            shardOfName(key))
        .addParameters(parameters);
  }

  /** {@code gsi1Shard(key)}: the shard an item's primary key puts it in. */
  static MethodSpec shardOf(EntityModel entity, KeyModel key, CodeBlock field) {
    return MethodSpec.methodBuilder(shardOfName(key))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(int.class)
        .addJavadoc("Returns the shard, 0 to {@code $L - 1}, of partition key {@code $L} of {@link $T}$L for the\n",
            countConstant(key), key.partition().template().template(), entity.type(), KeyMemberNames.where(key))
        .addJavadoc("item at {@code key}: the CRC-32 (zlib's) of the UTF-8 bytes of its $L, a zero byte and its $L,\n",
            entity.table().partitionKey(), entity.table().sortKey())
        .addJavadoc("modulo the shard count, so that an item keeps its shard on every update.\n")
        .addParameter(PRIMARY_KEY, "key")
        .addStatement("return $L.shardOf(key.partitionKey().value(), key.sortKey().value())", field)
        .build();
  }

  private static String shardOfName(KeyModel key) {
    return key.index().methodPrefix() + "Shard";
  }
}
