package newsdesk.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Revisable assignment ({@link ClusteringConfig#reviseStories()}): after a placement, members of
 * the candidates closest to the document that now fit its story better than their own move there.
 * A member moves when its {@link JoinMargin} for the target is non-negative and exceeds its margin
 * for its own story, scored without it ({@link MemberRemoval}), by more than
 * {@link ClusteringConfig#reviseDelta()}. Only members of at least
 * {@link ClusteringConfig#reviseMinTerms()} terms move, never into a story they predate or of
 * another language.
 */
final class MemberReviser {
  private final ClusteringConfig config;
  private final StoryScorer scorer;
  private final JoinMargin margin;
  private final StoryWorkingSet stories;

  MemberReviser(ClusteringConfig config, StoryScorer scorer, JoinMargin margin, StoryWorkingSet stories) {
    this.config = config;
    this.scorer = scorer;
    this.margin = margin;
    this.stories = stories;
  }

  /**
   * Moves to {@code target} the members of {@code candidates} that fit it better. Stories visited
   * by score (ties: older first), members newest first; a story keeps at least one member. Returns
   * the ids moved, in order (none when revisable assignment is off).
   */
  List<String> revise(Story target, List<Story> candidates) {
    if (!config.revises()) return List.of();
    List<Story> closest = ClosestStories.of(candidates,
        s -> s != target && s.active && s.partial > 0 && s.members != null && s.size >= 2, config.reviseStories());
    List<String> moved = new ArrayList<>(0);
    for (Story from : closest) {
      for (int i = from.members.size() - 1; i >= 0 && from.size >= 2 && from.members != null; i--) {
        StoryMember m = from.members.get(i);
        if (!m.movable() || m.vector().size() < config.reviseMinTerms()) continue;
        if (!StoryWorkingSet.compatible(m.language(), target.language) || stories.predates(target, m.published())) {
          continue;
        }
        // The target does not hold the member: its margin needs no removal, and most members
        // fail it, so they are never taken out of their story.
        double there = margin.margin(target, m);
        if (there < 0) continue;
        Runnable undo = MemberRemoval.take(from, m, scorer);
        double own = margin.margin(from, m);
        if (there > own + config.reviseDelta()) {
          from.members.remove(i);
          stories.move(from, target, m);
          moved.add(m.id());
        } else {
          undo.run();
        }
      }
    }
    return moved;
  }
}
