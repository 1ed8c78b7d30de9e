package newsdesk.cluster;

/**
 * A unit-length sparse TF-IDF vector of one document, with the sub-vectors the story score
 * compares separately (see {@link ClusteringConfig}).
 *
 * @param terms   term ids, distinct
 * @param weights weights, same order; sum of squares is 1 (all zero for an empty document)
 * @param lead    the headline and the first body terms, or null when not computed
 * @param signature   the specific signature (see {@link SpecificSignature}): term ids, heaviest
 *                    first; null when not computed
 * @param sortedTerms {@code terms} in ascending order (for {@link #contains}), null with no signature
 * @param headlineSignature the headline's named-entity terms, heaviest first (see
 *                    {@link SpecificSignature#headlineConflict}); null when not computed
 * @param roles       offices and holders named in the document, the holder as a term id (see
 *                    {@link RoleConflict}); null when not computed
 */
record DocumentVector(int[] terms, double[] weights, DocumentVector lead, int[] signature, int[] sortedTerms,
    int[] headlineSignature, Role[] roles) {
  static final DocumentVector EMPTY = new DocumentVector(new int[0], new double[0]);

  /** An office and the term id of its holder's last name. */
  record Role(String role, int holder) {}

  DocumentVector(int[] terms, double[] weights, DocumentVector lead, int[] signature, int[] sortedTerms,
      int[] headlineSignature) {
    this(terms, weights, lead, signature, sortedTerms, headlineSignature, null);
  }

  DocumentVector(int[] terms, double[] weights, DocumentVector lead, int[] signature, int[] sortedTerms) {
    this(terms, weights, lead, signature, sortedTerms, null);
  }

  /** The weight of {@code term} in this vector, 0 when absent. */
  double weightOf(int term) {
    for (int i = 0; i < terms.length; i++) if (terms[i] == term) return weights[i];
    return 0;
  }

  DocumentVector(int[] terms, double[] weights) {
    this(terms, weights, null, null, null);
  }

  DocumentVector(int[] terms, double[] weights, DocumentVector lead) {
    this(terms, weights, lead, null, null);
  }

  /** Whether the document holds {@code term}; needs {@code sortedTerms}. */
  boolean contains(int term) {
    return java.util.Arrays.binarySearch(sortedTerms, term) >= 0;
  }

  int size() {
    return terms.length;
  }

  boolean isEmpty() {
    return terms.length == 0;
  }

  /** Dot product with a story centroid. */
  double dot(IntDoubleMap centroid) {
    double sum = 0;
    for (int i = 0; i < terms.length; i++) sum += weights[i] * centroid.get(terms[i]);
    return sum;
  }
}
