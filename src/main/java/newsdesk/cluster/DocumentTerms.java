package newsdesk.cluster;

import java.util.Arrays;
import java.util.LinkedHashSet;

/**
 * The term ids one document of a story holds in the {@link TermStatistics}: its vector's terms
 * (counted in the document frequencies) and the other ids its lead and office holders use, so
 * that a story leaving the working set takes its documents back out of the statistics.
 *
 * @param id     the document id
 * @param terms  the distinct terms of its vector
 * @param others distinct ids of its lead terms and office holders that are not among {@code terms}
 */
record DocumentTerms(String id, int[] terms, int[] others) {
  private static final int[] NONE = new int[0];

  /** What the document {@code id} with {@code vector} holds. */
  static DocumentTerms of(String id, DocumentVector vector) {
    return new DocumentTerms(id, vector.terms(), others(vector));
  }

  /** The distinct ids of {@code vector}'s lead and office holders that are not among its terms. */
  static int[] others(DocumentVector vector) {
    if (vector.lead() == null && vector.roles() == null) return NONE;
    int[] sorted = vector.sortedTerms();
    if (sorted == null) {
      sorted = vector.terms().clone();
      Arrays.sort(sorted);
    }
    LinkedHashSet<Integer> out = new LinkedHashSet<>();
    if (vector.lead() != null) {
      for (int id : vector.lead().terms()) if (Arrays.binarySearch(sorted, id) < 0) out.add(id);
    }
    if (vector.roles() != null) {
      for (DocumentVector.Role r : vector.roles()) if (Arrays.binarySearch(sorted, r.holder()) < 0) out.add(r.holder());
    }
    if (out.isEmpty()) return NONE;
    int[] ids = new int[out.size()];
    int n = 0;
    for (int id : out) ids[n++] = id;
    return ids;
  }
}
