package newsdesk.cluster;

/**
 * How well a document fits a story of {@link OnlineStoryClusterer}, and two stories each other.
 * The score mixes sub-vector similarities per (document, story) pair, in the spirit of Miranda et
 * al., "Multilingual Clustering of Streaming News" (EMNLP 2018): the main TF-IDF score and the
 * cosine of the leads, by the fixed share {@link ClusteringConfig#leadShare}. The score pays
 * {@link LengthScale#conflictPenalty(int)} when the specific signatures of document and story
 * conflict ({@link SpecificSignature}).
 */
final class StoryScorer {
  private final ClusteringConfig config;
  private final LengthScale scale;
  private final SpecificSignature signature;
  private final RoleConflict roles = new RoleConflict();

  StoryScorer(ClusteringConfig config) {
    this.config = config;
    this.scale = new LengthScale(config);
    this.signature = new SpecificSignature(config);
  }

  SpecificSignature signature() {
    return signature;
  }

  RoleConflict roles() {
    return roles;
  }

  /**
   * A story's score for a document: for short documents the centroid cosine plus a small bonus per
   * log(story size); for long ones (by {@link LengthScale#lengthFactor}) increasingly the mean
   * cosine to the members (average linkage), which keeps two related events with a shared
   * vocabulary (two fights of one boxer) apart better than a centroid does. The lead cosine is
   * mixed in by its share (falling back to that main score when a side lacks a lead), less the
   * signature-conflict penalty.
   */
  double score(Story s, DocumentVector vector) {
    double main = s.cosine(vector);
    double length = scale.lengthFactor(vector.size());
    if (config.averageLinkage() > 0) {
      double average = vector.dot(s.centroid) / s.size;
      double share = config.averageLinkage() * length;
      main = (1 - share) * main + share * average;
    }
    double veryLong = scale.veryLongFactor(vector.size());
    // Very long scraped articles open with bylines and teasers more than with the event: their lead
    // share fades out with the very-long factor.
    double leadShare = config.leadShare() * (1 - veryLong);
    double score = (1 - leadShare) * main + leadShare * part(s.lead, vector.lead(), main);
    if (config.sizeBonus() > 0 && length < 1) {
      // Short texts share few words: a story many headlines already joined is the likelier home
      // (the "rich get richer" prior of Dirichlet-process clustering, cf. Yin et al. 2018, MStream).
      score += config.sizeBonus() * ((1 - length) * Math.log(s.size));
    }
    if (config.conflictPenalty() > 0) score -= scale.conflictPenalty(vector.size()) * signature.conflict(s, vector);
    if (config.roleConflictPenalty() > 0) {
      // Not faded for very long pages, unlike the signature: an office holder named in full is as
      // specific on a long page as on a short one (fading it left ECB+'s long articles joined).
      score -= config.roleConflictPenalty() * roles.conflict(s, vector);
    }
    return score;
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
