package newsdesk.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The inverted index of {@link OnlineStoryClusterer}: for each term, the stories whose centroid
 * holds it. A candidate search looks up only the document's heaviest terms, so its cost does not
 * grow with the working set. Stories that left the working set stay listed until the next
 * {@link #sweep()}; searches skip them. Not thread-safe.
 */
final class StoryTermIndex {
  private final Map<Integer, List<Story>> postings = new HashMap<>();
  private long searches;

  /** Records that {@code story}'s centroid now holds {@code term} (call once per new term). */
  void add(int term, Story story) {
    postings.computeIfAbsent(term, k -> new ArrayList<>()).add(story);
  }

  /**
   * The active stories sharing one of the document's {@code candidateTerms} heaviest terms that
   * {@code eligible} accepts, oldest first; when more than {@code maxCandidates} qualify, those
   * with the highest partial cosine over the looked-up terms. Resets each returned story's
   * {@code partial} score (to the partial cosine when the list was cut, else 0).
   */
  List<Story> candidates(DocumentVector vector, int candidateTerms, int maxCandidates, Predicate<Story> eligible) {
    long stamp = searches++;
    int[] terms = vector.terms();
    double[] weights = vector.weights();
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Double.compare(weights[b], weights[a]));
    List<Story> found = new ArrayList<>();
    int limit = Math.min(candidateTerms, order.length);
    for (int k = 0; k < limit; k++) {
      List<Story> list = postings.get(terms[order[k]]);
      if (list == null) continue;
      for (Story s : list) {
        if (s.stamp == stamp || !s.active) continue;
        s.stamp = stamp;
        if (!eligible.test(s)) continue;
        s.partial = 0;
        found.add(s);
      }
    }
    if (found.size() > maxCandidates) {
      for (Story s : found) s.partial = partialScore(s, vector, order, limit);
      found.sort(Comparator.comparingDouble((Story s) -> -s.partial).thenComparingLong(s -> s.order));
      found = new ArrayList<>(found.subList(0, maxCandidates));
    }
    found.sort(Comparator.comparingLong(s -> s.order));
    return found;
  }

  private static double partialScore(Story s, DocumentVector v, Integer[] order, int limit) {
    double sum = 0;
    for (int k = 0; k < limit; k++) sum += v.weights()[order[k]] * s.centroid.get(v.terms()[order[k]]);
    return s.normSquared == 0 ? 0 : sum / s.norm();
  }

  /** Drops stories that left the working set, so that memory stays flat. */
  void sweep() {
    Iterator<Map.Entry<Integer, List<Story>>> it = postings.entrySet().iterator();
    while (it.hasNext()) {
      List<Story> list = it.next().getValue();
      list.removeIf(s -> !s.active);
      if (list.isEmpty()) it.remove();
    }
  }
}
