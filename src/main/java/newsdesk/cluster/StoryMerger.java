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
 *
 * <p>The threshold and length factor are the document's. But two stories that began more than
 * {@link #FOLLOW_UP_GAP_SECONDS} apart (by their earliest publication times) and each hold a full
 * article merge only as full articles would: at the threshold of the shorter of the two stories'
 * longest members ({@link Story#longestMember}) when that is longer than the document. The later one
 * is then a follow-up that every full article kept apart (a bridge collapse and, two days later, the
 * national inspections it prompted), which the related stories show; a short item that joins the
 * first and names the event is too little evidence to fuse them. Stories without times, or that
 * began close together, merge at the document's threshold as before.
 */
final class StoryMerger {
  private static final int MERGE_CHECKS = 3;
  /** Stories that began further apart than this (a day) are an event and its follow-up, see above. */
  static final long FOLLOW_UP_GAP_SECONDS = 24 * 3600;

  private final ClusteringConfig config;
  private final LengthScale scale;
  private final StoryScorer scorer;
  private final StoryWorkingSet stories;

  StoryMerger(ClusteringConfig config, StoryScorer scorer, StoryWorkingSet stories) {
    this.config = config;
    this.scale = new LengthScale(config);
    this.scorer = scorer;
    this.stories = stories;
  }

  /**
   * Merges the candidates that {@code joined} now resembles after a document of {@code terms}
   * distinct terms joined it; adds the ids of the stories merged away to {@code absorbed}, in order,
   * and returns the surviving story.
   */
  Story mergeNeighbours(Story joined, List<Story> candidates, List<String> absorbed, int terms) {
    List<Story> closest = ClosestStories.of(candidates, s -> s != joined && s.partial > 0, MERGE_CHECKS);
    closest.sort(Comparator.comparingLong(s -> s.order));
    Story current = joined;
    for (Story other : closest) {
      if (other == joined || !other.active || !current.active) continue;
      if (!StoryWorkingSet.compatible(current.language, other.language)) continue;
      int size = beganApart(current, other) ? Math.max(terms, Math.min(current.longestMember, other.longestMember)) : terms;
      if (scorer.storySimilarity(current, other, scale.lengthFactor(size)) < scale.mergeThreshold(size)) continue;
      if (config.roleConflictPenalty() > 0 && scorer.roles().conflict(current, other)) continue;
      Story keep = current.order <= other.order ? current : other;
      Story gone = keep == current ? other : current;
      stories.absorb(keep, gone);
      absorbed.add(gone.id);
      current = keep;
    }
    return current;
  }

  private static boolean beganApart(Story a, Story b) {
    return a.firstSeen != Long.MIN_VALUE && b.firstSeen != Long.MIN_VALUE
        && Math.abs(a.firstSeen - b.firstSeen) > FOLLOW_UP_GAP_SECONDS;
  }
}
