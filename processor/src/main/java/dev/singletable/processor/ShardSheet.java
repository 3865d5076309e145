package dev.singletable.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The "Write sharding" section of a design sheet: each sharded key with its shard count, where the
 * shard comes from and how reads put the shards together. Nothing when no key is sharded.
 */
final class ShardSheet {

  private ShardSheet() {}

  static void write(TableModel table, List<EntityModel> entities, Consumer<String> line) {
    List<String> rows = new ArrayList<>();
    for (EntityModel entity : entities) {
      for (KeyModel key : entity.keys()) {
        if (key.isSharded()) {
          rows.add(row(table, entity, key));
        }
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    line.accept("## Write sharding");
    line.accept("");
    line.accept("Keys whose writes spread over several shards, against a hot partition (see docs/writes.md,"
        + " \"Write sharding\"):");
    line.accept("");
    line.accept("| Entity | Key | Shards | Shard | Reads |");
    line.accept("| --- | --- | --- | --- | --- |");
    rows.forEach(line);
    line.accept("");
  }

  private static String row(TableModel table, EntityModel entity, KeyModel key) {
    ShardModel shard = key.shard();
    String name = "`<" + shard.placeholder() + ">`";
    if (shard.derived()) {
      return "| " + entity.type().simpleName() + " | " + key.index().name() + " `" + key.partition().attributeName()
          + " = " + key.partition().template().template() + "` | " + shard.count() + " | " + name + ": CRC-32 of `"
          + table.partitionKey() + "`, 0x00, `" + table.sortKey() + "` mod " + shard.count() + ", kept on updates | `"
          + KeyMethods.call(entity, KeyMemberNames.memberName(key, true), KeyMethods.names(key.given(key.partition())))
          + "` reads every shard in parallel, merged in `" + key.sort().attributeName() + "` order |";
    }
    return "| " + entity.type().simpleName() + " | `" + key.sort().attributeName() + " = "
        + key.sort().template().template() + "` | " + shard.count() + " | " + name + ", property `"
        + shard.placeholder() + "`, picked by the writer: `" + KeyMethods.call(entity, "randomShardKey",
            KeyMethods.names(key.allPlaceholders().stream().filter(p -> !p.equals(shard.property())).toList()))
        + "` | `" + KeyMethods.call(entity, "pk", KeyMethods.names(key.partition().placeholders()))
        + "`: every shard is in the partition, one query |";
  }
}
