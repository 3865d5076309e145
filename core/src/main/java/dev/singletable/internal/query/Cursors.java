package dev.singletable.internal.query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns DynamoDB's {@code LastEvaluatedKey} into an opaque, URL-safe cursor and back. Key
 * attributes of a single-table are strings, so the cursor holds name/value string pairs.
 * <b>Not API.</b>
 */
public final class Cursors {

  private static final int VERSION = 1;

  private Cursors() {}

  /** Returns the cursor of a {@code LastEvaluatedKey}, or {@code null} for none. */
  public static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
    if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeByte(lastEvaluatedKey.size());
      for (Map.Entry<String, AttributeValue> entry : lastEvaluatedKey.entrySet()) {
        String value = entry.getValue().s();
        if (value == null) {
          throw new IllegalStateException("Key attribute " + entry.getKey() + " is not a string: " + entry.getValue());
        }
        out.writeUTF(entry.getKey());
        out.writeUTF(value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  /**
   * Decodes a cursor and checks it holds exactly the key attributes of the queried index.
   *
   * @throws IllegalArgumentException if the cursor is malformed or belongs to another index
   */
  public static Map<String, AttributeValue> decode(String cursor, Set<String> expectedAttributes, String indexLabel) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)))) {
      if (in.readByte() != VERSION) {
        throw new IllegalArgumentException("Cursor \"" + cursor + "\" is not a singletable cursor");
      }
      int size = in.readByte();
      for (int i = 0; i < size; i++) {
        key.put(in.readUTF(), AttributeValue.fromS(in.readUTF()));
      }
      if (in.read() != -1) {
        throw new IllegalArgumentException("Cursor \"" + cursor + "\" has trailing bytes");
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Cursor \"" + cursor + "\" is not a cursor returned by Page.cursor()", e);
    }
    if (!key.keySet().equals(expectedAttributes)) {
      throw new IllegalArgumentException("Cursor holds the key attributes " + key.keySet() + " but a query of "
          + indexLabel + " needs " + expectedAttributes + ": it comes from a query of another index");
    }
    return key;
  }
}
