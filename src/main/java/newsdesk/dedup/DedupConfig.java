package newsdesk.dedup;

import java.time.Duration;
import java.util.Objects;

/**
 * Every parameter of duplicate detection, in one place.
 *
 * <p>Near-duplicates follow Broder's resemblance and containment of word shingles ("On the
 * resemblance and containment of documents", 1997). Candidates come from MinHash signatures with
 * LSH banding (Indyk and Motwani 1998; Leskovec, Rajaraman and Ullman, <i>Mining of Massive
 * Datasets</i>, ch. 3): with {@code bands} bands of {@code rows} rows, two texts of resemblance J
 * become candidates with probability {@code 1 - (1 - J^rows)^bands}; with the defaults (24 x 2)
 * that is 0.90 at J = 0.3, 0.98 at J = 0.4 and 0.01 at J = 0.02. The candidates are then decided
 * on their exact shingle sets, so banding costs recall only below J = 0.3, where a copy has lost
 * most of its text, and never costs precision.
 *
 * @param shingleSize    words per shingle (w in Broder's paper); 5 keeps shared phrases of one
 *                       topic ("the prime minister said on") from looking like copying
 * @param bands          LSH bands
 * @param rows           MinHash values per band; the signature has {@code bands * rows} values
 * @param seed           seeds the MinHash functions: one seed gives the same fingerprints in every
 *                       run and JVM, so fingerprints may be stored
 * @param minContainment containment (shared shingles over the smaller text's shingles)
 *                       from which two texts are near-duplicates; containment rather than
 *                       resemblance, so boilerplate or a paragraph added on one side does not hide
 *                       a copy
 * @param minResemblance resemblance (Jaccard) that must also be reached, so that a short
 *                       text quoted inside a much longer one is not called a copy of it
 * @param furnitureFamilies a line found verbatim in this many unrelated held articles is page
 *                       furniture and left out of comparisons ({@code FurnitureLines}); 0 turns
 *                       this off
 * @param maxEntries     the index keeps at most this many articles (oldest evicted first)
 * @param maxAge         the index forgets articles added longer ago than this
 */
public record DedupConfig(
    int shingleSize,
    int bands,
    int rows,
    long seed,
    double minContainment,
    double minResemblance,
    int furnitureFamilies,
    int maxEntries,
    Duration maxAge) {
  public DedupConfig {
    if (shingleSize < 1) throw new IllegalArgumentException("shingleSize must be >= 1: " + shingleSize);
    if (bands < 1) throw new IllegalArgumentException("bands must be >= 1: " + bands);
    if (rows < 1) throw new IllegalArgumentException("rows must be >= 1: " + rows);
    if (!(minContainment > 0 && minContainment <= 1)) {
      throw new IllegalArgumentException("minContainment must be in (0, 1]: " + minContainment);
    }
    if (!(minResemblance >= 0 && minResemblance <= 1)) {
      throw new IllegalArgumentException("minResemblance must be in [0, 1]: " + minResemblance);
    }
    if (furnitureFamilies < 0) {
      throw new IllegalArgumentException("furnitureFamilies must be >= 0: " + furnitureFamilies);
    }
    if (maxEntries < 1) throw new IllegalArgumentException("maxEntries must be >= 1: " + maxEntries);
    Objects.requireNonNull(maxAge, "maxAge");
    if (maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
    }
  }

  /**
   * The tuned defaults (see docs/benchmarks/dedup.md): containment 0.7 sits above the closest
   * pairs of different articles in the benchmark (up to 0.636 over four seeds: interviews sharing
   * their background paragraphs and one outlet's furniture); 20,000 articles (about 60 MB) or
   * 7 days.
   */
  public static DedupConfig defaults() {
    return new DedupConfig(5, 24, 2, 0x6e657773646573L, 0.7, 0.25, 3, 20_000, Duration.ofDays(7));
  }

  /** Number of MinHash values in a signature. */
  public int signatureLength() {
    return bands * rows;
  }

  /** This configuration with another eviction policy. */
  public DedupConfig withEviction(int entries, Duration age) {
    return new DedupConfig(
        shingleSize, bands, rows, seed, minContainment, minResemblance, furnitureFamilies, entries, age);
  }
}
