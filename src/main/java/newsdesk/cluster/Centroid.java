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
