package newsdesk.cluster;

/**
 * Tells two events of the same kind apart by their specific terms: the names and numbers that make
 * an event this one (the BlackBerry Curve 8900 against the Q10, one island's earthquake against
 * another's), where the shared vocabulary of the kind (phone, carrier, launch; quake, magnitude)
 * makes bag-of-words similarity high. ECB+ (Cybulska and Vossen, LREC 2014) builds its topics on
 * exactly this: events of one kind that differ in participants, time and place; Kumaran and Allan
 * ("Using names and topics for new event detection", HLT/EMNLP 2005) judge named entities apart
 * from the topic words for the same reason.
 *
 * <p>A document's signature is its {@link ClusteringConfig#signatureTerms} heaviest TF-IDF terms
 * that belong to a named entity or hold a digit. A story counts, per term, how many members have
 * it in their signatures; its dominant terms are those in at least
 * {@link ClusteringConfig#signatureShare} of them, and it keeps the
 * {@link ClusteringConfig#conflictStoryTerms} dominant terms heaviest in its centroid. Document and
 * story conflict when the document's heaviest signature term never occurred in the story and one of
 * the story's kept dominant terms is absent from the document: each side has its own specific name.
 * Mere absence on one side is no conflict (different outlets mention different people), so a
 * conflict is rare inside one event and typical between two events of one kind.
 */
final class SpecificSignature {
  private final ClusteringConfig config;

  SpecificSignature(ClusteringConfig config) {
    this.config = config;
  }

  /** Counts the signatures of a document that joined {@code story} (after its centroid and size). */
  void joined(Story story, DocumentVector vector) {
    if (vector.signature() == null) return;
    for (int t : vector.signature()) story.signature.add(t, 1);
    refresh(story);
    int[] headline = vector.headlineSignature();
    if (headline != null && headline.length > 0) {
      for (int t : headline) story.headlineSignature.add(t, 1);
      story.headlined++;
      story.headlineDominant = dominant(story, story.headlineSignature, story.headlined);
    }
  }

  /**
   * Takes the counts of a member that left {@code story} back out (after its centroid and size);
   * {@link #joined} puts them back. Counts are whole numbers, so both are exact.
   */
  void left(Story story, DocumentVector vector) {
    if (vector.signature() == null) return;
    for (int t : vector.signature()) story.signature.add(t, -1);
    refresh(story);
    int[] headline = vector.headlineSignature();
    if (headline != null && headline.length > 0) {
      for (int t : headline) story.headlineSignature.add(t, -1);
      story.headlined--;
      story.headlineDominant = dominant(story, story.headlineSignature, story.headlined);
    }
  }

  /**
   * 1 when the headline names of a document and a story conflict, else 0: one of the document's
   * headline names is in no member's headline signature and weak in the story, and one of the
   * story's dominant headline names is not among the document's and weak in the document ("weak":
   * the mean member weight in the story, or the weight in the document, is under
   * {@link ClusteringConfig#headlineWeakShare} of the weight on the name's own side). Each headline
   * names its own subject and barely mentions the other's (Sanders' and Warren's endorsements of
   * one candidate). Only meaningful within one outlet (see
   * {@link ClusteringConfig#headlineConflictPenalty}).
   */
  double headlineConflict(Story story, DocumentVector vector) {
    int[] headline = vector.headlineSignature();
    if (headline == null || headline.length == 0 || story.headlineDominant.length == 0) return 0;
    double weak = config.headlineWeakShare();
    boolean ownName = false;
    for (int t : headline) {
      if (story.headlineSignature.get(t) == 0 && story.centroid.get(t) / story.size < weak * vector.weightOf(t)) {
        ownName = true;
        break;
      }
    }
    if (!ownName) return 0;
    for (int t : story.headlineDominant) {
      if (!contains(headline, t) && vector.weightOf(t) < weak * story.centroid.get(t) / story.size) return 1;
    }
    return 0;
  }

  private static boolean contains(int[] terms, int term) {
    for (int t : terms) if (t == term) return true;
    return false;
  }

  /** Adds the counts of {@code gone} to {@code keep} (after the centroids and sizes merged). */
  void absorbed(Story keep, Story gone) {
    if (gone.headlined > 0) {
      gone.headlineSignature.forEach(keep.headlineSignature::add);
      keep.headlined += gone.headlined;
      keep.headlineDominant = dominant(keep, keep.headlineSignature, keep.headlined);
    }
    if (gone.signature.size() == 0) return;
    gone.signature.forEach(keep.signature::add);
    refresh(keep);
  }

  /** 1 when the document and the story conflict (see the class comment), else 0. */
  double conflict(Story story, DocumentVector vector) {
    int[] signature = vector.signature();
    if (signature == null || signature.length == 0 || story.dominant.length == 0) return 0;
    if (story.centroid.get(signature[0]) != 0) return 0;
    for (int t : story.dominant) if (!vector.contains(t)) return 1;
    return 0;
  }

  /** Recomputes the story's kept dominant terms. */
  private void refresh(Story story) {
    story.dominant = dominant(story, story.signature, story.size);
  }

  /**
   * The {@code conflictStoryTerms} terms heaviest in the story's centroid (ties by term id) among
   * those that at least {@code signatureShare} of {@code members} counted.
   */
  private int[] dominant(Story story, IntDoubleMap counts, int members) {
    double need = Math.max(1, config.signatureShare() * members);
    int n = config.conflictStoryTerms();
    int[] top = new int[n];
    double[] weight = new double[n];
    int[] count = {0};
    counts.forEach((term, c) -> {
      if (c < need) return;
      double w = story.centroid.get(term);
      int k = count[0];
      while (k > 0 && (w > weight[k - 1] || (w == weight[k - 1] && term < top[k - 1]))) k--;
      if (k >= n) return;
      int last = Math.min(count[0], n - 1);
      for (int j = last; j > k; j--) {
        top[j] = top[j - 1];
        weight[j] = weight[j - 1];
      }
      top[k] = term;
      weight[k] = w;
      if (count[0] < n) count[0]++;
    });
    return java.util.Arrays.copyOf(top, count[0]);
  }
}
