package dev.singletable.internal.scan;

import dev.singletable.internal.query.CursorKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The cursor of a scan: where each of its segments stands (not started, at a key, done), so that
 * one cursor continues a parallel scan of every segment. URL-safe base64 without padding of a form
 * byte and a body, as query cursors are:
 *
 * <ul>
 *   <li>{@code 0x01}, checked (a table without application key): 8 bytes of SHA-256 of the scan's
 *       identity (table, entity, filter), the positions, and a CRC-32 of all before. A changed
 *       character fails the CRC (or the canonical base64), a cursor of another scan the identity.
 *       The positions, and so the keys where segments stopped, can be read.
 *   <li>{@code 0x02}, sealed (a table with {@link CursorKeys}): the positions encrypted and
 *       authenticated with the identity's SHA-256 as associated data, so they can be neither read
 *       nor made or changed without the key; a previous key still opens the cursors it sealed.
 * </ul>
 *
 * Positions: the number of segments (4 bytes), then per segment 0 not started, 2 done, or 1 and
 * the key's attribute count and name/value pairs. A table with keys refuses checked cursors, and
 * one without refuses sealed ones. <b>Not API.</b>
 */
public final class ScanCursor {

  private static final int CHECKED = 1;
  private static final int SEALED = 2;
  private static final int NOT_STARTED = 0;
  private static final int AT_KEY = 1;
  private static final int DONE = 2;
  private static final int IDENTITY_BYTES = 8;

  /**
   * Where one segment stands.
   *
   * @param start the exclusive start key of its next request, or {@code null} when not started or done
   * @param done whether the segment has been read to its end
   */
  public record Position(Map<String, AttributeValue> start, boolean done) {

    /** A segment not started yet. */
    public static final Position FRESH = new Position(null, false);

    /** A segment read to its end. */
    public static final Position FINISHED = new Position(null, true);

    /** Returns the position after a read that stopped at {@code next} ({@code null}: the end). */
    public static Position after(Map<String, AttributeValue> next) {
      return next == null ? FINISHED : new Position(next, false);
    }
  }

  private ScanCursor() {}

  /** Returns the positions of a scan from its beginning. */
  public static List<Position> fresh(int segments) {
    return new ArrayList<>(Collections.nCopies(segments, Position.FRESH));
  }

