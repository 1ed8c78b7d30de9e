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

  /** Counts the signature of a document that joined {@code story} (after its centroid and size). */
  void joined(Story story, DocumentVector vector) {
    if (vector.signature() == null) return;
    for (int t : vector.signature()) story.signature.add(t, 1);
    refresh(story);
  }

  /** Adds the counts of {@code gone} to {@code keep} (after the centroids and sizes merged). */
  void absorbed(Story keep, Story gone) {
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

  /** Recomputes the story's kept dominant terms: heaviest in the centroid first, ties by term id. */
  private void refresh(Story story) {
    double need = Math.max(1, config.signatureShare() * story.size);
    int n = config.conflictStoryTerms();
    int[] top = new int[n];
    double[] weight = new double[n];
    int[] count = {0};
    story.signature.forEach((term, members) -> {
      if (members < need) return;
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
    story.dominant = java.util.Arrays.copyOf(top, count[0]);
  }
}
