package newsdesk.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The exact-copy key of an article text: SHA-256 (hex) of its {@link TextTokens} joined by single
 * spaces, so two texts that differ only in case, punctuation, spacing or Unicode compatibility
 * forms (full-width letters, ligatures) have the same key, in every script. Texts without a
 * letter or digit all share the key of "" (callers do not look for copies of such texts).
 * Stateless and thread-safe.
 */
public final class ContentHash {
  private ContentHash() {}

  /** The key of {@code text}. */
  public static String of(String text) {
    Objects.requireNonNull(text, "text");
    String normalized = String.join(" ", TextTokens.of(text));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
