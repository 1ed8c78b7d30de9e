package newsdesk.cluster;

/**
 * A unit-length sparse TF-IDF vector of one document.
 *
 * @param terms   term ids, distinct
 * @param weights weights, same order; sum of squares is 1 (all zero for an empty document)
 */
record DocumentVector(int[] terms, double[] weights) {
  int size() {
    return terms.length;
  }

  /** Dot product with a story centroid. */
  double dot(IntDoubleMap centroid) {
    double sum = 0;
    for (int i = 0; i < terms.length; i++) sum += weights[i] * centroid.get(terms[i]);
    return sum;
  }
}
