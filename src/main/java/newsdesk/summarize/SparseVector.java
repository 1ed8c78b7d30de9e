package newsdesk.summarize;

import java.util.Arrays;

/** An immutable sparse vector over term ids: ids ascending, weights alongside. */
record SparseVector(int[] ids, double[] weights) {
  static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

  /** The vector of {@code weights} by term id (a sorted map, so the ids come ascending). */
  static SparseVector of(java.util.SortedMap<Integer, Double> weights) {
    int[] ids = new int[weights.size()];
    double[] w = new double[weights.size()];
    int k = 0;
    for (var e : weights.entrySet()) {
      ids[k] = e.getKey();
      w[k++] = e.getValue();
    }
    return new SparseVector(ids, w);
  }

  double dot(SparseVector o) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < o.ids.length) {
      if (ids[i] == o.ids[j]) {
        sum += weights[i++] * o.weights[j++];
      } else if (ids[i] < o.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  double norm() {
    double s = 0;
    for (double w : weights) s += w * w;
    return Math.sqrt(s);
  }

  SparseVector normalized() {
    double n = norm();
    if (n == 0) return this;
    double[] w = Arrays.copyOf(weights, weights.length);
    for (int i = 0; i < w.length; i++) w[i] /= n;
    return new SparseVector(ids, w);
  }

  /** Cosine similarity (both vectors may be unnormalised). */
  double cosine(SparseVector o) {
    double d = norm() * o.norm();
    return d == 0 ? 0 : dot(o) / d;
  }
}
