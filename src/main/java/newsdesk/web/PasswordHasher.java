package newsdesk.web;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password and token hashing. Passwords: PBKDF2-HMAC-SHA256 with a 16-byte random salt and
 * {@value #ITERATIONS} iterations (the OWASP 2023 recommendation for this PRF), stored as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}. API tokens are 32 random bytes, so a plain SHA-256
 * suffices for them.
 */
public final class PasswordHasher {
  static final int ITERATIONS = 600_000;
  private static final String PREFIX = "pbkdf2-sha256";
  private final SecureRandom random = new SecureRandom();

  public String hash(String password) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    return PREFIX + "$" + ITERATIONS + "$" + b64(salt) + "$" + b64(pbkdf2(password, salt, ITERATIONS));
  }

  /** True when {@code password} matches {@code stored} (compared in constant time). */
  public boolean verify(String password, String stored) {
    if (password == null || stored == null) return false;
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) return false;
    int iterations = Integer.parseInt(parts[1]);
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    return MessageDigest.isEqual(expected, pbkdf2(password, salt, iterations));
  }

  /** A new random secret: 32 bytes, URL-safe base64, with {@code prefix} in front. */
  public String newSecret(String prefix) {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** Hex SHA-256, for API tokens. */
  public static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
    }
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }
}
