package newsdesk.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** The candidates of one placement nearest to its document, as merges and revisions visit them. */
final class ClosestStories {
  private ClosestStories() {}

  /**
   * The at most {@code limit} candidates that pass {@code keep}, by their score for the document
   * just placed ({@link Story#partial}), highest first; ties go to the older story.
   */
  static List<Story> of(List<Story> candidates, Predicate<Story> keep, int limit) {
    List<Story> closest = new ArrayList<>();
    for (Story s : candidates) if (keep.test(s)) closest.add(s);
    closest.sort(Comparator.comparingDouble((Story s) -> -s.partial).thenComparingLong(s -> s.order));
    return closest.size() > limit ? closest.subList(0, limit) : closest;
  }
}
