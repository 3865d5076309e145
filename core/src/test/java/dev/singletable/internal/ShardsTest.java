package dev.singletable.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Shards}: CRC-32 of the primary key, stable, within the count, spread. */
class ShardsTest {

  @Test
  void isCrc32OfPkAZeroByteAndSkModuloTheCount() {
    assertThat(Shards.of("USER#u1", "ORDER#2026-03-15#o1", 10))
        .isEqualTo((int) (crc("USER#u1\u0000ORDER#2026-03-15#o1") % 10));
    assertThat(Shards.of("\u00e9", "\ud83d\ude00", 7)).isEqualTo((int) (crc("\u00e9\u0000\ud83d\ude00") % 7));
    assertThat(crc("123456789")).isEqualTo(0xCBF43926L); // CRC-32's check value: the reference below is CRC-32
  }

  @Test
  void theSeparatorTellsWhereThePartitionKeyEnds() {
    int differ = 0;
    for (int count = 2; count <= 100; count++) {
      differ += Shards.of("ab", "c", count) != Shards.of("a", "bc", count) ? 1 : 0;
    }
    assertThat(differ).isPositive();
  }

  @Test
  void spreadsKeysThatRepeatTheirIdOverEveryShard() {
    // FNV-1a mod 10 puts these in 5 shards only: the parity of their bytes never changes.
    for (int count : new int[] {2, 4, 10, 16}) {
      Map<Integer, Integer> counts = new HashMap<>();
      for (int i = 0; i < 1000; i++) {
        counts.merge(Shards.of("USER#u" + i, "ORDER#2026-03-15#o" + i, count), 1, Integer::sum);
      }
      assertThat(counts).hasSize(count);
      assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(1000 / count * 6 / 10, 1000 / count * 14 / 10));
    }
  }

  @Test
  void refusesACountOutOfRange() {
    assertThatThrownBy(() -> Shards.of("a", "b", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shards.of("a", "b", 101)).isInstanceOf(IllegalArgumentException.class);
  }

  /** CRC-32 (IEEE, reflected 0xEDB88320) of the UTF-8 bytes, bit by bit from its definition. */
  private static long crc(String text) {
    long crc = 0xFFFFFFFFL;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      crc ^= b & 0xFF;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320L : crc >>> 1;
      }
    }
    return crc ^ 0xFFFFFFFFL;
  }
}
