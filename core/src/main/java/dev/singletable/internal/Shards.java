package dev.singletable.internal;

import java.nio.charset.StandardCharsets;

/**
 * The stable shard of an item in a sharded GSI partition ({@code STATUS#<status>#<shard>}): a
 * function of its primary key alone, so an item keeps its shard across every update, and any
 * client (JavaScript, Python) computes the same one. <b>Not API</b>; the function is documented in
 * docs/writes.md, "Write sharding".
 *
 * <pre>
 * h = 0x811C9DC5                                  (FNV-1a, 32 bits)
 * for each byte b of UTF-8(PK) ++ [0x00] ++ UTF-8(SK):
 *   h = (h XOR b) * 0x01000193 mod 2^32
 * shard = h mod count                             (h read as an unsigned 32-bit number)
 * </pre>
 *
 * <p>PK and SK are the rendered table key values, such as {@code USER#u1} and
 * {@code ORDER#2026-03-15#o1}. Thread-safe: static functions only.
 */
public final class Shards {

  /** The most shards a key may have. */
  public static final int MAX_COUNT = 100;

  private static final int FNV_OFFSET_BASIS = 0x811C9DC5;
  private static final int FNV_PRIME = 0x01000193;

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
    int hash = FNV_OFFSET_BASIS;
    hash = fnv1a(hash, pk.getBytes(StandardCharsets.UTF_8));
    hash *= FNV_PRIME; // the 0x00 separator: XOR with 0 leaves the hash as it is
    hash = fnv1a(hash, sk.getBytes(StandardCharsets.UTF_8));
    return (int) (Integer.toUnsignedLong(hash) % count);
  }

  private static int fnv1a(int hash, byte[] bytes) {
    int h = hash;
    for (byte b : bytes) {
      h = (h ^ (b & 0xFF)) * FNV_PRIME;
    }
    return h;
  }
}
