package newsdesk.dedup;

import java.util.Objects;

/**
 * An article found to copy one already indexed.
 *
 * @param originalId  the id of the article it copies: the first article of its family, so that a
 *                    copy of a copy is attached to the original (which may since have left the
 *                    index)
 * @param matchedId   the indexed article it was compared with and matched (equal to
 *                    {@code originalId} unless that was itself a copy)
 * @param kind        exact copy or near-duplicate
 * @param resemblance Jaccard resemblance of the shingle sets with {@code matchedId}
 *                    (1 for an exact copy)
 * @param containment containment of the smaller text in the larger (1 for an exact copy)
 */
public record DuplicateMatch(
    String originalId, String matchedId, Kind kind, double resemblance, double containment) {
  /** How the copy was recognised. */
  public enum Kind {
    /** Same normalised text (case, punctuation and spacing aside). */
    EXACT,
    /** Shingle fingerprints close enough (see {@link DedupConfig}). */
    NEAR
  }

  public DuplicateMatch {
    Objects.requireNonNull(originalId, "originalId");
    Objects.requireNonNull(matchedId, "matchedId");
    Objects.requireNonNull(kind, "kind");
  }
}
