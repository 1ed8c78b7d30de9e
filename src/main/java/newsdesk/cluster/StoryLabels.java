package newsdesk.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * Final story of every document of a run: follows {@link StoryAssignment#absorbed} merges, so that a
 * document placed before two stories merged reports the surviving story, and
 * {@link StoryAssignment#moved} moves, so that a document moved after its placement reports the
 * story it was moved to.
 */
public final class StoryLabels {
  private final Map<String, String> documentStory = new HashMap<>();
  private final Map<String, String> mergedInto = new HashMap<>();

  public void record(String documentId, StoryAssignment assignment) {
    documentStory.put(documentId, assignment.storyId());
    for (String gone : assignment.absorbed()) {
      if (!gone.equals(assignment.storyId())) mergedInto.put(gone, assignment.storyId());
    }
    for (String moved : assignment.moved()) documentStory.put(moved, assignment.storyId());
  }

  /** The surviving story of {@code documentId}, or null when it was never recorded. */
  public String storyOf(String documentId) {
    String story = documentStory.get(documentId);
    if (story == null) return null;
    String next;
    while ((next = mergedInto.get(story)) != null) story = next;
    return story;
  }
}
