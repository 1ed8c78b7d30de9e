package newsdesk.dedup;

import java.time.Duration;
import java.util.Objects;

/**
 * Every parameter of duplicate detection, in one place.
 *
 * <p>Near-duplicates follow Broder's resemblance and containment of word shingles ("On the
 * resemblance and containment of documents", 1997) estimated with MinHash, and candidate search by
 * LSH banding (Indyk and Motwani 1998; Leskovec, Rajaraman and Ullman, <i>Mining of Massive
 * Datasets</i>, ch. 3): with {@code bands} bands of {@code rows} rows, two texts of resemblance
 * J become candidates with probability {@code 1 - (1 - J^rows)^bands}; with the defaults (40 x 3)
 * that is 0.93 at J = 0.4, 0.99 at J = 0.5 and 0.0004 at J = 0.02, so even a copy with much added
 * text is found, while unrelated texts almost never cost a comparison.
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
    if (maxEntries < 1) throw new IllegalArgumentException("maxEntries must be >= 1: " + maxEntries);
    Objects.requireNonNull(maxAge, "maxAge");
    if (maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
    }
  }

  /** The tuned defaults (see docs/benchmarks/dedup.md): 50,000 articles, 7 days. */
  public static DedupConfig defaults() {
    return new DedupConfig(5, 40, 3, 0x6e657773646573L, 0.65, 0.25, 50_000, Duration.ofDays(7));
  }

  /** Number of MinHash values in a signature. */
  public int signatureLength() {
    return bands * rows;
  }

  /** This configuration with another eviction policy. */
  public DedupConfig withEviction(int entries, Duration age) {
    return new DedupConfig(shingleSize, bands, rows, seed, minContainment, minResemblance, entries, age);
  }
}
