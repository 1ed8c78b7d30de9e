package newsdesk.dedup;

import java.util.Objects;

/**
 * What duplicate detection keeps of a text: an exact content hash, the set of its shingles (as
 * sorted distinct 32-bit hashes) and the MinHash signature of that set. The signature finds
 * candidates quickly (LSH banding); the shingle sets then give the exact resemblance and
 * containment, so the decision carries no sampling noise. Fingerprints are comparable only when
 * made with the same {@link DedupConfig}.
 *
 * @param contentHash hex SHA-256 prefix (128 bits) of the normalised token sequence: equal for
 *                    exact copies that differ only in case, punctuation or spacing; storable
 * @param shingles    sorted distinct shingle hashes, empty for a text without tokens (not copied:
 *                    do not modify)
 * @param signature   the MinHash values (not copied: do not modify)
 */
public record Fingerprint(String contentHash, int[] shingles, int[] signature) {
  public Fingerprint {
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(shingles, "shingles");
    Objects.requireNonNull(signature, "signature");
  }

  /** Number of distinct shingles. */
  public int shingleCount() {
    return shingles.length;
  }

  /** Shingles the two texts share. */
  public int sharedShingles(Fingerprint other) {
    return sharedValues(shingles, other.shingles);
  }

  /** How many values two sorted arrays of distinct ints have in common (a linear merge). */
  public static int sharedValues(int[] a, int[] b) {
    int i = 0, j = 0, shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else {
        shared++;
        i++;
        j++;
      }
    }
    return shared;
  }

  /** Broder's resemblance: shared shingles over the union; 0 when either text is empty. */
  public double resemblance(Fingerprint other) {
    int shared = sharedShingles(other);
    int union = shingles.length + other.shingles.length - shared;
    return union == 0 || shared == 0 ? 0 : (double) shared / union;
  }

  /**
   * Containment of the smaller text in the larger: shared shingles over the smaller set's size
   * (Broder's containment, taken in the direction that is largest); 0 when either text is empty.
   */
  public double containment(Fingerprint other) {
    int smaller = Math.min(shingles.length, other.shingles.length);
    return smaller == 0 ? 0 : (double) sharedShingles(other) / smaller;
  }
}
