package newsdesk.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Term ids and document frequencies learnt from the stream itself (no background corpus), for the
 * inverse document frequency idf(t) = ln((N + 1) / (df(t) + 1)) + 1 of the smoothed TF-IDF.
 *
 * <p>N and df(t) count the documents of the working set only: a document is {@linkplain #count
 * counted} when it is vectorised (it then joins a story of the set) and {@linkplain #forget
 * forgotten} when its story leaves the set (quiet, or evicted; a story merged into another hands
 * its documents on). Two things follow. Memory stays flat: a term that no document of the set
 * holds any more (in its vector, its lead or its office holders, see {@link #hold}) is released,
 * and its id is given to the next new term (ids are recycled, smallest-released-last). And the
 * statistics after a restart equal those of a clusterer that never stopped: the pipeline restores
 * exactly the working set ({@link StoryClusterer#restore}), so N and every df are the same
 * counts, whatever came before it. (The vectors of the restored documents are computed with the
 * counts of the replay, which leave out stories that went quiet while they were placed; see
 * docs/ARCHITECTURE.md.)
 */
final class TermStatistics {
  private final Map<String, Integer> ids = new HashMap<>();
  private String[] terms = new String[1024];
  private int[] documentFrequency = new int[1024];
  /** Documents of the set holding the id in any way (vector, lead, office holder). */
  private int[] holders = new int[1024];
  private int[] released = new int[64];
  private int releasedCount;
  private int nextId;
  private long documents;

  /** The id of {@code term}, assigning a new one (or a released one) on first sight. */
  int id(String term) {
    Integer id = ids.get(term);
    if (id != null) return id;
    int next = releasedCount > 0 ? released[--releasedCount] : nextId++;
    if (next == terms.length) {
      terms = Arrays.copyOf(terms, next * 2);
      documentFrequency = Arrays.copyOf(documentFrequency, next * 2);
      holders = Arrays.copyOf(holders, next * 2);
    }
    ids.put(term, next);
    terms[next] = term;
    return next;
  }

  /** Counts one more document holding the (distinct) terms {@code termIds}; it holds them too. */
  void count(int[] termIds) {
    documents++;
    for (int id : termIds) {
      documentFrequency[id]++;
      holders[id]++;
    }
  }

  /** Notes that one more document holds the (distinct) ids {@code otherIds} outside its terms. */
  void hold(int[] otherIds) {
    for (int id : otherIds) holders[id]++;
  }

  /**
   * Takes back {@code count} documents: per term of {@code termCounts}, that many {@link #count}s,
   * and per id of {@code otherCounts} (may be null), that many {@link #hold}s; an id no document
   * holds any more is released.
   */
  void forget(long count, IntDoubleMap termCounts, IntDoubleMap otherCounts) {
    documents -= count;
    termCounts.forEach((id, n) -> {
      if (n == 0) return;
      documentFrequency[id] -= (int) n;
      letGo(id, (int) n);
    });
    if (otherCounts != null) otherCounts.forEach((id, n) -> {
      if (n != 0) letGo(id, (int) n);
    });
  }

  private void letGo(int id, int n) {
    holders[id] -= n;
    if (holders[id] > 0) return;
    if (holders[id] < 0 || documentFrequency[id] != 0 || terms[id] == null) {
      throw new IllegalStateException("term id " + id + " forgotten more often than counted");
    }
    ids.remove(terms[id]);
    terms[id] = null;
    if (releasedCount == released.length) released = Arrays.copyOf(released, releasedCount * 2);
    released[releasedCount++] = id;
  }

  double idf(int id) {
    return Math.log((documents + 1.0) / (documentFrequency[id] + 1.0)) + 1.0;
  }

  long documents() {
    return documents;
  }

  /** Distinct terms some document of the working set holds. */
  int vocabularySize() {
    return ids.size();
  }
}
