package newsdesk.cluster;

/** A story of the working set: the sum of its members' vectors and bookkeeping. Mutable. */
final class Story {
  final String id;
  final long order;
  String language;
  final IntDoubleMap centroid = new IntDoubleMap(64);
  double normSquared;
  /** Sum of the members' lead sub-vectors. */
  final Centroid lead = new Centroid();
  /** Per term, how many members have it in their specific signature (see {@link SpecificSignature}). */
  final IntDoubleMap signature = new IntDoubleMap(8);
  /** The dominant signature terms the conflict test looks at. */
  int[] dominant = new int[0];
  /** Per term, how many members have it in their headline signature. */
  final IntDoubleMap headlineSignature = new IntDoubleMap(8);
  /** Members with a non-empty headline signature. */
  int headlined;
  /** The dominant headline names the headline-conflict test looks at. */
  int[] headlineDominant = new int[0];
  int size;
  /**
   * Distinct terms of the longest member that ever joined (kept through removals): a story of full
   * articles merges only as full articles would, whatever short item brought it near another.
   */
  int longestMember;
  /**
   * Every member, in order of arrival, while revisable assignment is on and the story has at most
   * {@code reviseMaxMembers} of them; null otherwise (a story that outgrew it is not revisited).
   */
  java.util.List<StoryMember> members;
  /** Per office, how many members named each holder (term id of the last name); null while none did. */
  java.util.Map<String, IntDoubleMap> roles;
  /** Sum of the members' unit sentence embeddings, or null while no member had one. */
  float[] embeddingSum;
  /** Members that contributed to {@link #embeddingSum}. */
  int embedded;
  /** The distinct outlets of the members (usually a handful), in order of arrival. */
  final java.util.List<String> outlets = new java.util.ArrayList<>(2);
  /** Latest publication time of a member (epoch seconds), or Long.MIN_VALUE when none is known. */
  long lastSeen = Long.MIN_VALUE;
  /** Earliest publication time of a dated member (epoch seconds), or Long.MIN_VALUE when none has one. */
  long firstSeen = Long.MIN_VALUE;
  boolean active = true;
  /** What its documents hold in the term statistics, handed back when it leaves the working set (then null). */
  StoryTermCounts termCounts = new StoryTermCounts();
  /** Scratch fields of one candidate search. */
  long stamp = -1;
  double partial;

  Story(String id, long order, String language) {
    this.id = id;
    this.order = order;
    this.language = language;
  }

  double norm() {
    return Math.sqrt(normSquared);
  }

  /** Cosine between this story's centroid and {@code doc}. */
  double cosine(DocumentVector doc) {
    return normSquared == 0 ? 0 : doc.dot(centroid) / norm();
  }

  /** Records a member's outlet (null: unknown, nothing to record). */
  void addOutlet(String outlet) {
    if (outlet != null && !outlets.contains(outlet)) outlets.add(outlet);
  }

  /** Adds a member's unit embedding (null or all zeros: nothing to add). */
  void addEmbedding(float[] embedding) {
    if (embedding == null || isZero(embedding)) return;
    if (embeddingSum == null) embeddingSum = new float[embedding.length];
    checkDimensions(embedding);
    for (int i = 0; i < embedding.length; i++) embeddingSum[i] += embedding[i];
    embedded++;
  }

  private void checkDimensions(float[] embedding) {
    if (embedding.length != embeddingSum.length) {
      throw new IllegalArgumentException("embedding has " + embedding.length + " dimensions, story " + id
          + " has " + embeddingSum.length + ": one embedder per clusterer");
    }
  }

  /**
   * Takes a member's unit embedding (added before) out of the sum; returns what undoes it exactly.
   */
  Runnable removeEmbedding(float[] embedding) {
    if (embedding == null || embeddingSum == null || isZero(embedding)) return () -> {};
    float[] before = embeddingSum.clone();
    for (int i = 0; i < embedding.length; i++) embeddingSum[i] -= embedding[i];
    embedded--;
    return () -> {
      System.arraycopy(before, 0, embeddingSum, 0, before.length);
      embedded++;
    };
  }

  /** Adds another story's embedded members. */
  void addEmbeddings(Story other) {
    if (other.embeddingSum == null) return;
    if (embeddingSum == null) embeddingSum = new float[other.embeddingSum.length];
    for (int i = 0; i < embeddingSum.length; i++) embeddingSum[i] += other.embeddingSum[i];
    embedded += other.embedded;
  }

  /**
   * Embedding similarity with a unit vector: {@code (1 - share)} times the cosine to the members'
   * mean embedding plus {@code share} times the mean cosine to the members (average linkage).
   */
  double embeddingSimilarity(float[] embedding, double share) {
    checkDimensions(embedding);
    double dot = 0;
    double norm = 0;
    for (int i = 0; i < embedding.length; i++) {
      dot += (double) embedding[i] * embeddingSum[i];
      norm += (double) embeddingSum[i] * embeddingSum[i];
    }
    double centroid = norm == 0 ? 0 : dot / Math.sqrt(norm);
    return (1 - share) * centroid + share * dot / embedded;
  }

  /** Cosine between the two centroids. */
  double cosine(Story other) {
    if (normSquared == 0 || other.normSquared == 0) return 0;
    Story small = centroid.size() <= other.centroid.size() ? this : other;
    Story large = small == this ? other : this;
    double[] sum = {0};
    small.centroid.forEach((k, v) -> sum[0] += v * large.centroid.get(k));
    return sum[0] / (norm() * other.norm());
  }

  private static boolean isZero(float[] v) {
    for (float x : v) if (x != 0) return false;
    return true;
  }
}