  /**
   * Returns the cursor of {@code positions}, or {@code null} when every segment is done.
   *
   * @param keys the table's cursor keys, or {@code null} for checked cursors
   */
  public static String encode(String identity, List<Position> positions, CursorKeys keys) {
    if (positions.stream().allMatch(Position::done)) {
      return null;
    }
    byte[] payload = positions(positions);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (keys == null) {
      bytes.write(CHECKED);
      bytes.writeBytes(Arrays.copyOf(digest(identity), IDENTITY_BYTES));
      bytes.writeBytes(payload);
      long crc = crc(bytes.toByteArray(), bytes.size());
      bytes.writeBytes(new byte[] {(byte) (crc >>> 24), (byte) (crc >>> 16), (byte) (crc >>> 8), (byte) crc});
    } else {
      bytes.write(SEALED);
      bytes.writeBytes(keys.seal(new byte[] {SEALED}, digest(identity), payload));
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  /**
   * Checks what can be checked without the scan: that {@code cursor} is an unchanged scan cursor of
   * the form this table issues.
   *
   * @throws IllegalArgumentException if it is not
   */
  public static void check(String cursor, CursorKeys keys) {
    byte[] bytes = bytes(cursor, keys);
    if (keys == null) {
      checked(cursor, bytes);
    }
  }

  /**
   * Returns the positions a cursor holds, checking it belongs to this scan.
   *
   * @param identity the scan's identity (see {@link ScanSpec#identity()})
   * @param segments the scan's number of segments
   * @param keyAttributes the table's key attributes, which every position's key holds
   * @param keys the table's cursor keys, or {@code null}
   * @throws IllegalArgumentException if the cursor was changed, or is another scan's
   */
  public static List<Position> decode(String cursor, String identity, int segments, Set<String> keyAttributes,
      String label, CursorKeys keys) {
    byte[] bytes = bytes(cursor, keys);
    byte[] payload;
    if (keys == null) {
      payload = checked(cursor, bytes);
      if (!MessageDigest.isEqual(Arrays.copyOfRange(bytes, 1, 1 + IDENTITY_BYTES),
          Arrays.copyOf(digest(identity), IDENTITY_BYTES))) {
        throw new IllegalArgumentException("Cursor \"" + cursor + "\" comes from another scan than this " + label
            + " (another table, entity or filter)");
      }
    } else {
      payload = keys.open(new byte[] {SEALED}, digest(identity), Arrays.copyOfRange(bytes, 1, bytes.length))
          .orElseThrow(() -> new IllegalArgumentException("Cursor \"" + cursor + "\" comes from another scan than this "
              + label + " (another table, entity or filter), was changed, or was sealed with a cursor key the table no"
              + " longer has"));
    }
    List<Position> positions = positions(cursor, payload);
    if (positions.size() != segments) {
      throw new IllegalArgumentException("Cursor \"" + cursor + "\" continues a scan in " + positions.size()
          + " segments, not " + segments + ": pass the same segments(...) as the scan it comes from");
    }
    for (Position position : positions) {
      if (position.start() != null && !position.start().keySet().equals(keyAttributes)) {
        throw new IllegalArgumentException("Cursor \"" + cursor + "\" holds the key attributes "
            + position.start().keySet() + ", not " + keyAttributes + " of the " + label);
      }
    }
    return positions;
  }

  /** The cursor's bytes, in the form the table issues. */
  private static byte[] bytes(String cursor, CursorKeys keys) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw refused(cursor, "it is not URL-safe base64");
    }
    if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(cursor)) {
      throw refused(cursor, "it is not in its canonical form"); // a change in unused bits
    }
    int form = bytes.length == 0 ? -1 : bytes[0];
    if (form != CHECKED && form != SEALED) {
      throw refused(cursor, "unknown form");
    }
    if ((form == SEALED) != (keys != null)) {
      throw refused(cursor, keys == null ? "it is sealed, and this table has no cursor key"
          : "it is not sealed, and this table seals its cursors");
    }
    return bytes;
  }

  /** Returns the positions of a checked cursor, after its CRC. */
  private static byte[] checked(String cursor, byte[] bytes) {
    int n = bytes.length;
    if (n < 1 + IDENTITY_BYTES + 4 || crc(bytes, n - 4) != ((bytes[n - 4] & 0xFFL) << 24 | (bytes[n - 3] & 0xFFL) << 16
        | (bytes[n - 2] & 0xFFL) << 8 | (bytes[n - 1] & 0xFFL))) {
      throw refused(cursor, "its check does not match its content");
    }
    return Arrays.copyOfRange(bytes, 1 + IDENTITY_BYTES, n - 4);
  }

  private static byte[] positions(List<Position> positions) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(positions.size());
      for (Position position : positions) {
        if (position.done()) {
          out.writeByte(DONE);
        } else if (position.start() == null) {
          out.writeByte(NOT_STARTED);
        } else {
          out.writeByte(AT_KEY);
          out.writeByte(position.start().size());
          for (Map.Entry<String, AttributeValue> attribute : position.start().entrySet()) {
            if (attribute.getValue().s() == null) {
              throw new IllegalStateException("Key attribute " + attribute.getKey() + " is not a string: "
                  + attribute.getValue());
            }
            out.writeUTF(attribute.getKey());
            out.writeUTF(attribute.getValue().s());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static List<Position> positions(String cursor, byte[] payload) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      int segments = in.readInt();
      List<Position> positions = new ArrayList<>();
      for (int i = 0; i < segments; i++) {
        positions.add(position(in));
      }
      if (in.read() != -1) {
        throw new IllegalArgumentException("trailing bytes");
      }
      return positions;
    } catch (IOException | IllegalArgumentException e) {
      throw refused(cursor, e.getMessage());
    }
  }

  private static Position position(DataInputStream in) throws IOException {
    int state = in.readByte();
    switch (state) {
      case NOT_STARTED:
        return Position.FRESH;
      case DONE:
        return Position.FINISHED;
      case AT_KEY:
        int size = in.readByte();
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          key.put(in.readUTF(), AttributeValue.fromS(in.readUTF()));
        }
        return new Position(key, false);
      default:
        throw new IllegalArgumentException("unknown segment state " + state);
    }
  }

  private static IllegalArgumentException refused(String cursor, String why) {
    return new IllegalArgumentException("Cursor \"" + cursor + "\" is not a cursor returned by a scan's Page.cursor(),"
        + " or was changed (" + why + ")");
  }

  private static byte[] digest(String identity) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  private static long crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }
}
