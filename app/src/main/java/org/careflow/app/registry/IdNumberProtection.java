package org.careflow.app.registry;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * ID numbers are stored encrypted (AES-GCM, a fresh nonce each time) and beside that as a keyed
 * hash (HMAC-SHA256), so that duplicates and a search by ID number need no decryption. Both keys
 * come from the one configured secret: the hash key is derived from it, so a leaked hash column
 * alone cannot be matched against a list of guessed numbers.
 */
@Component
public class IdNumberProtection {

  static final String KEY_PROPERTY = "careflow.registry.id-number-key";
  private static final String VERSION = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec hashKey;
  private final SecureRandom random = new SecureRandom();

  IdNumberProtection(@Value("${" + KEY_PROPERTY + ":}") String base64Key) {
    byte[] key = decodeKey(base64Key);
    this.encryptionKey = new SecretKeySpec(key, "AES");
    this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "careflow id-number hash key"), "HmacSHA256");
  }

  public String encrypt(String idNumber) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(idNumber.getBytes(StandardCharsets.UTF_8));
      return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt an ID number", e);
    }
  }

  public String decrypt(String stored) {
    if (stored == null || !stored.startsWith(VERSION)) {
      throw new IllegalArgumentException("Not an encrypted ID number");
    }
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("An encrypted ID number that this key cannot open", e);
    }
  }

  /** The keyed hash of a normalized ID number: equal numbers, equal hashes. */
  public String hash(String idNumber) {
    return HexFormat.of().formatHex(hmac(hashKey, IdNumbers.normalize(idNumber)));
  }

  private static byte[] hmac(SecretKeySpec key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] decodeKey(String base64Key) {
    if (base64Key == null || base64Key.isBlank()) {
      throw new IllegalStateException(KEY_PROPERTY + " is not set: give a base64 AES key of 32 bytes "
          + "(CAREFLOW_ID_NUMBER_KEY under the postgres profile), e.g. from `openssl rand -base64 32`");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64Key.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(KEY_PROPERTY + " is not base64", e);
    }
    if (key.length != 16 && key.length != 24 && key.length != 32) {
      throw new IllegalStateException(KEY_PROPERTY + " must be 16, 24 or 32 bytes, not " + key.length);
    }
    return key;
  }
}
