package newsdesk.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * Term ids and document frequencies learnt from the stream itself (no background corpus), for the
 * inverse document frequency idf(t) = ln((N + 1) / (df(t) + 1)) + 1 of the smoothed TF-IDF.
 */
final class TermStatistics {
  private final Map<String, Integer> ids = new HashMap<>();
  private int[] documentFrequency = new int[1024];
  private long documents;

  /** The id of {@code term}, assigning a new one on first sight. */
  int id(String term) {
    Integer id = ids.get(term);
    if (id != null) return id;
    int next = ids.size();
    ids.put(term, next);
    if (next == documentFrequency.length) {
      documentFrequency = java.util.Arrays.copyOf(documentFrequency, next * 2);
    }
    return next;
  }

  /** Counts one more document holding the (distinct) terms {@code termIds}. */
  void count(int[] termIds) {
    documents++;
    for (int id : termIds) documentFrequency[id]++;
  }

  double idf(int id) {
    return Math.log((documents + 1.0) / (documentFrequency[id] + 1.0)) + 1.0;
  }

  long documents() {
    return documents;
  }

  int vocabularySize() {
    return ids.size();
  }
}
