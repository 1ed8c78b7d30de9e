package newsdesk.summarize;

/** Counting over sorted, distinct id arrays (term ids, bigram codes). */
final class SortedIds {
  private SortedIds() {}

  /** How many ids {@code a} and {@code b} (each sorted ascending, distinct) have in common. */
  static int sharedCount(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }
}
