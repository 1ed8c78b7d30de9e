package newsdesk.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * Every knob of {@link OnlineStoryClusterer}; {@link #defaults()} is the one configuration measured
 * in docs/benchmarks/stories.md for headlines, short and long articles alike.
 *
 * @param quietPeriod        a story without a new article for this long (publication time) leaves the
 *                           working set and is never joined again
 * @param maxActiveStories   hard bound of the working set; the least recently updated story leaves
 *                           first (keeps memory flat on streams without dates)
 * @param titleWeight        how many body occurrences one title occurrence of a term is worth
 * @param entityWeight       extra weight of a term that belongs to a named entity of the article
 * @param shortThreshold     cosine a document of at most {@code shortTerms} distinct terms needs to
 *                           join a story
 * @param longThreshold      cosine a document of at least {@code longTerms} distinct terms needs;
 *                           in between the threshold moves linearly in log(terms)
 * @param shortTerms         see {@code shortThreshold}
 * @param longTerms          see {@code longThreshold}
 * @param mergeThreshold     cosine between two story centroids above which they are one story
 * @param candidateTerms     the document's heaviest terms used to look up candidate stories
 * @param maxCandidates      candidate stories scored exactly per document
 */
public record ClusteringConfig(
    Duration quietPeriod,
    int maxActiveStories,
    double titleWeight,
    double entityWeight,
    double shortThreshold,
    double longThreshold,
    int shortTerms,
    int longTerms,
    double mergeThreshold,
    int candidateTerms,
    int maxCandidates) {

  public ClusteringConfig {
    Objects.requireNonNull(quietPeriod, "quietPeriod");
    if (quietPeriod.isNegative() || quietPeriod.isZero()) {
      throw new IllegalArgumentException("quietPeriod must be positive: " + quietPeriod);
    }
    if (maxActiveStories < 1) throw new IllegalArgumentException("maxActiveStories must be >= 1");
    if (shortTerms < 1 || longTerms <= shortTerms) {
      throw new IllegalArgumentException("need 1 <= shortTerms < longTerms: " + shortTerms + ", " + longTerms);
    }
    if (candidateTerms < 1 || maxCandidates < 1) {
      throw new IllegalArgumentException("candidateTerms and maxCandidates must be >= 1");
    }
  }

  /** The measured configuration (3-day quiet period). */
  public static ClusteringConfig defaults() {
    return new ClusteringConfig(Duration.ofDays(3), 50_000, 2.0, 0.5, 0.10, 0.30, 8, 100, 0.6, 40, 100);
  }

  public ClusteringConfig withQuietPeriod(Duration period) {
    return new ClusteringConfig(period, maxActiveStories, titleWeight, entityWeight, shortThreshold,
        longThreshold, shortTerms, longTerms, mergeThreshold, candidateTerms, maxCandidates);
  }

  public ClusteringConfig withMaxActiveStories(int max) {
    return new ClusteringConfig(quietPeriod, max, titleWeight, entityWeight, shortThreshold,
        longThreshold, shortTerms, longTerms, mergeThreshold, candidateTerms, maxCandidates);
  }

  /** The joining threshold for a document with {@code terms} distinct terms. */
  double threshold(int terms) {
    if (terms <= shortTerms) return shortThreshold;
    if (terms >= longTerms) return longThreshold;
    double x = Math.log((double) terms / shortTerms) / Math.log((double) longTerms / shortTerms);
    return shortThreshold + x * (longThreshold - shortThreshold);
  }
}
