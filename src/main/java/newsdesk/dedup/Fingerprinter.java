package newsdesk.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Makes the {@link Fingerprint} of a text: tokens ({@link TextTokens}), distinct hashes of the
 * {@code shingleSize}-word shingles of each line, and one MinHash value per hash function, where function i
 * is the 64-bit finalizer of MurmurHash3 applied to {@code shingle XOR seed_i} (seeds drawn from
 * SplitMix64 of the configured seed). Deterministic across runs and JVMs; thread-safe.
 */
public final class Fingerprinter {
  private static final Pattern LINES = Pattern.compile("\\R+");
  private final int shingleSize;
  private final long[] seeds;

  public Fingerprinter(DedupConfig config) {
    Objects.requireNonNull(config, "config");
    this.shingleSize = config.shingleSize();
    this.seeds = new long[config.signatureLength()];
    long state = config.seed();
    for (int i = 0; i < seeds.length; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
  }

  /** The fingerprint of {@code text}; its lines (paragraphs) are shingled separately. */
  public Fingerprint fingerprint(String text) {
    Objects.requireNonNull(text, "text");
    return fingerprint(Arrays.stream(LINES.split(text)).map(TextTokens::of).filter(t -> !t.isEmpty()).toList());
  }

  /**
   * The fingerprint of a text given as the {@link TextTokens} of its lines. Shingles never cross a
   * line, so paragraphs in another order give the same shingles; a line shorter than a shingle is
   * one shingle. The content hash covers the token sequence, whatever the line breaks.
   */
  public Fingerprint fingerprint(List<List<String>> lines) {
    Objects.requireNonNull(lines, "lines");
    int[] shingles = shingles(lines);
    int[] signature = new int[seeds.length];
    Arrays.fill(signature, Integer.MAX_VALUE);
    for (int shingle : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        int value = (int) (mix(shingle ^ seeds[i]) >>> 33);
        if (value < signature[i]) signature[i] = value;
      }
    }
    return new Fingerprint(contentHash(lines), shingles, signature);
  }

  /** Sorted distinct 32-bit shingle hashes. */
  private int[] shingles(List<List<String>> lines) {
    int total = 0;
    for (List<String> line : lines) total += Math.max(1, line.size() - shingleSize + 1);
    int[] shingles = new int[total];
    int n = 0;
    for (List<String> line : lines) {
      if (line.isEmpty()) continue;
      long[] tokenHashes = line.stream().mapToLong(Fingerprinter::hash).toArray();
      int count = Math.max(1, tokenHashes.length - shingleSize + 1);
      for (int start = 0; start < count; start++) {
        long h = 0x2545F4914F6CDD1DL;
        for (int j = start; j < Math.min(start + shingleSize, tokenHashes.length); j++) {
          h = mix(h * 31 + tokenHashes[j]);
        }
        shingles[n++] = (int) (h >>> 32);
      }
    }
    return Arrays.stream(shingles, 0, n).sorted().distinct().toArray();
  }

  private static String contentHash(List<List<String>> lines) {
    StringBuilder text = new StringBuilder();
    for (List<String> line : lines) {
      for (String token : line) text.append(token).append(' ');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** FNV-1a over the UTF-16 units, then mixed: a 64-bit hash fixed by this code, not by the JDK. */
  static long hash(String token) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < token.length(); i++) {
      h ^= token.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** MurmurHash3's fmix64. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
