package newsdesk.cluster;

import java.util.Arrays;
import java.util.LinkedHashSet;

/**
 * What the documents of one story hold in the {@link TermStatistics}: per term, how many of them
 * have it among their vector's terms (their share of its document frequency), and per other id
 * (a lead term that is no vector term, an office holder), how many use it. The story hands it back
 * when it leaves the working set; the counts take as much memory as the story's centroid, whatever
 * the number of its documents. Not thread-safe.
 */
final class StoryTermCounts {
  private static final int[] NONE = new int[0];

  private final IntDoubleMap terms = new IntDoubleMap(16);
  private IntDoubleMap others;

  /** Counts one more document with {@code vector}. */
  void add(DocumentVector vector) {
    change(vector, 1);
  }

  /** Takes back a document counted with {@code vector} (it moves to another story). */
  void remove(DocumentVector vector) {
    change(vector, -1);
  }

  private void change(DocumentVector vector, int delta) {
    for (int id : vector.terms()) terms.add(id, delta);
    int[] other = others(vector);
    if (other.length == 0) return;
    if (others == null) others = new IntDoubleMap(4);
    for (int id : other) others.add(id, delta);
  }

  /** Takes over the counts of {@code gone}, a story merged into this one. */
  void addAll(StoryTermCounts gone) {
    gone.terms.forEach((id, n) -> {
      if (n != 0) terms.add(id, n);
    });
    if (gone.others == null) return;
    if (others == null) others = new IntDoubleMap(4);
    gone.others.forEach((id, n) -> {
      if (n != 0) others.add(id, n);
    });
  }

  /** Takes the story's {@code documents} documents out of {@code statistics}. */
  void forget(TermStatistics statistics, int documents) {
    statistics.forget(documents, terms, others);
  }

  /**
   * The distinct ids of {@code vector}'s lead and office holders that are not among its terms (what
   * {@link TermStatistics#hold} is told).
   */
  static int[] others(DocumentVector vector) {
    if (vector.lead() == null && vector.roles() == null) return NONE;
    int[] sorted = vector.sortedTerms();
    if (sorted == null) {
      sorted = vector.terms().clone();
      Arrays.sort(sorted);
    }
    // Usually none: the lead's terms are the document's, and office holders are names in it.
    LinkedHashSet<Integer> out = null;
    if (vector.lead() != null) {
      for (int id : vector.lead().terms()) {
        if (Arrays.binarySearch(sorted, id) >= 0) continue;
        if (out == null) out = new LinkedHashSet<>();
        out.add(id);
      }
    }
    if (vector.roles() != null) {
      for (DocumentVector.Role r : vector.roles()) {
        if (Arrays.binarySearch(sorted, r.holder()) >= 0) continue;
        if (out == null) out = new LinkedHashSet<>();
        out.add(r.holder());
      }
    }
    if (out == null) return NONE;
    int[] ids = new int[out.size()];
    int n = 0;
    for (int id : out) ids[n++] = id;
    return ids;
  }
}
