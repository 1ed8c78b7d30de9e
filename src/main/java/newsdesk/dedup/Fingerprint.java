package newsdesk.dedup;

import java.util.Objects;

/**
 * What duplicate detection keeps of a text: an exact content hash and a MinHash signature of its
 * shingles. Fingerprints are comparable only when made with the same {@link DedupConfig}.
 *
 * @param contentHash  hex SHA-256 prefix (128 bits) of the normalised token sequence: equal for
 *                     exact copies that differ only in case, punctuation or spacing; storable
 * @param shingleCount number of distinct shingles; 0 for a text without tokens
 * @param signature    the MinHash values (not copied: do not modify)
 */
public record Fingerprint(String contentHash, int shingleCount, int[] signature) {
  public Fingerprint {
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(signature, "signature");
    if (shingleCount < 0) throw new IllegalArgumentException("shingleCount must be >= 0");
  }

  /** Estimated resemblance (Jaccard) of the two shingle sets: the share of equal MinHash values. */
  public double resemblance(Fingerprint other) {
    if (other.signature.length != signature.length) {
      throw new IllegalArgumentException("other: signature of another configuration");
    }
    if (shingleCount == 0 || other.shingleCount == 0) return 0;
    int equal = 0;
    for (int i = 0; i < signature.length; i++) {
      if (signature[i] == other.signature[i]) equal++;
    }
    return (double) equal / signature.length;
  }

  /**
   * Estimated containment of the smaller shingle set in the larger: from resemblance J and the
   * sizes, the intersection is J (|A| + |B|) / (1 + J).
   */
  public double containment(Fingerprint other) {
    return containment(resemblance(other), other);
  }

  double containment(double resemblance, Fingerprint other) {
    int smaller = Math.min(shingleCount, other.shingleCount);
    if (smaller == 0) return 0;
    double intersection = resemblance * (shingleCount + other.shingleCount) / (1 + resemblance);
    return Math.min(1.0, intersection / smaller);
  }
}
