package dev.singletable.internal.query;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The application keys that seal cursors: a current key, which seals, and previous keys, which
 * still open the cursors they sealed, so a key can be rotated without breaking the cursors that
 * clients hold. <b>Not API.</b> Immutable and thread-safe.
 *
 * <p>From each application key, HKDF-SHA256 (RFC 5869; salt {@code singletable-cursor}) derives two
 * keys: an AES-256 key and an HMAC-SHA256 key. A cursor's payload is encrypted with AES-GCM (128-bit
 * tag) under a synthetic nonce: the first 12 bytes of HMAC-SHA256 over the cursor's scope, header
 * and payload. The nonce is therefore a signature of the plaintext and its query, unique per
 * distinct (query, payload), and needs no random source; the GCM tag authenticates the ciphertext
 * with the header and the scope as associated data. Opening checks the tag, then that the nonce is
 * the one the plaintext signs. The same page of the same query seals to the same cursor; nothing
 * else about cursors can be learnt without the key.
 */
public final class CursorKeys {

  /** The shortest application key accepted, in bytes (128 bits). */
  public static final int MIN_KEY_BYTES = 16;

  static final int NONCE_BYTES = 12;
  static final int TAG_BITS = 128;

  private final List<Derived> keys;

  private record Derived(SecretKeySpec aes, SecretKeySpec mac) {}

  private CursorKeys(List<Derived> keys) {
    this.keys = List.copyOf(keys);
  }

  /**
   * Derives the keys of a current application key and previous ones.
   *
   * @throws IllegalArgumentException if a key is shorter than {@link #MIN_KEY_BYTES}, naming which
   */
  public static CursorKeys of(byte[] current, byte[]... previous) {
    List<Derived> derived = new ArrayList<>();
    List<String> tooShort = new ArrayList<>();
    byte[][] all = new byte[previous.length + 1][];
    all[0] = current;
    System.arraycopy(previous, 0, all, 1, previous.length);
    for (int i = 0; i < all.length; i++) {
      if (all[i] == null || all[i].length < MIN_KEY_BYTES) {
        tooShort.add((i == 0 ? "the current key" : "previous key " + i) + " has "
            + (all[i] == null ? "no" : String.valueOf(all[i].length)) + " bytes");
      }
    }
    if (!tooShort.isEmpty()) {
      throw new IllegalArgumentException("A cursor key needs at least " + MIN_KEY_BYTES + " random bytes (32 recommended): "
          + String.join(", ", tooShort));
    }
    for (byte[] key : all) {
      byte[] prk = hmac(salt(), key);
      derived.add(new Derived(new SecretKeySpec(expand(prk, "aes-256-gcm"), "AES"),
          new SecretKeySpec(expand(prk, "hmac-sha256-nonce"), "HmacSHA256")));
      Arrays.fill(prk, (byte) 0);
    }
    return new CursorKeys(derived);
  }

  /** Returns how many keys open cursors (the current one and the previous ones). */
  public int size() {
    return keys.size();
  }

  /**
   * Returns nonce, ciphertext and tag of {@code payload} under the current key; {@code header} and
   * {@code scope} are authenticated with it. Query cursors seal through {@link Cursors}, scan cursors
   * through {@code internal.scan.ScanCursor}.
   */
  public byte[] seal(byte[] header, byte[] scope, byte[] payload) {
    Derived key = keys.get(0);
    byte[] nonce = Arrays.copyOf(hmac(key.mac(), header, scope, payload), NONCE_BYTES);
    byte[] sealed = gcm(Cipher.ENCRYPT_MODE, key.aes(), nonce, header, scope, payload);
    return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
  }

  /** Returns the payload of a sealed cursor body, or empty if no key opens it for this scope. */
  public Optional<byte[]> open(byte[] header, byte[] scope, byte[] body) {
    if (body.length < NONCE_BYTES + TAG_BITS / 8) {
      return Optional.empty();
    }
    byte[] nonce = Arrays.copyOf(body, NONCE_BYTES);
    byte[] sealed = Arrays.copyOfRange(body, NONCE_BYTES, body.length);
    for (Derived key : keys) {
      byte[] payload;
      try {
        payload = gcm(Cipher.DECRYPT_MODE, key.aes(), nonce, header, scope, sealed);
      } catch (WrongKey e) {
        continue;
      }
      byte[] expected = Arrays.copyOf(hmac(key.mac(), header, scope, payload), NONCE_BYTES);
      if (MessageDigest.isEqual(expected, nonce)) {
        return Optional.of(payload);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "CursorKeys[current + " + (keys.size() - 1) + " previous]"; // never the keys
  }

  private static byte[] gcm(int mode, SecretKeySpec key, byte[] nonce, byte[] header, byte[] scope, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(header);
      cipher.updateAAD(scope);
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw new WrongKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM/NoPadding is in every JDK", e);
    }
  }

  /** HKDF-Expand of one block: what the two derived keys need. */
  private static byte[] expand(byte[] prk, String info) {
    return hmac(new SecretKeySpec(prk, "HmacSHA256"), info.getBytes(StandardCharsets.US_ASCII), new byte[] {1});
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    return hmac(new SecretKeySpec(key, "HmacSHA256"), data);
  }

  private static byte[] hmac(SecretKeySpec key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is in every JDK", e);
    }
  }

  private static byte[] salt() {
    return "singletable-cursor".getBytes(StandardCharsets.US_ASCII);
  }

  /** GCM refused the tag: another key, another scope, or a changed cursor. */
  private static final class WrongKey extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WrongKey() {
      super(null, null, false, false);
    }
  }
}
