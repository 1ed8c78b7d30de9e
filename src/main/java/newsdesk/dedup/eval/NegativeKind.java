package newsdesk.dedup.eval;

/** How a benchmark pair of different articles was chosen. */
public enum NegativeKind {
  /** Two articles of the same section (topic), picked at random. */
  SAME_SECTION,
  /** An article and the other article sharing most of its vocabulary (word-set Jaccard). */
  MOST_SIMILAR,
  /** A most-similar pair, both wrapped in the same outlet's furniture, as one site would show them. */
  MOST_SIMILAR_SAME_OUTLET
}
