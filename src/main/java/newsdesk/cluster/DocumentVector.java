package newsdesk.cluster;

/**
 * A unit-length sparse TF-IDF vector of one document, with the sub-vectors the story score
 * compares separately (see {@link ClusteringConfig}).
 *
 * @param terms   term ids, distinct
 * @param weights weights, same order; sum of squares is 1 (all zero for an empty document)
 * @param lead    the headline and the first body terms, or null when not computed
 * @param names   the named entities as whole names, or null when not computed; empty when the
 *                document names none
 */
record DocumentVector(int[] terms, double[] weights, DocumentVector lead, DocumentVector names) {
  static final DocumentVector EMPTY = new DocumentVector(new int[0], new double[0]);

  DocumentVector(int[] terms, double[] weights) {
    this(terms, weights, null, null);
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
