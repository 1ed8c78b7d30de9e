package newsdesk.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable public ids: derived from content, so the same input gives the same ids on every run. */
final class Ids {
  private Ids() {}

  static String article(String canonicalUrl) {
    return "a-" + hash(canonicalUrl).substring(0, 14);
  }

  static String story(String firstArticleCanonicalUrl) {
    return "s-" + hash(firstArticleCanonicalUrl).substring(0, 14);
  }

  static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
