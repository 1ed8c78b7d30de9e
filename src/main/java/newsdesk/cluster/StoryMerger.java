package newsdesk.cluster;

import java.util.Comparator;
import java.util.List;

/**
 * After a join, merges into the older story the candidates the grown story now resembles: the
 * three candidates closest to the document, oldest first, each merged when of a
 * compatible language, similar enough ({@link StoryScorer#storySimilarity}, TF-IDF only) and, with
 * the role-holder conflict on ({@link ClusteringConfig#roleConflictPenalty()}), naming no other
 * holder of an office. Only the closest few are checked: a story like the joined one is like the
 * document too, and centroid comparisons are the costliest step.
 */
final class StoryMerger {
  private static final int MERGE_CHECKS = 3;

  private final ClusteringConfig config;
  private final StoryScorer scorer;
  private final StoryWorkingSet stories;

  StoryMerger(ClusteringConfig config, StoryScorer scorer, StoryWorkingSet stories) {
    this.config = config;
    this.scorer = scorer;
    this.stories = stories;
  }

  /**
   * Merges the candidates that {@code joined} now resembles ({@code threshold}, {@code length}: the
   * merge threshold and length factor for the document's size); adds the ids of the stories merged
   * away to {@code absorbed}, in order, and returns the surviving story.
   */
  Story mergeNeighbours(Story joined, List<Story> candidates, List<String> absorbed, double threshold, double length) {
    List<Story> closest = ClosestStories.of(candidates, s -> s != joined && s.partial > 0, MERGE_CHECKS);
    closest.sort(Comparator.comparingLong(s -> s.order));
    Story current = joined;
    for (Story other : closest) {
      if (other == joined || !other.active || !current.active) continue;
      if (!StoryWorkingSet.compatible(current.language, other.language)) continue;
      if (scorer.storySimilarity(current, other, length) < threshold) continue;
      if (config.roleConflictPenalty() > 0 && scorer.roles().conflict(current, other)) continue;
      Story keep = current.order <= other.order ? current : other;
      Story gone = keep == current ? other : current;
      stories.absorb(keep, gone);
      absorbed.add(gone.id);
      current = keep;
    }
    return current;
  }
}
