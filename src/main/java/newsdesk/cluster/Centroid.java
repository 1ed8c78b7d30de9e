package newsdesk.cluster;

/** The running sum of unit vectors of a story's members (one sub-vector kind) and its norm. Mutable. */
final class Centroid {
  final IntDoubleMap sum = new IntDoubleMap(16);
  private double normSquared;

  boolean isEmpty() {
    return normSquared <= 0;
  }

  void add(DocumentVector v) {
    double dot = v.dot(sum);
    int[] terms = v.terms();
    double[] weights = v.weights();
    double self = 0;
    for (int i = 0; i < terms.length; i++) {
      sum.add(terms[i], weights[i]);
      self += weights[i] * weights[i];
    }
    normSquared += 2 * dot + self;
  }

  void add(Centroid other) {
    double dot = dot(other);
    other.sum.forEach(sum::add);
    normSquared += 2 * dot + other.normSquared;
  }

  /**
   * Takes {@code v} (a member added before) out of the sum and returns what undoes it exactly
   * (floating-point sums are not reversible by adding {@code v} back).
   */
  Runnable remove(DocumentVector v) {
    int[] terms = v.terms();
    double[] weights = v.weights();
    double[] old = new double[terms.length];
    double oldNorm = normSquared;
    double dot = v.dot(sum);
    double self = 0;
    for (int i = 0; i < terms.length; i++) {
      old[i] = sum.get(terms[i]);
      sum.put(terms[i], old[i] - weights[i]);
      self += weights[i] * weights[i];
    }
    normSquared = Math.max(0, normSquared - 2 * dot + self);
    return () -> {
      for (int i = 0; i < terms.length; i++) sum.put(terms[i], old[i]);
      normSquared = oldNorm;
    };
  }

  double cosine(DocumentVector v) {
    return isEmpty() ? 0 : v.dot(sum) / Math.sqrt(normSquared);
  }

  double cosine(Centroid other) {
    if (isEmpty() || other.isEmpty()) return 0;
    return dot(other) / Math.sqrt(normSquared * other.normSquared);
  }

  private double dot(Centroid other) {
    IntDoubleMap small = sum.size() <= other.sum.size() ? sum : other.sum;
    IntDoubleMap large = small == sum ? other.sum : sum;
    double[] total = {0};
    small.forEach((k, v) -> total[0] += v * large.get(k));
    return total[0];
  }
}
