package dev.singletable.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.singletable.internal.query.ShardCursors.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link ShardCursors}: a position per shard round trips, checked or sealed, bound to the sharded
 * query, and a cursor of the unsharded query is not one of its cursors.
 */
class ShardCursorsTest {

  private static final CursorScope QUERY = Scopes.gsi1("STATUS#PENDING#<shard>");

  @Provide
  Arbitrary<CursorKeys> modes() {
    return Arbitraries.of(CursorsTest.KEYS).injectNull(0.5);
  }

  private static Position after(String value) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put("PK", AttributeValue.fromS("USER#" + value));
    key.put("SK", AttributeValue.fromS("ORDER#" + value));
    key.put("GSI1SK", AttributeValue.fromS("ORDER#" + value));
    return Position.after(key);
  }

  @Property(tries = 200)
  void positionsRoundTrip(@ForAll @IntRange(min = 2, max = 20) int shards, @ForAll("modes") CursorKeys keys,
      @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<Position> positions = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      int state = random.nextInt(3);
      positions.add(state == 0 ? Position.START : state == 1 ? after("v" + random.nextInt(1000) + "\u00e9#") : Position.DONE);
    }
    if (positions.stream().allMatch(p -> p.state() == ShardCursors.State.DONE)) {
      assertThat(ShardCursors.encode(QUERY.forShards(shards), positions, keys)).isNull();
      return;
    }
    CursorScope scope = QUERY.forShards(shards);

    List<Position> read = ShardCursors.decode(ShardCursors.encode(scope, positions, keys), scope, shards, keys);

    assertThat(read).hasSize(shards);
    for (int i = 0; i < shards; i++) {
      assertThat(read.get(i).state()).isEqualTo(positions.get(i).state());
      if (positions.get(i).after() != null) {
        assertThat(read.get(i).startKey("GSI1PK", "STATUS#PENDING#" + i)).containsAllEntriesOf(
            Map.of("PK", positions.get(i).after().get("PK"), "GSI1SK", positions.get(i).after().get("GSI1SK"),
                "GSI1PK", AttributeValue.fromS("STATUS#PENDING#" + i)));
      }
    }
  }

  @Test
  void aCursorOfAnotherShardCountOrOfTheUnshardedQueryIsRefused() {
    String four = ShardCursors.encode(QUERY.forShards(4), List.of(after("a"), Position.START, Position.DONE,
        Position.START), null);
    String plain = Cursors.encode(QUERY, after("a").startKey("GSI1PK", "STATUS#PENDING#<shard>"), null);

    assertThatThrownBy(() -> ShardCursors.decode(four, QUERY.forShards(5), 5, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to another query");
    assertThatThrownBy(() -> ShardCursors.decode(plain, QUERY.forShards(4), 4, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to another query");
    assertThatThrownBy(() -> Cursors.decode(four, QUERY, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to another query");
    assertThat(ShardCursors.decode(four, QUERY.forShards(4), 4, null)).extracting(Position::state)
        .containsExactly(ShardCursors.State.AFTER, ShardCursors.State.START, ShardCursors.State.DONE,
            ShardCursors.State.START);
  }
}
