package dev.singletable.internal.query;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The cursor of a query over a sharded partition: where each shard goes on. A shard has not been
 * read yet ({@link State#START}), goes on after a key ({@link State#AFTER}: the key of the last
 * item a page returned from it, or where its last request stopped), or has no more items
 * ({@link State#DONE}). <b>Not API.</b> Thread-safe: static functions and immutable values.
 *
 * <p>The payload is the shard count (a varint), then per shard one byte, 0 (start), 1 (after) or
 * 2 (done), after a 1 followed by the key values the scope does not fix, as
 * {@link Cursors#writeValues} writes them (each shard's partition key is its own). It is wrapped as
 * any cursor ({@link Cursors#wrap}): checked, or sealed with the table's application key, and
 * bound to the sharded query's scope ({@link CursorScope#forShards}).
 */
final class ShardCursors {

  /** How far one shard was read. */
  enum State {
    START, AFTER, DONE
  }

  /**
   * Where one shard goes on.
   *
   * @param state how far it was read
   * @param after the exclusive start key for {@link State#AFTER}, without the partition key; else {@code null}
   */
  record Position(State state, Map<String, AttributeValue> after) {

    static final Position START = new Position(State.START, null);
    static final Position DONE = new Position(State.DONE, null);

    static Position after(Map<String, AttributeValue> key) {
      return new Position(State.AFTER, key);
    }

    /** The exclusive start key on the shard whose partition key is {@code attribute = value}. */
    Map<String, AttributeValue> startKey(String attribute, String value) {
      if (after == null) {
        return null;
      }
      Map<String, AttributeValue> key = new LinkedHashMap<>(after);
      key.put(attribute, AttributeValue.fromS(value));
      return key;
    }
  }

  private ShardCursors() {}

  /** Returns the positions of a query that starts at the beginning of every shard. */
  static List<Position> start(int shards) {
    return Collections.nCopies(shards, Position.START);
  }

  /** Returns the cursor of {@code positions}, or {@code null} when every shard is done (the last page). */
  static String encode(CursorScope scope, List<Position> positions, CursorKeys keys) {
    if (positions.stream().allMatch(p -> p.state() == State.DONE)) {
      return null;
    }
    ByteArrayOutputStream payload = new ByteArrayOutputStream(32 * positions.size());
    Varints.write(payload, positions.size());
    for (Position position : positions) {
      payload.write(position.state().ordinal());
      if (position.state() == State.AFTER) {
        Cursors.writeValues(payload, scope, position.after());
      }
    }
    return Cursors.wrap(scope, payload.toByteArray(), keys);
  }

  /**
   * Returns the positions in a cursor of {@code scope}.
   *
   * @throws IllegalArgumentException if the cursor is not one this table issued for this query, or
   *     was changed
   */
  static List<Position> decode(String cursor, CursorScope scope, int shards, CursorKeys keys) {
    ByteBuffer in = ByteBuffer.wrap(Cursors.unwrap(cursor, scope, keys, shards));
    try {
      int count = Varints.read(in);
      if (count != shards) {
        throw new IllegalArgumentException("it holds " + count + " shards, not " + shards);
      }
      List<Position> positions = new ArrayList<>(shards);
      for (int i = 0; i < shards; i++) {
        if (!in.hasRemaining()) {
          throw new IllegalArgumentException("it ends before shard " + i);
        }
        int state = in.get();
        if (state == State.AFTER.ordinal()) {
          Map<String, AttributeValue> key = new LinkedHashMap<>();
          Cursors.readValues(in, scope, key);
          positions.add(Position.after(key));
        } else if (state == State.START.ordinal() || state == State.DONE.ordinal()) {
          positions.add(state == State.START.ordinal() ? Position.START : Position.DONE);
        } else {
          throw new IllegalArgumentException("shard " + i + " has no state " + state);
        }
      }
      if (in.hasRemaining()) {
        throw new IllegalArgumentException("it has bytes after its positions");
      }
      return positions;
    } catch (IllegalArgumentException e) {
      // Only a cursor of this scope gets here, so this is a cursor of an older layout.
      throw Cursors.refused(cursor, "does not hold the shard positions of " + scope.description() + ": "
          + e.getMessage());
    }
  }
}
