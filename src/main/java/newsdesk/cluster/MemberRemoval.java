package newsdesk.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes a member out of its story exactly, for revisable assignment (see
 * {@link ClusteringConfig#reviseStories()}): centroid and norm, lead, specific-signature and
 * headline counts, office holders, embedding sum, outlets and size, so that the story scores as if
 * the member had never joined it. The undo puts every value back bit for bit (a floating-point sum
 * is not restored by adding the vector again), so a member that stays leaves its story as it was.
 */
final class MemberRemoval {
  private MemberRemoval() {}

  /**
   * Takes movable {@code member} of {@code story} out of it (not out of {@code story.members}); returns
   * what puts it back. A term only the member had goes back to exactly 0 ("never occurred"), as
   * the conflict tests expect.
   */
  static Runnable take(Story story, StoryMember member, StoryScorer scorer) {
    DocumentVector v = member.vector();
    int[] terms = v.terms();
    double[] weights = v.weights();
    double[] old = new double[terms.length];
    double oldNorm = story.normSquared;
    double dot = v.dot(story.centroid);
    double self = 0;
    for (int i = 0; i < terms.length; i++) {
      old[i] = story.centroid.get(terms[i]);
      double left = old[i] - weights[i];
      // The sole holder's weight leaves exactly 0; others' rounding must not fake an occurrence.
      story.centroid.put(terms[i], Math.abs(left) < 1e-12 ? 0 : left);
      self += weights[i] * weights[i];
    }
    story.normSquared = Math.max(0, oldNorm - 2 * dot + self);
    Runnable lead = v.lead() != null ? story.lead.remove(v.lead()) : () -> {};
    Runnable embedding = story.removeEmbedding(member.embedding());
    List<String> outlets = new ArrayList<>(story.outlets);
    story.size--;
    scorer.signature().left(story, v);
    scorer.roles().left(story, v);
    story.outlets.clear();
    for (StoryMember m : story.members) if (m != member) story.addOutlet(m.outlet());
    return () -> {
      for (int i = 0; i < terms.length; i++) story.centroid.put(terms[i], old[i]);
      story.normSquared = oldNorm;
      lead.run();
      embedding.run();
      story.outlets.clear();
      story.outlets.addAll(outlets);
      story.size++;
      scorer.signature().joined(story, v);
      scorer.roles().joined(story, v);
    };
  }
}
