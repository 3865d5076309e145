package dev.singletable.internal.query;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;

/**
 * Unsigned LEB128 lengths: one byte below 128, so a cursor's key values cost one byte of length
 * each. <b>Not API.</b>
 */
final class Varints {

  private Varints() {}

  static void write(ByteArrayOutputStream out, int value) {
    int rest = value;
    while ((rest & ~0x7F) != 0) {
      out.write((rest & 0x7F) | 0x80);
      rest >>>= 7;
    }
    out.write(rest);
  }

  /**
   * Reads a length written by {@link #write}, refusing non-minimal forms so that every length has
   * one encoding.
   *
   * @throws IllegalArgumentException if the bytes end early, or the form is not minimal or too long
   */
  static int read(ByteBuffer in) {
    int value = 0;
    for (int shift = 0; shift < 28; shift += 7) {
      byte b;
      try {
        b = in.get();
      } catch (BufferUnderflowException e) {
        throw new IllegalArgumentException("ends inside a length");
      }
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (b == 0 && shift > 0) {
          throw new IllegalArgumentException("a length is not in its shortest form");
        }
        return value;
      }
    }
    throw new IllegalArgumentException("a length is too long");
  }
}
