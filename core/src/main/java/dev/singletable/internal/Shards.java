package dev.singletable.internal;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The stable shard of an item in a sharded GSI partition ({@code STATUS#<status>#<shard>}): a
 * function of its primary key alone, so an item keeps its shard across every update, and any
 * client (JavaScript, Python) computes the same one. <b>Not API</b>; the function is documented in
 * docs/writes.md, "Write sharding".
 *
 * <pre>
 * shard = CRC-32(UTF-8(PK) ++ [0x00] ++ UTF-8(SK)) mod count
 * </pre>
 *
 * <p>CRC-32 is the IEEE 802.3 checksum of zlib, gzip and PNG ({@code java.util.zip.CRC32},
 * Python's {@code zlib.crc32}, Node's {@code zlib.crc32}), read as an unsigned 32-bit number. PK and
 * SK are the rendered table key values, such as {@code USER#u1} and {@code ORDER#2026-03-15#o1}.
 * (FNV-1a, the other usual choice, spreads such keys badly over an even count: its lowest bit is
 * the parity of the key's bytes, so keys that repeat their id, {@code USER#u1}/{@code ORDER#o1},
 * all get shards of one parity.) Thread-safe: static functions only.
 */
public final class Shards {

  /** The most shards a key may have. */
  public static final int MAX_COUNT = 100;

  private Shards() {}

  /**
   * Returns the shard, from 0 to {@code count - 1}, of the item whose table keys are {@code pk} and
   * {@code sk}.
   *
   * @throws IllegalArgumentException if {@code count} is not from 1 to {@link #MAX_COUNT}
   */
  public static int of(String pk, String sk, int count) {
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("A shard count is from 1 to " + MAX_COUNT + ", not " + count);
    }
    CRC32 crc = new CRC32();
    crc.update(pk.getBytes(StandardCharsets.UTF_8));
    crc.update(0);
    crc.update(sk.getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % count);
  }
}
