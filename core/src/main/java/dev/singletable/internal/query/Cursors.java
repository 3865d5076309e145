package dev.singletable.internal.query;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns DynamoDB's {@code LastEvaluatedKey} into a cursor bound to its query ({@link CursorScope})
 * and back. <b>Not API.</b> Thread-safe.
 *
 * <p>A cursor is URL-safe base64 without padding of one format byte and a body:
 * <ul>
 *   <li>{@code 0x01}, checked (a table without application key): the key values the scope does not
 *       fix (each a one-byte length and its UTF-8 bytes), then 8 check bytes: 2 bytes of SHA-256
 *       over the format byte and the values, which tell a changed cursor, and 6 bytes of SHA-256
 *       over the scope's digest, the format byte and the values, which tell a cursor of another
 *       query. Anyone can read the values and, knowing the query, compute a valid cursor: the check
 *       stops mistakes, not attackers.
 *   <li>{@code 0x02}, sealed (a table with {@link CursorKeys}): nonce, AES-GCM ciphertext of the
 *       same values and tag; see {@link CursorKeys}. The values cannot be read, and no cursor can
 *       be made or changed, without the key.
 * </ul>
 *
 * <p>Only the form the table issues is accepted: a table with keys refuses checked cursors, which
 * anyone could forge. Every refusal is an {@link IllegalArgumentException} thrown before any
 * request.
 */
public final class Cursors {

  static final byte CHECKED = 0x01;
  static final byte SEALED = 0x02;
  static final int CHECK_BYTES = 2;
  static final int BIND_BYTES = 6;
  /** The longest cursor text accepted, in characters: more than any key of DynamoDB's limits needs. */
  static final int MAX_LENGTH = 8192;

  private Cursors() {}

  /**
   * Returns the cursor that continues after {@code lastKey} in {@code scope}, or {@code null} for
   * no key (the last page).
   *
   * @param keys the table's cursor keys, or {@code null} for checked cursors
   * @throws IllegalStateException if the key does not hold the scope's key attributes as strings
   */
  public static String encode(CursorScope scope, Map<String, AttributeValue> lastKey, CursorKeys keys) {
    if (lastKey == null || lastKey.isEmpty()) {
      return null;
    }
    ByteArrayOutputStream values = new ByteArrayOutputStream(64);
    writeValues(values, scope, lastKey);
    return wrap(scope, values.toByteArray(), keys);
  }

  /** Writes the values of {@code key} that the scope does not fix, each a varint length and its UTF-8 bytes. */
  static void writeValues(ByteArrayOutputStream out, CursorScope scope, Map<String, AttributeValue> key) {
    for (String attribute : scope.storedAttributes()) {
      AttributeValue value = key.get(attribute);
      if (value == null || value.s() == null) {
        throw new IllegalStateException("Key attribute " + attribute + " of " + key + " is not a string");
      }
      byte[] bytes = value.s().getBytes(StandardCharsets.UTF_8);
      Varints.write(out, bytes.length);
      out.writeBytes(bytes);
    }
  }

  /**
   * Reads what {@link #writeValues} wrote into {@code key}.
   *
   * @throws IllegalArgumentException if the bytes end inside a value
   */
  static void readValues(ByteBuffer in, CursorScope scope, Map<String, AttributeValue> key) {
    for (String attribute : scope.storedAttributes()) {
      int length = Varints.read(in);
      if (length > in.remaining()) {
        throw new IllegalArgumentException("a value is longer than the cursor");
      }
      byte[] value = new byte[length];
      in.get(value);
      key.put(attribute, AttributeValue.fromS(new String(value, StandardCharsets.UTF_8)));
    }
  }

