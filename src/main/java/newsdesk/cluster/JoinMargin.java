package newsdesk.cluster;

/**
 * How far a story is over the joining threshold for a document: the TF-IDF margin
 * ({@link StoryScorer} score less {@link LengthScale#threshold}), mixed with the embedding
 * margin when both sides have embeddings ({@link LengthScale#embeddingWeight}), less the
 * same-outlet penalties ({@link ClusteringConfig#sameOutletPenalty()},
 * {@link ClusteringConfig#headlineConflictPenalty()}). A placement takes the story of the highest
 * non-negative margin. Across a specific-signature conflict the embedding can only lower the
 * TF-IDF margin.
 */
final class JoinMargin {
  private final ClusteringConfig config;
  private final LengthScale scale;
  private final StoryScorer scorer;

  JoinMargin(ClusteringConfig config, StoryScorer scorer) {
    this.config = config;
    this.scale = new LengthScale(config);
    this.scorer = scorer;
  }

  /**
   * The margin of {@code s} for a document ({@code score}: the scorer's score of {@code s} for it;
   * {@code embedding} and {@code outlet} null when it has none).
   */
  double margin(Story s, DocumentVector vector, double score, float[] embedding, String outlet) {
    double margin = score - scale.threshold(vector.size());
    double w = scale.embeddingWeight(vector.size());
    if (embedding != null && w > 0 && s.embedded > 0) {
      double share = config.averageLinkage() * scale.lengthFactor(vector.size());
      double mixed = (1 - w) * margin
          + w * (s.embeddingSimilarity(embedding, share) - scale.embeddingThreshold(vector.size()));
      // Two events of one kind embed alike ("earthquake hits Chile" / "... Italy"): across a
      // conflict of specific names the embedding may lower the margin, never lift it.
      margin = scorer.signature().conflict(s, vector) > 0 ? Math.min(margin, mixed) : mixed;
    }
    if (outlet != null && s.outlets.contains(outlet)) {
      margin -= config.sameOutletPenalty();
      margin -= config.headlineConflictPenalty() * scorer.signature().headlineConflict(s, vector);
    }
    return margin;
  }

  /** The margin of {@code s} for member {@code m}, scored afresh. */
  double margin(Story s, StoryMember m) {
    return margin(s, m.vector(), scorer.score(s, m.vector()), m.embedding(), m.outlet());
  }
}
