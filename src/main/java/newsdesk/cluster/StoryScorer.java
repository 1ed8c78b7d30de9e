package newsdesk.cluster;

import java.util.List;

/**
 * How well a document fits a story of {@link OnlineStoryClusterer}, and two stories each other.
 * The score mixes sub-vector similarities per (document, story) pair, in the spirit of Miranda et
 * al., "Multilingual Clustering of Streaming News" (EMNLP 2018): the main TF-IDF score, the cosine
 * of the leads and of the whole names, by the fixed shares of {@link ClusteringConfig} or by a
 * learnt linear score ({@link ClusteringConfig#scoreWeights}). The hand-set score pays
 * {@link ClusteringConfig#conflictPenalty} when the specific signatures of document and story
 * conflict ({@link SpecificSignature}).
 */
final class StoryScorer {
  private final ClusteringConfig config;
  private final SpecificSignature signature;

  StoryScorer(ClusteringConfig config) {
    this.config = config;
    this.signature = new SpecificSignature(config);
  }

  SpecificSignature signature() {
    return signature;
  }

  /**
   * A story's score for a document: for short documents the centroid cosine plus a small bonus per
   * log(story size); for long ones (by {@code ClusteringConfig.lengthFactor}) increasingly the mean
   * cosine to the members (average linkage), which keeps two related events with a shared
   * vocabulary (two fights of one boxer) apart better than a centroid does.
   */
  double score(Story s, DocumentVector vector) {
    double[] f = features(s, vector);
    List<Double> learnt = config.scoreWeights();
    if (!learnt.isEmpty()) {
      double score = 0;
      for (int i = 0; i < f.length; i++) score += learnt.get(i) * f[i];
      return score;
    }
    double length = f[3];
    // Very long scraped articles open with bylines and teasers more than with the event: their lead
    // share fades out with the very-long factor.
    double leadShare = config.leadShare() * (1 - f[4]);
    double score = (1 - leadShare - config.nameShare()) * f[0] + leadShare * f[1] + config.nameShare() * f[2];
    if (config.sizeBonus() > 0 && length < 1) {
      // Short texts share few words: a story many headlines already joined is the likelier home
      // (the "rich get richer" prior of Dirichlet-process clustering, cf. Yin et al. 2018, MStream).
      score += config.sizeBonus() * f[5];
    }
    if (config.conflictPenalty() > 0) {
      // Like the lead, a very long scraped page's heaviest name is less surely its event's.
      score -= config.conflictPenalty() * (1 - f[4]) * signature.conflict(s, vector);
    }
    return score;
  }

  /**
   * The features of a (story, document) pair: main score (centroid cosine mixed with average
   * linkage by length), lead cosine, names cosine (each falling back to the main score when a side
   * lacks that part), length factor, very-long factor, (1 - length) ln(size), 1.
   */
  double[] features(Story s, DocumentVector vector) {
    double score = s.cosine(vector);
    double length = config.lengthFactor(vector.size());
    if (config.averageLinkage() > 0) {
      double average = vector.dot(s.centroid) / s.size;
      double share = config.averageLinkage() * length;
      score = (1 - share) * score + share * average;
    }
    return new double[] {score, part(s.lead, vector.lead(), score), part(s.names, vector.names(), score), length,
        config.veryLongFactor(vector.size()), (1 - length) * Math.log(s.size), 1};
  }

  /** A sub-vector's cosine, or {@code fallback} when the document or the story lacks that part. */
  private static double part(Centroid story, DocumentVector doc, double fallback) {
    if (doc == null || doc.isEmpty() || story.isEmpty()) return fallback;
    return story.cosine(doc);
  }

  /** Story-to-story similarity, mixed like {@link #score}: centroid cosine and average linkage. */
  double storySimilarity(Story a, Story b, double length) {
    double centroid = a.cosine(b);
    double share = config.averageLinkage() * length;
    if (share == 0) return centroid;
    double average = centroid * a.norm() * b.norm() / ((double) a.size * b.size);
    return (1 - share) * centroid + share * average;
  }
}