  /**
   * Returns the cursor text of {@code payload} in {@code scope}: checked, or sealed with
   * {@code keys}. {@link ShardCursors} wraps its per-shard positions so.
   */
  static String wrap(CursorScope scope, byte[] payload, CursorKeys keys) {
    ByteBuffer out;
    if (keys == null) {
      out = ByteBuffer.allocate(1 + payload.length + CHECK_BYTES + BIND_BYTES).put(CHECKED).put(payload)
          .put(check(payload)).put(bind(scope, payload));
    } else {
      byte[] sealed = keys.seal(new byte[] {SEALED}, scope.digest(), payload);
      out = ByteBuffer.allocate(1 + sealed.length).put(SEALED).put(sealed);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
  }

  /**
   * Checks what can be checked without the query: that the cursor is one this table issues. The
   * rest is checked by {@link #decode} when the query runs, before its request.
   *
   * @throws IllegalArgumentException if it is not
   */
  public static void checkForm(String cursor, CursorKeys keys) {
    bytes(cursor, keys, 1);
  }

  /**
   * Checks the form of a cursor of a query that reads {@code shards} shards, whose cursor holds a
   * position per shard; see {@link #checkForm(String, CursorKeys)}.
   */
  public static void checkForm(String cursor, CursorKeys keys, int shards) {
    bytes(cursor, keys, shards);
  }

  /**
   * Returns the exclusive start key of a cursor of {@code scope}: the stored values and the values
   * the scope fixes.
   *
   * @throws IllegalArgumentException if the cursor is not one this table issued for this query, or
   *     was changed
   */
  public static Map<String, AttributeValue> decode(String cursor, CursorScope scope, CursorKeys keys) {
    return key(cursor, scope, unwrap(cursor, scope, keys, 1));
  }

  /**
   * Returns the payload of a cursor that {@link #wrap} made in {@code scope}.
   *
   * @param shards the shards of the query, whose cursors are that many times longer
   * @throws IllegalArgumentException if the cursor is not one this table issued for this query, or
   *     was changed
   */
  static byte[] unwrap(String cursor, CursorScope scope, CursorKeys keys, int shards) {
    byte[] bytes = bytes(cursor, keys, shards);
    byte[] payload;
    if (keys == null) {
      payload = Arrays.copyOfRange(bytes, 1, bytes.length - CHECK_BYTES - BIND_BYTES);
      byte[] check = Arrays.copyOfRange(bytes, bytes.length - CHECK_BYTES - BIND_BYTES, bytes.length - BIND_BYTES);
      byte[] bind = Arrays.copyOfRange(bytes, bytes.length - BIND_BYTES, bytes.length);
      if (!MessageDigest.isEqual(check, check(payload))) {
        throw refused(cursor, "was changed: its check does not match its content");
      }
      if (!MessageDigest.isEqual(bind, bind(scope, payload))) {
        throw refused(cursor, "belongs to another query than " + scope.description() + " (another table, index,"
            + " partition key, sort condition, direction, filter or entity), or was changed");
      }
    } else {
      payload = keys.open(new byte[] {SEALED}, scope.digest(), Arrays.copyOfRange(bytes, 1, bytes.length))
          .orElseThrow(() -> refused(cursor, "belongs to another query than " + scope.description()
              + ", was changed, or was sealed with a cursor key the table no longer has"));
    }
    return payload;
  }

  private static Map<String, AttributeValue> key(String cursor, CursorScope scope, byte[] payload) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    scope.fixed().forEach((attribute, value) -> key.put(attribute, AttributeValue.fromS(value)));
    ByteBuffer in = ByteBuffer.wrap(payload);
    try {
      readValues(in, scope, key);
      if (in.hasRemaining()) {
        throw new IllegalArgumentException("it has bytes after its key values");
      }
    } catch (IllegalArgumentException e) {
      // Only a cursor of this scope gets here, so this is a cursor of an older layout.
      throw refused(cursor, "does not hold the key values of " + scope.description() + ": " + e.getMessage());
    }
    return key;
  }

  private static byte[] bytes(String cursor, CursorKeys keys, int shards) {
    if (cursor.isEmpty() || cursor.length() > MAX_LENGTH * shards) {
      throw refused(cursor, "is not a cursor returned by Page.cursor(): it has " + cursor.length() + " characters");
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw refused(cursor, "is not a cursor returned by Page.cursor(): it is not URL-safe base64");
    }
    if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(cursor)) {
      throw refused(cursor, "was changed: it is not written as Page.cursor() writes cursors");
    }
    if (bytes[0] == CHECKED && keys != null) {
      throw refused(cursor, "was made without a cursor key, but this table seals its cursors with one"
          + " (TableOptions.cursorKey): it is not one of its cursors");
    }
    if (bytes[0] == SEALED && keys == null) {
      throw refused(cursor, "was sealed with a cursor key, which this table does not have; give the table the key"
          + " with TableOptions.builder().cursorKey(...)");
    }
    int minimum = keys == null ? 1 + CHECK_BYTES + BIND_BYTES : 1 + CursorKeys.NONCE_BYTES + CursorKeys.TAG_BITS / 8;
    if ((bytes[0] != CHECKED && bytes[0] != SEALED) || bytes.length < minimum) {
      throw refused(cursor, "is not a cursor returned by Page.cursor()");
    }
    return bytes;
  }

  private static byte[] check(byte[] payload) {
    return Arrays.copyOf(sha256(new byte[] {CHECKED}, payload), CHECK_BYTES);
  }

  private static byte[] bind(CursorScope scope, byte[] payload) {
    return Arrays.copyOf(sha256(scope.digest(), new byte[] {CHECKED}, payload), BIND_BYTES);
  }

  private static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return digest.digest();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  static IllegalArgumentException refused(String cursor, String why) {
    String shown = cursor.length() <= 48 ? cursor : cursor.substring(0, 45) + "...";
    return new IllegalArgumentException("Cursor \"" + shown + "\" " + why);
  }
}
