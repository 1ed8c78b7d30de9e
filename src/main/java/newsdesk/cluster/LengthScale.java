package newsdesk.cluster;

import java.util.Objects;

/**
 * The values of a {@link ClusteringConfig} that move with a document's length, counted in distinct
 * terms: the join threshold, the merge threshold, the embedding's weight and threshold, and the
 * specific-signature conflict penalty. Each runs from its short value (a headline: at most
 * {@code shortTerms}) to its long value ({@code longTerms} and more), linearly in log(terms) in
 * between ({@link #lengthFactor}); the join threshold and the conflict penalty move on from
 * {@code longTerms} to {@code veryLongTerms} ({@link #veryLongFactor}), since long scraped pages
 * spread their weight over many terms. The configuration holds the parameters, this the one rule
 * of interpolation, so every stage scales them alike.
 *
 * @param config the parameters scaled
 */
record LengthScale(ClusteringConfig config) {
  LengthScale {
    Objects.requireNonNull(config, "config");
  }

  /** The joining threshold for a document with {@code terms} distinct terms. */
  double threshold(int terms) {
    int longTerms = config.longTerms();
    int veryLongTerms = config.veryLongTerms();
    if (terms > longTerms && veryLongTerms > longTerms) {
      double x = Math.min(1, Math.log((double) terms / longTerms) / Math.log((double) veryLongTerms / longTerms));
      return config.longThreshold() + x * (config.veryLongThreshold() - config.longThreshold());
    }
    return config.shortThreshold() + lengthFactor(terms) * (config.longThreshold() - config.shortThreshold());
  }

  /** The merge threshold after a document with {@code terms} distinct terms joined a story. */
  double mergeThreshold(int terms) {
    return config.shortMergeThreshold() + lengthFactor(terms) * (config.mergeThreshold() - config.shortMergeThreshold());
  }

  /** The share of the embedding signal for a document with {@code terms} distinct terms. */
  double embeddingWeight(int terms) {
    return config.embeddingShortWeight() + lengthFactor(terms) * (config.embeddingLongWeight() - config.embeddingShortWeight());
  }

  /** The embedding cosine at which a document with {@code terms} distinct terms has a zero margin. */
  double embeddingThreshold(int terms) {
    return config.embeddingShortThreshold()
        + lengthFactor(terms) * (config.embeddingLongThreshold() - config.embeddingShortThreshold());
  }

  /**
   * What a specific-signature conflict costs a document with {@code terms} distinct terms:
   * {@code shortConflictPenalty} up to {@code shortTerms}, else {@code conflictPenalty} fading out
   * with {@link #veryLongFactor} (a very long scraped page's heaviest name is less surely its
   * event's).
   */
  double conflictPenalty(int terms) {
    if (config.conflictPenalty() == 0) return 0;
    return terms <= config.shortTerms() ? config.shortConflictPenalty() : config.conflictPenalty() * (1 - veryLongFactor(terms));
  }

  /** 0 for short documents, 1 for long ones, linear in log(terms) in between. */
  double lengthFactor(int terms) {
    int shortTerms = config.shortTerms();
    int longTerms = config.longTerms();
    if (terms <= shortTerms) return 0;
    if (terms >= longTerms) return 1;
    return Math.log((double) terms / shortTerms) / Math.log((double) longTerms / shortTerms);
  }

  /** 0 up to {@code longTerms} distinct terms, 1 from {@code veryLongTerms}, linear in log(terms) between. */
  double veryLongFactor(int terms) {
    int longTerms = config.longTerms();
    int veryLongTerms = config.veryLongTerms();
    if (terms <= longTerms || veryLongTerms <= longTerms) return 0;
    return Math.min(1, Math.log((double) terms / longTerms) / Math.log((double) veryLongTerms / longTerms));
  }
}
