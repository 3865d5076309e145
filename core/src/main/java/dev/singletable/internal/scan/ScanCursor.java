package dev.singletable.internal.scan;

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
 * one cursor continues a parallel scan of every segment. URL-safe base64 of
 *
 * <pre>
 * version (1 byte) | segments (4 bytes) | scan identity (8 bytes: SHA-256 of table, entity, filter)
 * | per segment: 0 not started, 2 done, or 1 then the key's attribute count and name/value pairs
 * | CRC-32 of all before (4 bytes)
 * </pre>
 *
 * A changed character fails the CRC; a cursor of another scan (other table, entity, filter or
 * number of segments) fails the identity or segment count. The cursor is not secret: it shows the
 * keys where segments stopped. <b>Not API.</b>
 */
public final class ScanCursor {

  private static final int VERSION = 1;
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

  /** Returns the cursor of {@code positions}, or {@code null} when every segment is done. */
  public static String encode(String identity, List<Position> positions) {
    if (positions.stream().allMatch(Position::done)) {
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(positions.size());
      out.write(identityHash(identity));
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
      out.flush();
      out.writeInt((int) crc(bytes.toByteArray(), bytes.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  /**
   * Checks that {@code cursor} is an unchanged scan cursor, without knowing its scan.
   *
   * @throws IllegalArgumentException if it is not
   */
  public static void check(String cursor) {
    parse(cursor);
  }

  /**
   * Returns the positions a cursor holds, checking it belongs to this scan.
   *
   * @param identity the scan's identity (see {@link ScanSpec#identity()})
   * @param segments the scan's number of segments
   * @param keyAttributes the table's key attributes, which every position's key holds
   * @throws IllegalArgumentException if the cursor was changed, or is another scan's
   */
  public static List<Position> decode(String cursor, String identity, int segments, Set<String> keyAttributes,
      String label) {
    Parsed parsed = parse(cursor);
    if (parsed.positions().size() != segments) {
      throw new IllegalArgumentException("Cursor \"" + cursor + "\" continues a scan in " + parsed.positions().size()
          + " segments, not " + segments + ": pass the same segments(...) as the scan it comes from");
    }
    if (!Arrays.equals(parsed.identity(), identityHash(identity))) {
      throw new IllegalArgumentException("Cursor \"" + cursor + "\" comes from another scan than this " + label
          + " (another table, entity or filter)");
    }
    for (Position position : parsed.positions()) {
      if (position.start() != null && !position.start().keySet().equals(keyAttributes)) {
        throw new IllegalArgumentException("Cursor \"" + cursor + "\" holds the key attributes "
            + position.start().keySet() + ", not " + keyAttributes + " of the " + label);
      }
    }
    return new ArrayList<>(parsed.positions());
  }

  private record Parsed(byte[] identity, List<Position> positions) {}

  private static Parsed parse(String cursor) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(cursor);
      if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(cursor)) {
        throw new IllegalArgumentException("it is not in its canonical form"); // a change in unused bits
      }
      if (bytes.length < 4 || crc(bytes, bytes.length - 4) != readCrc(bytes)) {
        throw new IllegalArgumentException("its check does not match its content");
      }
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 4));
      if (in.readByte() != VERSION) {
        throw new IllegalArgumentException("unknown version");
      }
      int segments = in.readInt();
      byte[] identity = in.readNBytes(IDENTITY_BYTES);
      List<Position> positions = new ArrayList<>();
      for (int i = 0; i < segments; i++) {
        positions.add(position(in));
      }
      if (in.read() != -1) {
        throw new IllegalArgumentException("trailing bytes");
      }
      return new Parsed(identity, positions);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Cursor \"" + cursor + "\" is not a cursor returned by a scan's Page.cursor(), "
          + "or was changed (" + e.getMessage() + ")", e);
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

  private static byte[] identityHash(String identity) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(digest, IDENTITY_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  private static long crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }

  private static long readCrc(byte[] bytes) {
    int n = bytes.length;
    return ((bytes[n - 4] & 0xFFL) << 24) | ((bytes[n - 3] & 0xFFL) << 16) | ((bytes[n - 2] & 0xFFL) << 8)
        | (bytes[n - 1] & 0xFFL);
  }
}
